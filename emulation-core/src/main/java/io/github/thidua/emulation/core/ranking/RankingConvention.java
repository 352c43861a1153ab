package io.github.thidua.emulation.core.ranking;

/** How units with equal results are numbered. Scores A &gt; B = C &gt; D give, in order: */
public enum RankingConvention {
  /** Standard competition ranking, 1 2 2 4 (the default). */
  STANDARD("standard"),
  /** Modified competition ranking, 1 3 3 4. */
  MODIFIED("modified"),
  /** Dense ranking, 1 2 2 3. */
  DENSE("dense"),
  /** Ordinal ranking, 1 2 3 4: only possible once every tie is broken; unresolved ties keep a shared rank. */
  ORDINAL("ordinal"),
  /** Fractional ranking, 1 2.5 2.5 4. */
  FRACTIONAL("fractional");

  private final String wireName;

  RankingConvention(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return e.g. {@code standard}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the convention with a name used in rule data.
   *
   * @param name e.g. {@code dense}
   * @return the convention
   * @throws IllegalArgumentException if none has that name
   */
  public static RankingConvention fromWireName(String name) {
    for (RankingConvention c : values()) {
      if (c.wireName.equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no ranking convention is called " + name);
  }
}
