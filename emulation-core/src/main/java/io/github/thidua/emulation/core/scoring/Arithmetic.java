package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * A scale's declared arithmetic: how many decimal places scores keep, how they are rounded, and where. Every
 * intermediate value before the rounding point is exact; the total is always rounded to the declared places.
 *
 * @param decimals decimal places of rounded values, 0 to 6
 * @param mode the rounding mode, e.g. {@link RoundingMode#HALF_UP}
 * @param point where rounding happens
 */
public record Arithmetic(int decimals, RoundingMode mode, RoundingPoint point) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param decimals decimal places of rounded values, 0 to 6
   * @param mode the rounding mode, e.g. {@link RoundingMode#HALF_UP}
   * @param point where rounding happens
   */
  public Arithmetic {
    checkArgument(decimals >= 0 && decimals <= 6, "decimals must be 0 to 6: %s", decimals);
    Objects.requireNonNull(mode, "mode");
    checkArgument(mode != RoundingMode.UNNECESSARY, "UNNECESSARY is not a rounding mode for scores");
    Objects.requireNonNull(point, "point");
  }
}
