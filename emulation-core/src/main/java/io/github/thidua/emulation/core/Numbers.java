package io.github.thidua.emulation.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of every number the library reads or is given: at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point (a magnitude below one billion) and at most {@value #MAX_FRACTION_DIGITS} after it, counted on the
 * value (trailing zeros do not count). A scale declares at most 6 decimal places (see
 * {@code scoring.Arithmetic}); the bound leaves a margin of three more, so that an exact intermediate value is
 * never refused. Files also refuse exponents ({@code 1e3}), whatever their value.
 *
 * <p>Within these bounds every computation of the library is bounded by design: a value is a whole number of
 * billionths below 10<sup>18</sup>, which fits a {@code long}.
 */
public final class Numbers {
  /** Digits allowed before the decimal point: a magnitude below 10<sup>9</sup>. */
  public static final int MAX_INTEGER_DIGITS = 9;

  /** Digits allowed after the decimal point: the 6 a scale may declare, and a margin of 3. */
  public static final int MAX_FRACTION_DIGITS = 9;

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

  private Numbers() {}

  /** Why a number is out of bounds. */
  public enum Problem {
    /** Its magnitude is {@code 10^MAX_INTEGER_DIGITS} or more. */
    TOO_LARGE,
    /** It has more than {@link #MAX_FRACTION_DIGITS} decimals. */
    TOO_MANY_DECIMALS
  }

  /**
   * Checks a number against the bounds without any arithmetic that depends on its size (so that {@code 1e999999999}
   * is answered at once).
   *
   * @param value the number
   * @return the problem, or empty when the number is within bounds
   */
  public static Optional<Problem> check(BigDecimal value) {
    if (value.signum() == 0) {
      return Optional.empty();
    }
    // precision - scale is the number of digits before the point (negative or zero for |value| < 1)
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return Optional.of(Problem.TOO_LARGE);
    }
    if (value.scale() > MAX_FRACTION_DIGITS) {
      // trailing zeros do not count; the unscaled value has at most 18 + scale digits here, bounded by the text read
      if (value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
        return Optional.of(Problem.TOO_MANY_DECIMALS);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether a number is within the bounds.
   *
   * @param value the number
   * @return true when {@link #check(BigDecimal)} finds no problem
   */
  public static boolean inBounds(BigDecimal value) {
    return check(value).isEmpty();
  }

  /**
   * Returns a number if it is within the bounds, for the constructors of rule data (a scale, its criteria and
   * items), which a program builds or a reader has already checked.
   *
   * @param value the number
   * @param what what the number is, for the message
   * @return the number
   * @throws IllegalArgumentException if it is out of bounds
   */
  public static BigDecimal requireInBounds(BigDecimal value, String what) {
    Optional<Problem> problem = check(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(what + " is out of the library's number bounds ("
          + (problem.get() == Problem.TOO_LARGE ? "at most " + MAX_INTEGER_DIGITS + " digits before the point"
              : "at most " + MAX_FRACTION_DIGITS + " decimals") + "): " + value);
    }
    return value;
  }

  /**
   * Returns the largest magnitude allowed, exclusive: 10<sup>{@value #MAX_INTEGER_DIGITS}</sup>.
   *
   * @return the limit
   */
  public static BigDecimal limit() {
    return LIMIT;
  }
}
