package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of a target-based criterion: from this ratio of achieved to target upwards, this fraction of the
 * criterion's maximum.
 *
 * @param minRatio the lowest ratio of the tier, e.g. {@code 1.0} for "target met"
 * @param fraction the share of the maximum earned, between 0 and 1
 */
public record Tier(BigDecimal minRatio, BigDecimal fraction) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param minRatio the lowest ratio of the tier, e.g. {@code 1.0} for "target met"
   * @param fraction the share of the maximum earned, between 0 and 1
   */
  public Tier {
    Numbers.requireInBounds(Objects.requireNonNull(minRatio, "minRatio"), "a tier's ratio");
    Numbers.requireInBounds(Objects.requireNonNull(fraction, "fraction"), "a tier's fraction");
    checkArgument(minRatio.signum() >= 0, "a tier's ratio is negative: %s", minRatio);
    checkArgument(fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0,
        "a tier's fraction must be between 0 and 1: %s", fraction);
  }
}
