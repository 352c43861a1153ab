package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * An organiser: the body that sets up emulation groups, such as the provincial People's Committee, a department,
 * a district or commune, or a college.
 *
 * @param id stable id
 * @param name Vietnamese name, NFC
 * @param kind what kind of body it is
 * @param sector the sector code rule sets key exceptions on (e.g. {@code EDUCATION}, {@code HEALTH}), if any
 * @param unit the unit this organiser is, when it is also a member of groups (a department is both)
 */
public record Organiser(
    OrganiserId id, String name, OrganiserKind kind, Optional<String> sector, Optional<UnitId> unit) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id stable id
   * @param name Vietnamese name, NFC
   * @param kind what kind of body it is
   * @param sector the sector code rule sets key exceptions on (e.g. {@code EDUCATION}, {@code HEALTH}), if any
   * @param unit the unit this organiser is, when it is also a member of groups (a department is both)
   */
  public Organiser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    name = Names.nfc(name.strip());
    checkArgument(!name.isEmpty(), "organiser %s has a blank name", id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sector, "sector");
    sector.ifPresent(s -> Ids.code("sector", s));
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Returns an organiser with no sector and no unit.
   *
   * @param id the id
   * @param name the Vietnamese name
   * @param kind the kind
   * @return the organiser
   */
  public static Organiser of(String id, String name, OrganiserKind kind) {
    return new Organiser(OrganiserId.of(id), name, kind, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with a sector code.
   *
   * @param sectorCode an upper-case sector code
   * @return the copy
   */
  public Organiser withSector(String sectorCode) {
    return new Organiser(id, name, kind, Optional.of(sectorCode), unit);
  }

  /**
   * Returns a copy that names the unit this organiser is.
   *
   * @param unitId the unit's id
   * @return the copy
   */
  public Organiser withUnit(UnitId unitId) {
    return new Organiser(id, name, kind, sector, Optional.of(unitId));
  }
}
