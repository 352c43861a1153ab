package io.github.thidua.emulation.core.rules;

import java.util.Objects;

/**
 * An inherited rule that a more specific layer removed.
 *
 * @param removal the removal, with its reason and citation
 * @param layer the id of the layer that removed it
 * @param level that layer's level
 * @param was the rule as it stood before removal
 */
public record RemovedRule(RuleRemoval removal, RuleSetId layer, LayerLevel level, ResolvedRule was) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param removal the removal, with its reason and citation
   * @param layer the id of the layer that removed it
   * @param level that layer's level
   * @param was the rule as it stood before removal
   */
  public RemovedRule {
    Objects.requireNonNull(removal, "removal");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(was, "was");
  }
}
