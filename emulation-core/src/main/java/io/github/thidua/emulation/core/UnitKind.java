package io.github.thidua.emulation.core;

/**
 * What kind of body a unit is: an open set of codes, because each province names its own kinds.
 * The constants are the kinds the shipped rule sets and sample data use.
 *
 * @param code an upper-case code such as {@code AGENCY} or {@code COMMUNE}
 */
public record UnitKind(String code) {
  /** A provincial department, board or other state agency (sở, ban, ngành). */
  public static final UnitKind AGENCY = new UnitKind("AGENCY");
  /** A political or social mass organisation or association (đoàn thể, hội). */
  public static final UnitKind MASS_ORGANISATION = new UnitKind("MASS_ORGANISATION");
  /** A state-owned or other enterprise (doanh nghiệp). */
  public static final UnitKind ENTERPRISE = new UnitKind("ENTERPRISE");
  /** A district, town or provincial city before July 2025 (huyện, thị xã, thành phố). */
  public static final UnitKind DISTRICT = new UnitKind("DISTRICT");
  /** A commune (xã) or commune-level town (thị trấn). */
  public static final UnitKind COMMUNE = new UnitKind("COMMUNE");
  /** A ward (phường). */
  public static final UnitKind WARD = new UnitKind("WARD");
  /** A school (trường). */
  public static final UnitKind SCHOOL = new UnitKind("SCHOOL");
  /** A college or university (trường cao đẳng, đại học). */
  public static final UnitKind COLLEGE = new UnitKind("COLLEGE");
  /** A faculty of a college or university (khoa). */
  public static final UnitKind FACULTY = new UnitKind("FACULTY");
  /** A division inside an agency or locality (phòng, chi cục, trung tâm). */
  public static final UnitKind DIVISION = new UnitKind("DIVISION");
  /** A hospital, health centre or other public service provider (đơn vị sự nghiệp). */
  public static final UnitKind SERVICE_PROVIDER = new UnitKind("SERVICE_PROVIDER");

  /**
   * Creates the value, checking its invariants.
   *
   * @param code an upper-case code such as {@code AGENCY} or {@code COMMUNE}
   */
  public UnitKind {
    Ids.code("unit kind", code);
  }

  /**
   * Returns the kind with the given code.
   *
   * @param code an upper-case code
   * @return the kind
   */
  public static UnitKind of(String code) {
    return new UnitKind(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
