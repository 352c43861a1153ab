package io.github.thidua.emulation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Arithmetic laws of {@link Rational}, and agreement with {@link BigDecimal} on finite decimals. */
class RationalTest {
  private static final int EXAMPLES = 500;
  private static final List<RoundingMode> MODES = List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** A fraction n/d with |n| ≤ 10⁶ and 1 ≤ |d| ≤ 10⁴, either sign on either part. */
  private static Gen<Rational> rationals() {
    return integers().between(-1_000_000, 1_000_000).zip(integers().between(1, 10_000), Generate.booleans(),
        (n, d, negativeDen) -> Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(negativeDen ? -d : d)))
        .describedAs(Rational::toString);
  }

  /** Finite decimals with up to 10 significant digits and a scale of −3 to 8 (trailing zeros included). */
  private static Gen<BigDecimal> decimals() {
    return longs().between(-9_999_999_999L, 9_999_999_999L).zip(integers().between(-3, 8), BigDecimal::valueOf);
  }

  private static Gen<RoundingMode> modes() {
    return Generate.pick(MODES);
  }

  @Test
  void additionAndMultiplicationCommute() {
    qt().withExamples(EXAMPLES).forAll(rationals(), rationals()).checkAssert((a, b) -> {
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.times(b)).isEqualTo(b.times(a));
    });
  }

  @Test
  void additionIsAssociativeAndMultiplicationDistributes() {
    qt().withExamples(EXAMPLES).forAll(rationals(), rationals(), rationals()).checkAssert((a, b, c) -> {
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.times(b.plus(c))).isEqualTo(a.times(b).plus(a.times(c)));
    });
  }

  @Test
  void dividingThenMultiplyingGivesBackTheNumber() {
    qt().withExamples(EXAMPLES).forAll(rationals(), rationals()).assuming((a, b) -> b.signum() != 0)
        .checkAssert((a, b) -> {
          assertThat(a.dividedBy(b).times(b)).isEqualTo(a);
          assertThat(a.minus(b).plus(b)).isEqualTo(a);
          assertThat(a.minus(a)).isEqualTo(Rational.ZERO);
        });
  }

  @Test
  void equalFractionsAreEqualInLowestTerms() {
    qt().withExamples(EXAMPLES).forAll(rationals(), integers().between(-1000, 1000))
        .assuming((a, k) -> k != 0).checkAssert((a, k) -> {
          Rational scaled = a.times(Rational.of(k)).dividedBy(Rational.of(k));
          assertThat(scaled).isEqualTo(a);
          assertThat(scaled.hashCode()).isEqualTo(a.hashCode());
          assertThat(scaled.compareTo(a)).isZero();
        });
  }

  @Test
  void compareToAgreesWithBigDecimal() {
    qt().withExamples(EXAMPLES).forAll(decimals(), decimals()).checkAssert((x, y) -> {
      Rational a = Rational.of(x);
      Rational b = Rational.of(y);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(x.compareTo(y)));
      assertThat(a.equals(b)).isEqualTo(x.compareTo(y) == 0);
      assertThat(a.min(b).compareTo(Rational.of(x.min(y)))).isZero();
      assertThat(a.max(b).compareTo(Rational.of(x.max(y)))).isZero();
      assertThat(a.signum()).isEqualTo(x.signum());
    });
  }

  @Test
  void sumsAndProductsAgreeWithBigDecimal() {
    qt().withExamples(EXAMPLES).forAll(decimals(), decimals()).checkAssert((x, y) -> {
      assertThat(Rational.of(x).plus(Rational.of(y))).isEqualTo(Rational.of(x.add(y)));
      assertThat(Rational.of(x).minus(Rational.of(y))).isEqualTo(Rational.of(x.subtract(y)));
      assertThat(Rational.of(x).times(Rational.of(y))).isEqualTo(Rational.of(x.multiply(y)));
    });
  }

  @Test
  void roundAgreesWithSetScaleOnFiniteDecimals() {
    qt().withExamples(EXAMPLES).forAll(decimals(), integers().between(0, 6), modes()).checkAssert((x, places, mode) ->
        assertThat(Rational.of(x).round(places, mode)).isEqualTo(x.setScale(places, mode)));
  }

  /** For a fraction without a finite expansion: floor ≤ q < floor + 10⁻ᵏ, ceiling − 10⁻ᵏ < q ≤ ceiling. */
  @Test
  void roundBracketsTheExactValue() {
    qt().withExamples(EXAMPLES).forAll(rationals(), integers().between(0, 6)).checkAssert((q, places) -> {
      Rational ulp = Rational.of(BigDecimal.ONE.movePointLeft(places));
      Rational floor = Rational.of(q.round(places, RoundingMode.FLOOR));
      Rational ceiling = Rational.of(q.round(places, RoundingMode.CEILING));
      assertThat(floor.compareTo(q)).isLessThanOrEqualTo(0);
      assertThat(q.compareTo(floor.plus(ulp))).isLessThan(0);
      assertThat(ceiling.compareTo(q)).isGreaterThanOrEqualTo(0);
      assertThat(ceiling.minus(ulp).compareTo(q)).isLessThan(0);
      assertThat(q.round(places, RoundingMode.HALF_UP).scale()).isEqualTo(places);
    });
  }

  @Test
  void examples() {
    Rational third = Rational.of(BigInteger.ONE, BigInteger.valueOf(3));
    assertThat(third.plus(third).plus(third)).isEqualTo(Rational.ONE);
    assertThat(third.toString()).isEqualTo("1/3");
    assertThat(Rational.of(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
    assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
    assertThat(Rational.of(BigInteger.valueOf(2), BigInteger.valueOf(-4)))
        .isEqualTo(Rational.of(new BigDecimal("-0.5")));
    assertThat(Rational.of(BigInteger.valueOf(10), BigInteger.valueOf(3)).round(2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("3.33"));
    assertThat(Rational.of(BigInteger.valueOf(-5), BigInteger.valueOf(2)).round(0, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("-2"));
    assertThatThrownBy(() -> Rational.ONE.dividedBy(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
  }

  /** Fractions whose parts reach the edges of {@code long}, where the fast path must hand over to big numbers. */
  private static Gen<BigInteger[]> edgeFractions() {
    Gen<Long> parts = Generate.pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        1L << 62, -(1L << 62), 3_037_000_499L, 3_037_000_500L, 1_000_000_007L, 999_999_999_999_999_999L, 1L, -1L,
        2L, 10L, 7L)).mix(longs().all(), 50);
    return parts.zip(parts.assuming(d -> d != 0), (n, d) -> new BigInteger[] {BigInteger.valueOf(n),
        BigInteger.valueOf(d)}).describedAs(f -> f[0] + "/" + f[1]);
  }

  private static Rational ref(BigInteger n, BigInteger d) {
    return Rational.of(n, d);
  }

  @Test
  void theLongPathAgreesWithBigNumbersEvenAtTheEdgesOfLong() {
    qt().withExamples(2_000).forAll(edgeFractions(), edgeFractions()).checkAssert((a, b) -> {
      Rational x = Rational.of(a[0], a[1]);
      Rational y = Rational.of(b[0], b[1]);
      // the reference: exact BigInteger arithmetic on the parts as given, normalised by Rational.of(BigInteger...)
      assertThat(x.plus(y)).isEqualTo(ref(a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1])));
      assertThat(x.minus(y)).isEqualTo(ref(a[0].multiply(b[1]).subtract(b[0].multiply(a[1])),
          a[1].multiply(b[1])));
      assertThat(x.times(y)).isEqualTo(ref(a[0].multiply(b[0]), a[1].multiply(b[1])));
      if (b[0].signum() != 0) {
        assertThat(x.dividedBy(y)).isEqualTo(ref(a[0].multiply(b[1]), a[1].multiply(b[0])));
      }
      int expected = a[0].multiply(b[1]).multiply(BigInteger.valueOf(a[1].signum() * b[1].signum()))
          .compareTo(b[0].multiply(a[1]).multiply(BigInteger.valueOf(a[1].signum() * b[1].signum())));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
      assertThat(x.negate().negate()).isEqualTo(x);
      assertThat(x.equals(y)).isEqualTo(expected == 0);
      if (expected == 0) {
        assertThat(x.hashCode()).isEqualTo(y.hashCode());
      }
      assertThat(x.round(6, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal(a[0]).divide(new BigDecimal(a[1]), 6,
          RoundingMode.HALF_EVEN));
    });
  }

  @Test
  void decimalsOfEveryScaleAreExact() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(-25, 25)).checkAssert((u, scale) -> {
      BigDecimal d = BigDecimal.valueOf(u, scale);
      BigInteger n = scale >= 0 ? BigInteger.valueOf(u) : BigInteger.valueOf(u).multiply(BigInteger.TEN.pow(-scale));
      BigInteger den = scale >= 0 ? BigInteger.TEN.pow(scale) : BigInteger.ONE;
      assertThat(Rational.of(d)).isEqualTo(Rational.of(n, den));
    });
  }

  @Test
  void aDecimalWithAHugeExponentIsRefusedAtOnceNeverExpanded() {
    for (String text : List.of("1e999999999", "-1e999999999", "1e-999999999", "1e101", "1e-101")) {
      assertThatThrownBy(() -> Rational.of(new BigDecimal(text))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("beyond the library's arithmetic");
    }
    assertThat(Rational.of(new BigDecimal("1e100")).compareTo(Rational.ONE)).isPositive();
  }

  @Test
  void theDecimalTextOfEveryFiniteFractionIsBigDecimals() {
    qt().withExamples(2_000).forAll(longs().between(-9_999_999_999_999L, 9_999_999_999_999L),
        integers().between(0, 25), integers().between(0, 25)).checkAssert((n, twos, fives) -> {
          BigInteger den = BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives));
          Rational r = Rational.of(BigInteger.valueOf(n), den);
          String expected = new BigDecimal(BigInteger.valueOf(n)).divide(new BigDecimal(den)).stripTrailingZeros()
              .toPlainString();
          assertThat(r.toPlainString()).isEqualTo(expected);
        });
  }

  @Test
  void roundingWithLongsIsBigDecimalsRounding() {
    qt().withExamples(5_000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        longs().between(1, 1_000_000_000L), integers().between(0, 9), modes()).checkAssert((n, d, places, mode) ->
          assertThat(Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d)).round(places, mode))
              .isEqualTo(new BigDecimal(n).divide(new BigDecimal(d), places, mode)));
    // halves exactly, both signs, every mode
    for (RoundingMode mode : MODES) {
      for (long n : new long[] {5, 15, 25, -5, -15, -25, 1, -1, 3, -3}) {
        assertThat(Rational.of(BigInteger.valueOf(n), BigInteger.TEN).round(0, mode)).as("%s/10 %s", n, mode)
            .isEqualTo(new BigDecimal(n).divide(BigDecimal.TEN, 0, mode));
      }
    }
  }
}
