package io.github.thidua.emulation.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, kept in lowest terms with a positive denominator. Scoring keeps every intermediate
 * value exact (a third stays a third) and rounds only where the scale declares, to the declared decimal places.
 *
 * <p>A value whose numerator and denominator fit a {@code long} is held as two {@code long}s and computed with
 * overflow-checked {@code long} arithmetic; only a result that would overflow is computed with {@link BigInteger}
 * (and held so until it fits again). Every number read is within {@code Numbers}' bounds, so the values a year
 * computes stay small and the slow path is rare; the results are the same either way.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);
  /** One. */
  public static final Rational ONE = new Rational(1, 1);

  private static final long[] TENS = new long[19];
  /** The most digits, and the largest scale either way, of a decimal this class converts: far beyond any data. */
  private static final int MAX_DIGITS = 100;

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  /** Numerator and denominator when {@link #bigNum} is null. */
  private final long num;
  private final long den;
  /** Numerator and denominator when they do not fit a {@code long}; null otherwise. */
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
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
    if (num.signum() == 0) {
      return ZERO;
    }
    if (num.bitLength() < 64 && den.bitLength() < 64) {
      return new Rational(num.longValue(), den.longValue());
    }
    return new Rational(num, den);
  }

  /** Returns {@code num / den} in lowest terms, for {@code den > 0}. */
  private static Rational ofLongs(long num, long den) {
    if (num == 0) {
      return ZERO;
    }
    if (num == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    long g = gcd(Math.abs(num), den);
    return g == 1 ? new Rational(num, den) : new Rational(num / g, den / g);
  }

  /** The greatest common divisor of two non-negative numbers (binary GCD). */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    do {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    } while (b != 0);
    return a << shift;
  }

  /**
   * Returns the exact value of a decimal.
   *
   * @param value the decimal, of at most 100 digits and a scale within ±100
   * @return the rational
   * @throws IllegalArgumentException for a decimal beyond that (a programmer error: data is bounded before)
   */
  public static Rational of(BigDecimal value) {
    int scale = value.scale();
    if (Math.abs((long) scale) > MAX_DIGITS || value.precision() > MAX_DIGITS) {
      // a safety net, never reached by data: every number read or given is checked against Numbers' bounds first
      throw new IllegalArgumentException("a decimal beyond the library's arithmetic: " + value.precision()
          + " digits, scale " + scale);
    }
    if (value.precision() <= 18 && scale >= -18 && scale <= 18) {
      long unscaled = value.unscaledValue().longValue();
      if (scale >= 0) {
        return ofLongs(unscaled, TENS[scale]);
      }
      long high = Math.multiplyHigh(unscaled, TENS[-scale]);
      long low = unscaled * TENS[-scale];
      if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
        return ofLongs(low, 1);
      }
    }
    BigInteger unscaled = value.unscaledValue();
    return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale))
        : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * Returns the value of a whole number.
   *
   * @param value the number
   * @return the rational
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Rational(value, 1);
  }

  private boolean small() {
    return bigNum == null;
  }

  private BigInteger bigNum() {
    return bigNum != null ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger bigDen() {
    return bigDen != null ? bigDen : BigInteger.valueOf(den);
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return the sum
   */
  public Rational plus(Rational other) {
    if (small() && other.small()) {
      if (num == 0) {
        return other;
      }
      if (other.num == 0) {
        return this;
      }
      try {
        if (den == other.den) {
          return ofLongs(Math.addExact(num, other.num), den);
        }
        long g = gcd(den, other.den);
        long a = den / g;
        long b = other.den / g;
        return ofLongs(Math.addExact(Math.multiplyExact(num, b), Math.multiplyExact(other.num, a)),
            Math.multiplyExact(den, b));
      } catch (ArithmeticException overflow) {
        // fall through to the exact big-number path
      }
    }
    return of(bigNum().multiply(other.bigDen()).add(other.bigNum().multiply(bigDen())),
        bigDen().multiply(other.bigDen()));
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
    if (small()) {
      return num == Long.MIN_VALUE ? new Rational(bigNum().negate(), bigDen()) : new Rational(-num, den);
    }
    return of(bigNum.negate(), bigDen);
  }

  /**
   * Returns {@code this × other}.
   *
   * @param other the factor
   * @return the product
   */
  public Rational times(Rational other) {
    if (small() && other.small() && num != Long.MIN_VALUE && other.num != Long.MIN_VALUE) {
      if (num == 0 || other.num == 0) {
        return ZERO;
      }
      long g1 = gcd(Math.abs(num), other.den);
      long g2 = gcd(Math.abs(other.num), den);
      try {
        // both cross-cancelled: the product is in lowest terms
        return new Rational(Math.multiplyExact(num / g1, other.num / g2),
            Math.multiplyExact(den / g2, other.den / g1));
      } catch (ArithmeticException overflow) {
        // fall through to the exact big-number path
      }
    }
    return of(bigNum().multiply(other.bigNum()), bigDen().multiply(other.bigDen()));
  }

  /**
   * Returns {@code this ÷ other}.
   *
   * @param other the divisor, not zero
   * @return the quotient
   */
  public Rational dividedBy(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (other.small() && other.num != Long.MIN_VALUE) {
      Rational reciprocal = other.num > 0 ? new Rational(other.den, other.num) : new Rational(-other.den, -other.num);
      return times(reciprocal);
    }
    return of(bigNum().multiply(other.bigDen()), bigDen().multiply(other.bigNum()));
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
    return small() ? Long.signum(num) : bigNum.signum();
  }

  /**
   * Rounds to a number of decimal places.
   *
   * @param decimals the places
   * @param mode the rounding mode
   * @return the rounded decimal, with exactly that scale
   */
  public BigDecimal round(int decimals, RoundingMode mode) {
    if (small() && den == 1) {
      return BigDecimal.valueOf(num).setScale(decimals, mode);
    }
    if (small() && decimals >= 0 && decimals < TENS.length && num != Long.MIN_VALUE) {
      BigDecimal fast = roundLongs(decimals, mode);
      if (fast != null) {
        return fast;
      }
    }
    return new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()), decimals, mode);
  }

  /** {@link #round} with long arithmetic, or null if {@code num × 10^decimals} would overflow. */
  private BigDecimal roundLongs(int decimals, RoundingMode mode) {
    long scaled;
    try {
      scaled = Math.multiplyExact(num, TENS[decimals]);
    } catch (ArithmeticException overflow) {
      return null;
    }
    long q = scaled / den;
    long r = scaled % den;
    if (r != 0) {
      int sign = scaled < 0 ? -1 : 1;
      int half = Math.abs(r) > den - Math.abs(r) ? 1 : Math.abs(r) == den - Math.abs(r) ? 0 : -1;
      boolean away = switch (mode) {
        case UP -> true;
        case DOWN -> false;
        case CEILING -> sign > 0;
        case FLOOR -> sign < 0;
        case HALF_UP -> half >= 0;
        case HALF_DOWN -> half > 0;
        case HALF_EVEN -> half > 0 || (half == 0 && (q & 1) != 0);
        case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
      };
      if (away) {
        q += sign;
      }
    }
    return BigDecimal.valueOf(q, decimals);
  }

  /**
   * Returns this value as a plain decimal if it has a finite decimal expansion, else as a fraction such as
   * {@code 20/3} (for traces; never parsed back).
   *
   * @return the decimal text
   */
  public String toPlainString() {
    if (small()) {
      long d = den;
      d >>= Long.numberOfTrailingZeros(d);
      while (d % 5 == 0) {
        d /= 5;
      }
      if (d != 1) {
        return num + "/" + den;
      }
      if (den == 1) {
        return Long.toString(num);
      }
      String fast = decimalText(num, den);
      return fast != null ? fast
          : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den)).stripTrailingZeros().toPlainString();
    }
    BigInteger d = bigDen;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.divide(BigInteger.TWO);
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
    }
    if (d.equals(BigInteger.ONE)) {
      return new BigDecimal(bigNum).divide(new BigDecimal(bigDen)).stripTrailingZeros().toPlainString();
    }
    return bigNum + "/" + bigDen;
  }

  /**
   * The plain decimal text of {@code num / den} for a denominator of twos and fives only, with long arithmetic, or
   * null if it would overflow (the caller then uses {@code BigDecimal}).
   */
  private static String decimalText(long num, long den) {
    int twos = Long.numberOfTrailingZeros(den);
    int fives = 0;
    for (long d = den >> twos; d > 1; d /= 5) {
      fives++;
    }
    int places = Math.max(twos, fives);
    if (places > 18 || num == Long.MIN_VALUE) {
      return null;
    }
    long factor = TENS[places] / den;
    long scaled;
    try {
      scaled = Math.multiplyExact(Math.abs(num), factor);
    } catch (ArithmeticException overflow) {
      return null;
    }
    String digits = Long.toString(scaled);
    int point = digits.length() - places;
    int end = digits.length();
    while (end > Math.max(point, 0) && digits.charAt(end - 1) == '0') {
      end--;
    }
    StringBuilder text = new StringBuilder(places + 22);
    if (num < 0) {
      text.append('-');
    }
    if (point <= 0) {
      text.append('0');
    } else {
      text.append(digits, 0, point);
    }
    if (end > Math.max(point, 0)) {
      text.append('.');
      for (int i = point; i < 0; i++) {
        text.append('0');
      }
      text.append(digits, Math.max(point, 0), end);
    }
    return text.toString();
  }

  @Override
  public int compareTo(Rational other) {
    if (small() && other.small()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      int signs = Integer.compare(Long.signum(num), Long.signum(other.num));
      if (signs != 0) {
        return signs;
      }
      // compare num × other.den with other.num × den exactly, as 128-bit products (denominators are positive)
      long ah = Math.multiplyHigh(num, other.den);
      long al = num * other.den;
      long bh = Math.multiplyHigh(other.num, den);
      long bl = other.num * den;
      return ah != bh ? Long.compare(ah, bh) : Long.compareUnsigned(al, bl);
    }
    return bigNum().multiply(other.bigDen()).compareTo(other.bigNum().multiply(bigDen()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rational r)) {
      return false;
    }
    // both in lowest terms, and held as longs whenever they fit: equal values have equal fields
    return small() ? r.small() && num == r.num && den == r.den
        : !r.small() && bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  @Override
  public int hashCode() {
    return small() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  @Override
  public String toString() {
    return toPlainString();
  }
}
