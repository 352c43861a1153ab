package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.internal.Rational;
import java.math.RoundingMode;

/** How an exact share of a base becomes a whole number of places. */
public enum QuotaRounding {
  /** Down to the whole number below: "không quá x %" (at most x %), the default. 20 % of 12 = 2.4 gives 2. */
  FLOOR("floor", RoundingMode.FLOOR),
  /** Up to the whole number above. 20 % of 12 = 2.4 gives 3. */
  CEILING("ceiling", RoundingMode.CEILING),
  /** To the nearest whole number, a half going up. 2.4 gives 2, 2.5 gives 3. */
  HALF_UP("half-up", RoundingMode.HALF_UP);

  private final String wireName;
  private final RoundingMode mode;

  QuotaRounding(String wireName, RoundingMode mode) {
    this.wireName = wireName;
    this.mode = mode;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return {@code floor}, {@code ceiling} or {@code half-up}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the rounding with a name used in rule data.
   *
   * @param name {@code floor}, {@code ceiling} or {@code half-up}
   * @return the rounding
   * @throws IllegalArgumentException if no rounding has that name
   */
  public static QuotaRounding fromWireName(String name) {
    for (QuotaRounding r : values()) {
      if (r.wireName.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no quota rounding is called " + name
        + "; expected floor, ceiling or half-up");
  }

  /** Rounds an exact, non-negative value to a whole number. */
  int apply(Rational value) {
    return value.round(0, mode).intValueExact();
  }
}
