package io.github.thidua.emulation.core.awards;

/** What a percentage quota is a percentage of. */
public enum QuotaBase {
  /** The group's number of member units (the default). */
  MEMBERS("members"),
  /** The number of units eligible for the award (for example, those meeting the flag's standard). */
  ELIGIBLE("eligible");

  private final String wireName;

  QuotaBase(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return {@code members} or {@code eligible}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the base with a name used in rule data.
   *
   * @param name {@code members} or {@code eligible}
   * @return the base
   * @throws IllegalArgumentException if no base has that name
   */
  public static QuotaBase fromWireName(String name) {
    for (QuotaBase b : values()) {
      if (b.wireName.equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no quota base is called " + name + "; expected members or eligible");
  }
}
