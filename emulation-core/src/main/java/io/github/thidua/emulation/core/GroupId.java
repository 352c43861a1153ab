package io.github.thidua.emulation.core;

/**
 * Stable identifier of an emulation group (cụm or khối); ids, never names, are keys.
 *
 * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
 */
public record GroupId(String value) implements Comparable<GroupId> {

  /**
   * Creates the value, checking its invariants.
   *
   * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
   */
  public GroupId {
    Ids.check("group", value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
