package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.internal.Rational;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A limit of "at most {@code percent} % of a base", rounded to a whole number as declared. The base is whatever
 * count the caller applies it to: the rules leave it open (R13: the base of the Government-flag cap could not be
 * verified and must stay configurable), so the cap itself holds no base.
 *
 * <p>Arithmetic is exact: {@code percent × base / 100} is a rational, rounded once. Decree 91/2017's Government
 * flag cap is {@code PercentCap.atMost("20")} (20 %, floor): 20 % of 48 is 9.6, so at most 9.
 *
 * @param percent the percentage, from 0 to 100; trailing zeros are stripped, so {@code 20} equals {@code 20.0}
 * @param rounding how the exact share becomes a whole number
 */
public record PercentCap(BigDecimal percent, QuotaRounding rounding) {
  private static final Rational HUNDRED = Rational.of(100);

  /**
   * Creates the value, checking its invariants.
   *
   * @param percent the percentage, from 0 to 100; trailing zeros are stripped, so {@code 20} equals {@code 20.0}
   * @param rounding how the exact share becomes a whole number
   */
  public PercentCap {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(rounding, "rounding");
    checkArgument(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
        "a percentage lies between 0 and 100: %s", percent);
    percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
  }

  /**
   * Returns the cap "at most {@code percent} %", rounded down (the reading of "không quá x %").
   *
   * @param percent the percentage as a decimal text, e.g. {@code 20}
   * @return the cap
   */
  public static PercentCap atMost(String percent) {
    return new PercentCap(new BigDecimal(percent), QuotaRounding.FLOOR);
  }

  /**
   * Returns the exact share of a base, before rounding.
   *
   * @param base the base count, {@code ≥ 0}
   * @return {@code percent × base / 100} as exact text, e.g. {@code 9.6}
   */
  public String exactShare(int base) {
    return AwardTexts.exact(share(base));
  }

  /**
   * Returns the whole number of places the cap allows on a base.
   *
   * @param base the base count, {@code ≥ 0}
   * @return {@code rounding(percent × base / 100)}
   * @throws IllegalArgumentException if the base is negative
   */
  public int limit(int base) {
    return rounding.apply(share(base));
  }

  /**
   * Tells whether a count lies within the cap on a base.
   *
   * @param count the count proposed
   * @param base the base count, {@code ≥ 0}
   * @return {@code count ≤ limit(base)}
   */
  public boolean allows(int count, int base) {
    return count <= limit(base);
  }

  /**
   * Describes the limit on a base, e.g. {@code 9 = floor(20 % × 48 = 9.6)}.
   *
   * @param base the base count, {@code ≥ 0}
   * @return the description
   */
  public String describe(int base) {
    return limit(base) + " = " + rounding.wireName() + "(" + percent.toPlainString() + " % × " + base + " = "
        + exactShare(base) + ")";
  }

  private Rational share(int base) {
    checkArgument(base >= 0, "a base count is not negative: %s", base);
    return Rational.of(percent).times(Rational.of(base)).dividedBy(HUNDRED);
  }
}
