package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.util.List;
import java.util.Objects;

/**
 * An award as data, read from a rule of kind {@code award.type}: its code, names, whether it is a title or a form
 * of commendation, who grants it, and its place in allocation order.
 *
 * @param code the stable code, e.g. {@code PROV_FLAG}
 * @param name its name in Vietnamese and English
 * @param form title or form of commendation
 * @param authority who grants it, e.g. Chủ tịch UBND tỉnh
 * @param precedence allocation order: lower first (a flag before a certificate)
 * @param prerequisites the titles a unit must hold that year to receive it, from the rules of kind
 *     {@code award.eligibility.requires-title} in force
 * @param rule the rule that defines it, with its citation
 */
public record AwardType(String code, LocalizedText name, AwardForm form, String authority, int precedence,
    List<String> prerequisites, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param code the stable code, e.g. {@code PROV_FLAG}
   * @param name its name in Vietnamese and English
   * @param form title or form of commendation
   * @param authority who grants it, e.g. Chủ tịch UBND tỉnh
   * @param precedence allocation order: lower first (a flag before a certificate)
   * @param prerequisites the titles a unit must hold that year to receive it, from the rules of kind
   *     {@code award.eligibility.requires-title} in force
   * @param rule the rule that defines it, with its citation
   */
  public AwardType {
    checkArgument(code != null && code.matches("[A-Z][A-Z0-9_]{0,63}"), "award code must be upper-case: %s", code);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(authority, "authority");
    prerequisites = List.copyOf(prerequisites);
    Objects.requireNonNull(rule, "rule");
  }
}
