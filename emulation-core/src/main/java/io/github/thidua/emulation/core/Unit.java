package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A unit (đơn vị): an agency, mass organisation, enterprise, locality, school, faculty or division that can be a
 * member of emulation groups. Immutable; the name is NFC-normalised.
 *
 * @param id stable id
 * @param name Vietnamese name, NFC
 * @param kind what kind of body it is
 * @param level its administrative level
 * @param parent the unit it belongs to, if any (a division's department, a commune's district)
 * @param staffCount officials, civil servants, public employees and workers (cán bộ, công chức, viên chức, người lao động)
 * @param divisionLevel whether it is a division-level unit (đơn vị cấp phòng)
 * @param lifecycle status changes, oldest first; empty means active throughout
 * @param facts per-year facts, keyed by year
 */
public record Unit(
    UnitId id,
    String name,
    UnitKind kind,
    UnitLevel level,
    Optional<UnitId> parent,
    int staffCount,
    boolean divisionLevel,
    List<StatusChange> lifecycle,
    Map<Integer, YearFacts> facts) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id stable id
   * @param name Vietnamese name, NFC
   * @param kind what kind of body it is
   * @param level its administrative level
   * @param parent the unit it belongs to, if any (a division's department, a commune's district)
   * @param staffCount officials, civil servants, public employees and workers (cán bộ, công chức, viên chức, người lao động)
   * @param divisionLevel whether it is a division-level unit (đơn vị cấp phòng)
   * @param lifecycle status changes, oldest first; empty means active throughout
   * @param facts per-year facts, keyed by year
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    name = Names.nfc(name.strip());
    checkArgument(!name.isEmpty(), "unit %s has a blank name", id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parent, "parent");
    checkArgument(staffCount >= 0, "unit %s has a negative staff count: %s", id, staffCount);
    List<StatusChange> changes = new ArrayList<>(lifecycle);
    changes.sort(Comparator.comparing(StatusChange::effectiveFrom));
    for (int i = 1; i < changes.size(); i++) {
      checkArgument(!changes.get(i).effectiveFrom().equals(changes.get(i - 1).effectiveFrom()),
          "unit %s has two status changes on %s", id, changes.get(i).effectiveFrom());
    }
    lifecycle = List.copyOf(changes);
    facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
  }

  /**
   * Returns the unit's status on a date: the latest change effective on or before it, or
   * {@link LifecycleStatus#ACTIVE} if none.
   *
   * @param date the date
   * @return the status that day
   */
  public LifecycleStatus statusOn(LocalDate date) {
    LifecycleStatus status = LifecycleStatus.ACTIVE;
    for (StatusChange change : lifecycle) {
      if (change.effectiveFrom().isAfter(date)) {
        break;
      }
      status = change.status();
    }
    return status;
  }

  /**
   * Returns what is known about the unit in a year, or {@link YearFacts#NONE}.
   *
   * @param year the year
   * @return the facts of that year
   */
  public YearFacts factsFor(int year) {
    return facts.getOrDefault(year, YearFacts.NONE);
  }

  /**
   * Starts a builder for a unit.
   *
   * @param id the unit's id
   * @param name its Vietnamese name
   * @return a builder with kind {@code AGENCY}, level {@code PROVINCE}, no parent, 0 staff and no history
   */
  public static Builder builder(String id, String name) {
    return new Builder(UnitId.of(id), name);
  }

  /**
   * Returns a builder preset with this unit's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name).kind(kind).level(level).staffCount(staffCount).divisionLevel(divisionLevel);
    parent.ifPresent(b::parent);
    b.lifecycle.addAll(lifecycle);
    b.facts.putAll(facts);
    return b;
  }

  /** Builds a {@link Unit}; not thread-safe. */
  public static final class Builder {
    private UnitId id;
    private String name;
    private UnitKind kind = UnitKind.AGENCY;
    private UnitLevel level = UnitLevel.PROVINCE;
    private Optional<UnitId> parent = Optional.empty();
    private int staffCount;
    private boolean divisionLevel;
    private final List<StatusChange> lifecycle = new ArrayList<>();
    private final Map<Integer, YearFacts> facts = new TreeMap<>();

    private Builder(UnitId id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(UnitId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the Vietnamese name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(UnitKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the level.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(UnitLevel level) {
      this.level = level;
      return this;
    }

    /**
     * Sets the parent unit.
     *
     * @param parent the parent's id
     * @return this builder
     */
    public Builder parent(UnitId parent) {
      this.parent = Optional.of(parent);
      return this;
    }

    /**
     * Removes the parent.
     *
     * @return this builder
     */
    public Builder noParent() {
      this.parent = Optional.empty();
      return this;
    }

    /**
     * Sets the staff count.
     *
     * @param staffCount number of staff
     * @return this builder
     */
    public Builder staffCount(int staffCount) {
      this.staffCount = staffCount;
      return this;
    }

    /**
     * Marks the unit as division-level (cấp phòng) or not.
     *
     * @param divisionLevel the flag
     * @return this builder
     */
    public Builder divisionLevel(boolean divisionLevel) {
      this.divisionLevel = divisionLevel;
      return this;
    }

    /**
     * Adds a status change.
     *
     * @param status the new status
     * @param effectiveFrom the first day it holds
     * @return this builder
     */
    public Builder status(LifecycleStatus status, LocalDate effectiveFrom) {
      lifecycle.add(new StatusChange(status, effectiveFrom));
      return this;
    }

    /**
     * Sets the facts of a year.
     *
     * @param year the year
     * @param yearFacts the facts
     * @return this builder
     */
    public Builder facts(int year, YearFacts yearFacts) {
      facts.put(year, yearFacts);
      return this;
    }

    /**
     * Builds the unit.
     *
     * @return the immutable unit
     */
    public Unit build() {
      return new Unit(id, name, kind, level, parent, staffCount, divisionLevel, lifecycle, facts);
    }
  }
}
