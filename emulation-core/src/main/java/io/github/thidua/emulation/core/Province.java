package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The organisation of one province (or any registry of units) for one emulation year: its units, organisers and
 * emulation groups, with look-ups.
 *
 * <p>Lists are kept exactly as given, so repeated ids and dangling references survive to be reported by
 * validation. When two entries share an id, look-ups return the one whose text form sorts first, so that results
 * never depend on input order. Immutable and thread-safe.
 */
public final class Province {
  private final String id;
  private final String name;
  private final int year;
  private final LocalDate referenceDate;
  private final List<Unit> units;
  private final List<Organiser> organisers;
  private final List<EmulationGroup> groups;
  private final Map<UnitId, Unit> unitIndex;
  private final Map<OrganiserId, Organiser> organiserIndex;
  private final Map<GroupId, EmulationGroup> groupIndex;
  private final Map<UnitId, List<EmulationGroup>> groupsOfUnit;
  private final Map<OrganiserId, List<EmulationGroup>> groupsOfOrganiser;

  private Province(Builder b) {
    this.id = Ids.check("province", b.id);
    this.name = Names.nfc(Objects.requireNonNull(b.name, "name").strip());
    checkArgument(!name.isEmpty(), "province %s has a blank name", id);
    checkArgument(b.year >= 1945 && b.year <= 9999, "implausible year: %s", b.year);
    this.year = b.year;
    this.referenceDate = b.referenceDate != null ? b.referenceDate : LocalDate.of(b.year, 12, 31);
    this.units = List.copyOf(b.units);
    this.organisers = List.copyOf(b.organisers);
    this.groups = List.copyOf(b.groups);
    Map<UnitId, Unit> ui = index(units, Unit::id);
    Map<OrganiserId, Organiser> oi = index(organisers, Organiser::id);
    Map<GroupId, EmulationGroup> gi = index(groups, EmulationGroup::id);
    Map<UnitId, List<EmulationGroup>> gu = new HashMap<>();
    for (EmulationGroup g : groups) {
      for (UnitId member : g.distinctMembers()) {
        gu.computeIfAbsent(member, k -> new ArrayList<>()).add(g);
      }
    }
    gu.replaceAll((k, v) -> List.copyOf(v));
    Map<OrganiserId, List<EmulationGroup>> go = new HashMap<>();
    groups.forEach(g -> go.computeIfAbsent(g.organiser(), k -> new ArrayList<>()).add(g));
    go.replaceAll((k, v) -> List.copyOf(v));
    this.groupsOfOrganiser = Collections.unmodifiableMap(go);
    this.unitIndex = Collections.unmodifiableMap(ui);
    this.organiserIndex = Collections.unmodifiableMap(oi);
    this.groupIndex = Collections.unmodifiableMap(gi);
    this.groupsOfUnit = Collections.unmodifiableMap(gu);
  }

  /**
   * Indexes entries by id. When two entries share an id (a data error that validation reports), the one whose
   * text form sorts first is kept, so look-ups do not depend on the order of the input.
   */
  private static <K, V> Map<K, V> index(List<V> entries, Function<V, K> id) {
    Map<K, V> index = new HashMap<>();
    for (V entry : entries) {
      index.merge(id.apply(entry), entry, (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
    }
    return index;
  }

  /**
   * Returns the province's id, e.g. {@code hung-yen}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the province's Vietnamese name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the emulation year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the date on which rules are resolved and unit statuses read: by default 31 December of the year.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns every unit, in the order given.
   *
   * @return the units
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Returns every organiser, in the order given.
   *
   * @return the organisers
   */
  public List<Organiser> organisers() {
    return organisers;
  }

  /**
   * Returns every group, in the order given.
   *
   * @return the groups
   */
  public List<EmulationGroup> groups() {
    return groups;
  }

  /**
   * Looks a unit up.
   *
   * @param unitId the id
   * @return the unit with that id (see the class comment on shared ids)
   */
  public Optional<Unit> unit(UnitId unitId) {
    return Optional.ofNullable(unitIndex.get(unitId));
  }

  /**
   * Looks an organiser up.
   *
   * @param organiserId the id
   * @return the organiser with that id (see the class comment on shared ids)
   */
  public Optional<Organiser> organiser(OrganiserId organiserId) {
    return Optional.ofNullable(organiserIndex.get(organiserId));
  }

  /**
   * Looks a group up.
   *
   * @param groupId the id
   * @return the group with that id (see the class comment on shared ids)
   */
  public Optional<EmulationGroup> group(GroupId groupId) {
    return Optional.ofNullable(groupIndex.get(groupId));
  }

  /**
   * Returns the groups a unit is a member of, in the order the groups were given.
   *
   * @param unitId the unit's id
   * @return its groups
   */
  public List<EmulationGroup> groupsOf(UnitId unitId) {
    return groupsOfUnit.getOrDefault(unitId, List.of());
  }

  /**
   * Returns the groups an organiser set up, in the order given.
   *
   * @param organiserId the organiser's id
   * @return its groups
   */
  public List<EmulationGroup> groupsOrganisedBy(OrganiserId organiserId) {
    return groupsOfOrganiser.getOrDefault(organiserId, List.of());
  }

  /**
   * Returns a builder preset with this province's contents, to make a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = builder(id, name, year);
    b.referenceDate = referenceDate;
    b.units.addAll(units);
    b.organisers.addAll(organisers);
    b.groups.addAll(groups);
    return b;
  }

  /**
   * Starts a builder.
   *
   * @param id the province's id
   * @param name its Vietnamese name
   * @param year the emulation year
   * @return an empty builder
   */
  public static Builder builder(String id, String name, int year) {
    return new Builder(id, name, year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Province p
        && id.equals(p.id) && name.equals(p.name) && year == p.year && referenceDate.equals(p.referenceDate)
        && units.equals(p.units) && organisers.equals(p.organisers) && groups.equals(p.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, year, referenceDate, units, organisers, groups);
  }

  @Override
  public String toString() {
    return "Province[" + id + " " + year + ": " + units.size() + " units, " + organisers.size() + " organisers, "
        + groups.size() + " groups]";
  }

  /** Builds a {@link Province}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final int year;
    private LocalDate referenceDate;
    private final List<Unit> units = new ArrayList<>();
    private final List<Organiser> organisers = new ArrayList<>();
    private final List<EmulationGroup> groups = new ArrayList<>();

    private Builder(String id, String name, int year) {
      this.id = id;
      this.name = name;
      this.year = year;
    }

    /**
     * Sets the reference date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder referenceDate(LocalDate date) {
      this.referenceDate = Objects.requireNonNull(date);
      return this;
    }

    /**
     * Adds units.
     *
     * @param toAdd the units
     * @return this builder
     */
    public Builder units(Unit... toAdd) {
      return units(List.of(toAdd));
    }

    /**
     * Adds units.
     *
     * @param toAdd the units
     * @return this builder
     */
    public Builder units(List<Unit> toAdd) {
      units.addAll(toAdd);
      return this;
    }

    /**
     * Adds organisers.
     *
     * @param toAdd the organisers
     * @return this builder
     */
    public Builder organisers(Organiser... toAdd) {
      return organisers(List.of(toAdd));
    }

    /**
     * Adds organisers.
     *
     * @param toAdd the organisers
     * @return this builder
     */
    public Builder organisers(List<Organiser> toAdd) {
      organisers.addAll(toAdd);
      return this;
    }

    /**
     * Adds groups.
     *
     * @param toAdd the groups
     * @return this builder
     */
    public Builder groups(EmulationGroup... toAdd) {
      return groups(List.of(toAdd));
    }

    /**
     * Adds groups.
     *
     * @param toAdd the groups
     * @return this builder
     */
    public Builder groups(List<EmulationGroup> toAdd) {
      groups.addAll(toAdd);
      return this;
    }

    /**
     * Removes every unit, organiser and group.
     *
     * @return this builder
     */
    public Builder clear() {
      units.clear();
      organisers.clear();
      groups.clear();
      return this;
    }

    /**
     * Builds the province.
     *
     * @return the immutable province
     */
    public Province build() {
      return new Province(this);
    }
  }
}
