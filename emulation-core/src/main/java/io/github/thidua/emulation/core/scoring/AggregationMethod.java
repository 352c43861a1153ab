package io.github.thidua.emulation.core.scoring;

/** How sheets from several scorers become one score. */
public enum AggregationMethod {
  /** The first role of the chain that has a sheet wins (e.g. council over head over self). */
  OVERRIDE_CHAIN("override-chain"),
  /** The mean of the peer sheets, the unit's own excluded, criterion by criterion. */
  MEAN("mean"),
  /** The median of the peer sheets, criterion by criterion (the mean of the two middle values if even). */
  MEDIAN("median"),
  /** The mean after dropping the {@code trim} lowest and highest peer values of each criterion. */
  TRIMMED_MEAN("trimmed-mean");

  private final String wireName;

  AggregationMethod(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return e.g. {@code override-chain}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the method with a name used in rule data.
   *
   * @param name e.g. {@code mean}
   * @return the method
   * @throws IllegalArgumentException if no method has that name
   */
  public static AggregationMethod fromWireName(String name) {
    for (AggregationMethod m : values()) {
      if (m.wireName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no aggregation method is called " + name);
  }
}
