package io.github.thidua.emulation.core;

/**
 * Stable identifier of an organiser (the body that sets up emulation groups); ids, never names, are keys.
 *
 * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
 */
public record OrganiserId(String value) implements Comparable<OrganiserId> {

  /**
   * Creates the value, checking its invariants.
   *
   * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
   */
  public OrganiserId {
    Ids.check("organiser", value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static OrganiserId of(String value) {
    return new OrganiserId(value);
  }

  @Override
  public int compareTo(OrganiserId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
