package io.github.thidua.emulation.core;

/**
 * Stable identifier of a unit (đơn vị); ids, never names, are keys.
 *
 * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
 */
public record UnitId(String value) implements Comparable<UnitId> {

  /**
   * Creates the value, checking its invariants.
   *
   * @param value 1–128 ASCII letters, digits, {@code .}, {@code _} or {@code -}
   */
  public UnitId {
    Ids.check("unit", value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
