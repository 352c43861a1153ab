package io.github.thidua.emulation.core.awards;

/** What decided a group's leading unit (rule kind {@code group.leading-unit}). */
public enum LeaderBasis {
  /** The unit the honouring vote (purpose {@code LEADER}, its last round) acclaimed. */
  VOTE("vote"),
  /** The best-ranked unit of the final ranking that is eligible for the awards reserved to the leading unit. */
  RANKING("ranking"),
  /** Nothing yet: no deciding vote, or a tie at the top that waits for lots. */
  NONE("none");

  private final String wire;

  LeaderBasis(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return the wire name
   */
  public String wireName() {
    return wire;
  }

  /**
   * Reads a wire name.
   *
   * @param name {@code vote}, {@code ranking} or {@code none}
   * @return the basis
   * @throws IllegalArgumentException if the name is unknown
   */
  public static LeaderBasis fromWireName(String name) {
    for (LeaderBasis b : values()) {
      if (b.wire.equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown leading-unit basis: " + name);
  }
}
