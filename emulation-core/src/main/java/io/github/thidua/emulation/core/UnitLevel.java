package io.github.thidua.emulation.core;

/**
 * The administrative level of a unit. Levels are data, not a closed enum: the district level ended on
 * 1 July 2025 (Resolution 203/2025/QH15), and each rule set may name the levels it knows.
 *
 * @param code an upper-case code such as {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE} or {@code DIVISION}
 */
public record UnitLevel(String code) {
  /** Central (trung ương). */
  public static final UnitLevel CENTRAL = new UnitLevel("CENTRAL");
  /** Provincial (cấp tỉnh). */
  public static final UnitLevel PROVINCE = new UnitLevel("PROVINCE");
  /** District (cấp huyện), abolished from 1 July 2025. */
  public static final UnitLevel DISTRICT = new UnitLevel("DISTRICT");
  /** Commune, ward or special zone (cấp xã). */
  public static final UnitLevel COMMUNE = new UnitLevel("COMMUNE");
  /** Division inside an agency or locality (cấp phòng). */
  public static final UnitLevel DIVISION = new UnitLevel("DIVISION");

  /**
   * Creates the value, checking its invariants.
   *
   * @param code an upper-case code such as {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE} or {@code DIVISION}
   */
  public UnitLevel {
    Ids.code("unit level", code);
  }

  /**
   * Returns the level with the given code.
   *
   * @param code an upper-case code
   * @return the level
   */
  public static UnitLevel of(String code) {
    return new UnitLevel(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
