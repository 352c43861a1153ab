package io.github.thidua.emulation.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * A rule as it applies after layering, with the layer that supplied it.
 *
 * @param rule the rule in force
 * @param layer the id of the layer that supplied it
 * @param level that layer's level
 * @param overridden the layers whose definitions of the same rule id it replaced, most general first
 */
public record ResolvedRule(Rule rule, RuleSetId layer, LayerLevel level, List<RuleSetId> overridden) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param rule the rule in force
   * @param layer the id of the layer that supplied it
   * @param level that layer's level
   * @param overridden the layers whose definitions of the same rule id it replaced, most general first
   */
  public ResolvedRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(level, "level");
    overridden = List.copyOf(overridden);
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  public String id() {
    return rule.id();
  }

  /**
   * Returns the rule's citation.
   *
   * @return the citation
   */
  public Citation citation() {
    return rule.citation();
  }
}
