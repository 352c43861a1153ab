package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.util.Objects;
import java.util.Optional;

/**
 * How a province-wide quota of one award is apportioned across groups, read from the rule kind
 * {@code award.apportionment}.
 *
 * @param award the award's code, e.g. {@code PROV_FLAG}
 * @param total the province-wide number of places to apportion, {@code ≥ 0}
 * @param method the method
 * @param rule the rule it came from, with its citation
 */
public record ApportionmentRule(String award, int total, ApportionmentMethod method, RuleReference rule) {
  /** The rule kind this record is read from. */
  public static final String KIND = "award.apportionment";

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code, e.g. {@code PROV_FLAG}
   * @param total the province-wide number of places to apportion, {@code ≥ 0}
   * @param method the method
   * @param rule the rule it came from, with its citation
   */
  public ApportionmentRule {
    Objects.requireNonNull(award, "award");
    checkArgument(!award.isBlank(), "award code is blank");
    checkArgument(total >= 0, "total is negative: %s", total);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Reads a rule of kind {@code award.apportionment}. Parameters: {@code award} (text, required), {@code total}
   * (whole number, required) and {@code method} ({@code hamilton}, {@code dhondt} or {@code sainte-lague};
   * default {@code hamilton}, the method that keeps every group within its quota).
   *
   * @param rule the resolved rule
   * @return the apportionment rule
   * @throws IllegalArgumentException if the rule is of another kind, or a parameter is missing or invalid (check
   *     the rule book with {@code Emulation.checkRules} first)
   */
  public static ApportionmentRule fromRule(ResolvedRule rule) {
    checkArgument(rule.rule().kind().equals(KIND), "rule %s is of kind %s, not %s", rule.id(), rule.rule().kind(),
        KIND);
    RuleParameters p = rule.rule().params();
    try {
      String award = p.optionalText("award")
          .orElseThrow(() -> new IllegalArgumentException("rule " + rule.id() + " lacks the parameter award"));
      int total = p.optionalInteger("total")
          .orElseThrow(() -> new IllegalArgumentException("rule " + rule.id() + " lacks the parameter total"));
      ApportionmentMethod method = p.optionalText("method").map(ApportionmentMethod::fromWireName)
          .orElse(ApportionmentMethod.HAMILTON);
      return new ApportionmentRule(award, total, method,
          RuleReference.of(rule));
    } catch (IllegalStateException wrongType) {
      throw new IllegalArgumentException("rule " + rule.id() + ": " + wrongType.getMessage(), wrongType);
    }
  }

  /**
   * Finds the rule that apportions an award: the first rule of kind {@code award.apportionment} in force, by rule
   * id, whose {@code award} parameter is the award.
   *
   * @param rules the rules in force (usually resolved province-wide)
   * @param award the award's code
   * @return the rule, if any
   * @throws IllegalArgumentException if that rule's parameters are invalid
   */
  public static Optional<ApportionmentRule> find(ResolvedRules rules, String award) {
    Objects.requireNonNull(award, "award");
    return rules.ofKind(KIND).stream()
        .filter(r -> r.rule().params().get("award").filter(award::equals).isPresent())
        .findFirst().map(ApportionmentRule::fromRule);
  }
}
