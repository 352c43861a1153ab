package io.github.thidua.emulation.core.awards;

/** How the provincial council cuts the groups' proposals to the province's quota (rule kind {@code award.council-review}). */
public enum CouncilMethod {
  /** By the council's vote: proposals that pass its threshold, most approvals first. */
  VOTE("vote"),
  /** By the proposals' ranks in their groups, then by their scores. */
  RANKING("ranking");

  private final String wire;

  CouncilMethod(String wire) {
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
   * @param name {@code vote} or {@code ranking}
   * @return the method
   * @throws IllegalArgumentException if the name is unknown
   */
  public static CouncilMethod fromWireName(String name) {
    for (CouncilMethod m : values()) {
      if (m.wire.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown council method: " + name);
  }
}
