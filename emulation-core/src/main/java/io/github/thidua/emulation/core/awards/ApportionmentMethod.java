package io.github.thidua.emulation.core.awards;

/** How a total number of seats (award places) is apportioned among groups in proportion to their weights. */
public enum ApportionmentMethod {
  /**
   * Hamilton, largest remainder with the Hare quota: each group's quota is {@code seats × weight / Σ weights};
   * each group receives the whole part of its quota, and the seats left over go to the largest remainders. Stays
   * within quota, but may show the Alabama paradox (a group can lose a seat when the total grows).
   */
  HAMILTON("hamilton"),
  /**
   * D'Hondt (Jefferson), highest averages with divisors 1, 2, 3, …: each seat goes to the group with the highest
   * quotient {@code weight / (seats won + 1)}. House-monotone; favours larger groups.
   */
  DHONDT("dhondt"),
  /**
   * Sainte-Laguë (Webster), highest averages with divisors 1, 3, 5, …: each seat goes to the group with the
   * highest quotient {@code weight / (2 × seats won + 1)}. House-monotone; neutral between large and small groups.
   */
  SAINTE_LAGUE("sainte-lague");

  private final String wireName;

  ApportionmentMethod(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return e.g. {@code sainte-lague}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the method with a name used in rule data.
   *
   * @param name e.g. {@code dhondt}
   * @return the method
   * @throws IllegalArgumentException if no method has that name
   */
  public static ApportionmentMethod fromWireName(String name) {
    for (ApportionmentMethod m : values()) {
      if (m.wireName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no apportionment method is called " + name
        + "; expected hamilton, dhondt or sainte-lague");
  }

  /**
   * Tells whether this is a highest-averages (divisor) method.
   *
   * @return true for D'Hondt and Sainte-Laguë
   */
  public boolean isDivisorMethod() {
    return this != HAMILTON;
  }

  /**
   * Returns the divisor of a group's next quotient after it has won some seats.
   *
   * @param seatsWon the seats the group has won so far, {@code ≥ 0}
   * @return {@code seatsWon + 1} for D'Hondt, {@code 2 × seatsWon + 1} for Sainte-Laguë
   * @throws IllegalStateException for Hamilton, which has no divisors
   */
  public long divisor(int seatsWon) {
    return switch (this) {
      case DHONDT -> seatsWon + 1L;
      case SAINTE_LAGUE -> 2L * seatsWon + 1L;
      case HAMILTON -> throw new IllegalStateException("Hamilton has no divisors");
    };
  }
}
