package io.github.thidua.emulation.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points of one criterion (or criterion group) in a breakdown, rounded to the scale's decimal places for
 * display; where the scale rounds only at the group or total, the total is computed from the exact values.
 *
 * @param code the criterion's code
 * @param points the points earned
 * @param max the criterion's maximum
 */
public record CriterionScore(String code, BigDecimal points, BigDecimal max) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param code the criterion's code
   * @param points the points earned
   * @param max the criterion's maximum
   */
  public CriterionScore {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(max, "max");
  }
}
