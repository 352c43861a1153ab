package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.util.Objects;

/**
 * A proposal the provincial council did not retain, and why.
 *
 * @param item the proposal
 * @param reason why, in Vietnamese and English
 * @param rule the rule behind the cut
 */
public record CouncilCut(CouncilItem item, LocalizedText reason, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param item the proposal
   * @param reason why, in Vietnamese and English
   * @param rule the rule behind the cut
   */
  public CouncilCut {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
  }
}
