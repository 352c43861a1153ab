package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.voting.ThresholdComparison;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The provincial council's review of one award, read from the rule kind {@code award.council-review}.
 *
 * @param award the award's code
 * @param total the province's quota
 * @param method by the council's vote or by rank
 * @param threshold the share of the council's members whose approval a proposal needs (vote only)
 * @param comparison greater than, or at least, the threshold
 * @param rule the rule it came from
 */
public record CouncilReviewRule(String award, int total, CouncilMethod method, BigDecimal threshold,
    ThresholdComparison comparison, RuleReference rule) {
  /** The rule kind this record is read from. */
  public static final String KIND = "award.council-review";

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code
   * @param total the province's quota
   * @param method by the council's vote or by rank
   * @param threshold the share of the council's members whose approval a proposal needs (vote only)
   * @param comparison greater than, or at least, the threshold
   * @param rule the rule it came from
   */
  public CouncilReviewRule {
    Objects.requireNonNull(award, "award");
    if (total < 0) {
      throw new IllegalArgumentException("a quota is not negative: " + total);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(rule, "rule");
  }
}
