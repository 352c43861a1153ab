package io.github.thidua.emulation.core.validation;

import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import java.util.Objects;

/**
 * The rule behind a violation: its id, the layer that supplied it, and its legal citation.
 *
 * @param id the rule id, e.g. {@code group.min-members}, or {@code integrity.*} for the data model's own checks
 * @param layer the id of the rule-set layer that supplied the rule, or {@code emulation} for the model's checks
 * @param citation the legal text
 */
public record RuleReference(String id, String layer, Citation citation) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id the rule id, e.g. {@code group.min-members}, or {@code integrity.*} for the data model's own checks
   * @param layer the id of the rule-set layer that supplied the rule, or {@code emulation} for the model's checks
   * @param citation the legal text
   */
  public RuleReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * Returns the reference to a rule in force: its id, the layer that supplied it, and its citation.
   *
   * @param rule the rule in force
   * @return the reference
   */
  public static RuleReference of(ResolvedRule rule) {
    return new RuleReference(rule.id(), rule.layer().value(), rule.citation());
  }
}
