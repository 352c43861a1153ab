package io.github.thidua.emulation.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, kept in lowest terms with a positive denominator. Scoring keeps every intermediate
 * value exact (a third stays a third) and rounds only where the scale declares, to the declared decimal places.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /**
   * Returns {@code num / den} in lowest terms.
   *
   * @param num the numerator
   * @param den the denominator, not zero
   * @return the rational
   */
  public static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return num.signum() == 0 ? ZERO : new Rational(num, den);
  }

  /**
   * Returns the exact value of a decimal.
   *
   * @param value the decimal
   * @return the rational
   */
  public static Rational of(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale)) : of(unscaled.multiply(BigInteger.TEN.pow(-scale)),
        BigInteger.ONE);
  }

  /**
   * Returns the value of a whole number.
   *
   * @param value the number
   * @return the rational
   */
  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return the sum
   */
  public Rational plus(Rational other) {
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the subtrahend
   * @return the difference
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negation
   */
  public Rational negate() {
    return new Rational(num.negate(), den);
  }

  /**
   * Returns {@code this × other}.
   *
   * @param other the factor
   * @return the product
   */
  public Rational times(Rational other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  /**
   * Returns {@code this ÷ other}.
   *
   * @param other the divisor, not zero
   * @return the quotient
   */
  public Rational dividedBy(Rational other) {
    return of(num.multiply(other.den), den.multiply(other.num));
  }

  /**
   * Returns the smaller of the two.
   *
   * @param other the other value
   * @return the minimum
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of the two.
   *
   * @param other the other value
   * @return the maximum
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns the sign: -1, 0 or 1.
   *
   * @return the sign
   */
  public int signum() {
    return num.signum();
  }

  /**
   * Rounds to a number of decimal places.
   *
   * @param decimals the places
   * @param mode the rounding mode
   * @return the rounded decimal, with exactly that scale
   */
  public BigDecimal round(int decimals, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), decimals, mode);
  }

  /**
   * Returns this value as a plain decimal if it has a finite decimal expansion, else as a fraction such as
   * {@code 20/3} (for traces; never parsed back).
   *
   * @return the decimal text
   */
  public String toPlainString() {
    BigInteger d = den;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.divide(BigInteger.TWO);
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
    }
    if (d.equals(BigInteger.ONE)) {
      return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros().toPlainString();
    }
    return num + "/" + den;
  }

  @Override
  public int compareTo(Rational other) {
    return num.multiply(other.den).compareTo(other.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return Objects.hash(num, den);
  }

  @Override
  public String toString() {
    return toPlainString();
  }
}
