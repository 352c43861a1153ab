package io.github.thidua.emulation.core;

/**
 * What kind of body an organiser is. An open set of codes; rule sets key cluster counts on it.
 *
 * @param code an upper-case code such as {@code PROVINCIAL_COMMITTEE} or {@code DEPARTMENT}
 */
public record OrganiserKind(String code) {
  /** The provincial People's Committee (Ủy ban nhân dân tỉnh). */
  public static final OrganiserKind PROVINCIAL_COMMITTEE = new OrganiserKind("PROVINCIAL_COMMITTEE");
  /** A provincial department, board or agency (sở, ban, ngành). */
  public static final OrganiserKind DEPARTMENT = new OrganiserKind("DEPARTMENT");
  /** A provincial mass organisation (đoàn thể). */
  public static final OrganiserKind MASS_ORGANISATION = new OrganiserKind("MASS_ORGANISATION");
  /** A district, town or provincial city People's Committee (before July 2025). */
  public static final OrganiserKind DISTRICT = new OrganiserKind("DISTRICT");
  /** A commune or ward People's Committee. */
  public static final OrganiserKind COMMUNE = new OrganiserKind("COMMUNE");
  /** A college or university under the provincial People's Committee. */
  public static final OrganiserKind COLLEGE = new OrganiserKind("COLLEGE");

  /**
   * Creates the value, checking its invariants.
   *
   * @param code an upper-case code such as {@code PROVINCIAL_COMMITTEE} or {@code DEPARTMENT}
   */
  public OrganiserKind {
    Ids.code("organiser kind", code);
  }

  /**
   * Returns the kind with the given code.
   *
   * @param code an upper-case code
   * @return the kind
   */
  public static OrganiserKind of(String code) {
    return new OrganiserKind(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
