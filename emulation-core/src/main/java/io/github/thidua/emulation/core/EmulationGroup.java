package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An emulation group for one year: a cluster (cụm) or a bloc (khối) set up by an organiser.
 *
 * <p>Members, heads and deputies are kept exactly as given, repeats and unknown ids included, so that
 * validation can report every problem instead of losing data. A well-formed group has one head (trưởng), the
 * rule set's number of deputies (phó trưởng), and both among its members.
 *
 * @param id stable id
 * @param name Vietnamese name, NFC
 * @param kind cluster or bloc
 * @param organiser who set the group up
 * @param year the emulation year
 * @param members member units, in the order given
 * @param heads the head units (normally exactly one)
 * @param deputies the deputy head units
 * @param decision the establishing decision, if known
 * @param pledgeSignedOn the day the members signed the year's emulation pledge (ký giao ước thi đua), if signed;
 *     a scoring scale adopted after it must be a new version agreed by the group
 */
public record EmulationGroup(
    GroupId id,
    String name,
    GroupKind kind,
    OrganiserId organiser,
    int year,
    List<UnitId> members,
    List<UnitId> heads,
    List<UnitId> deputies,
    Optional<DecisionReference> decision,
    Optional<LocalDate> pledgeSignedOn) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id stable id
   * @param name Vietnamese name, NFC
   * @param kind cluster or bloc
   * @param organiser who set the group up
   * @param year the emulation year
   * @param members member units, in the order given
   * @param heads the head units (normally exactly one)
   * @param deputies the deputy head units
   * @param decision the establishing decision, if known
   * @param pledgeSignedOn the day the members signed the year's emulation pledge (ký giao ước thi đua), if signed;
   *     a scoring scale adopted after it must be a new version agreed by the group
   */
  public EmulationGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    name = Names.nfc(name.strip());
    checkArgument(!name.isEmpty(), "group %s has a blank name", id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(organiser, "organiser");
    checkArgument(year >= 1945 && year <= 9999, "group %s has an implausible year: %s", id, year);
    members = List.copyOf(members);
    heads = List.copyOf(heads);
    deputies = List.copyOf(deputies);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(pledgeSignedOn, "pledgeSignedOn");
  }

  /**
   * Returns the distinct members in the order first given.
   *
   * @return the set of members
   */
  public Set<UnitId> distinctMembers() {
    return new LinkedHashSet<>(members);
  }

  /**
   * Starts a builder.
   *
   * @param id the group's id
   * @param name its Vietnamese name
   * @param kind cluster or bloc
   * @param organiser who set it up
   * @param year the emulation year
   * @return a builder with no members
   */
  public static Builder builder(String id, String name, GroupKind kind, OrganiserId organiser, int year) {
    return new Builder(GroupId.of(id), name, kind, organiser, year);
  }

  /**
   * Returns a builder preset with this group's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, kind, organiser, year);
    b.members.addAll(members);
    b.heads.addAll(heads);
    b.deputies.addAll(deputies);
    b.decision = decision;
    b.pledgeSignedOn = pledgeSignedOn;
    return b;
  }

  /** Builds an {@link EmulationGroup}; not thread-safe. */
  public static final class Builder {
    private final GroupId id;
    private final String name;
    private final GroupKind kind;
    private final OrganiserId organiser;
    private final int year;
    private final List<UnitId> members = new ArrayList<>();
    private final List<UnitId> heads = new ArrayList<>();
    private final List<UnitId> deputies = new ArrayList<>();
    private Optional<DecisionReference> decision = Optional.empty();
    private Optional<LocalDate> pledgeSignedOn = Optional.empty();

    private Builder(GroupId id, String name, GroupKind kind, OrganiserId organiser, int year) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.organiser = organiser;
      this.year = year;
    }

    /**
     * Adds members.
     *
     * @param ids member unit ids
     * @return this builder
     */
    public Builder members(String... ids) {
      for (String unit : ids) {
        members.add(UnitId.of(unit));
      }
      return this;
    }

    /**
     * Adds members.
     *
     * @param ids member unit ids
     * @return this builder
     */
    public Builder members(List<UnitId> ids) {
      members.addAll(ids);
      return this;
    }

    /**
     * Removes all members, heads and deputies.
     *
     * @return this builder
     */
    public Builder clearMembers() {
      members.clear();
      heads.clear();
      deputies.clear();
      return this;
    }

    /**
     * Adds a head.
     *
     * @param unit the head's unit id
     * @return this builder
     */
    public Builder head(String unit) {
      heads.add(UnitId.of(unit));
      return this;
    }

    /**
     * Adds a deputy head.
     *
     * @param unit the deputy's unit id
     * @return this builder
     */
    public Builder deputy(String unit) {
      deputies.add(UnitId.of(unit));
      return this;
    }

    /**
     * Replaces the heads.
     *
     * @param ids head unit ids
     * @return this builder
     */
    public Builder heads(List<UnitId> ids) {
      heads.clear();
      heads.addAll(ids);
      return this;
    }

    /**
     * Replaces the deputies.
     *
     * @param ids deputy unit ids
     * @return this builder
     */
    public Builder deputies(List<UnitId> ids) {
      deputies.clear();
      deputies.addAll(ids);
      return this;
    }

    /**
     * Sets the establishing decision.
     *
     * @param ref the decision
     * @return this builder
     */
    public Builder decision(DecisionReference ref) {
      this.decision = Optional.of(ref);
      return this;
    }

    /**
     * Sets the day the members signed the year's pledge.
     *
     * @param date the day
     * @return this builder
     */
    public Builder pledgeSignedOn(LocalDate date) {
      this.pledgeSignedOn = Optional.of(date);
      return this;
    }

    /**
     * Builds the group.
     *
     * @return the immutable group
     */
    public EmulationGroup build() {
      return new EmulationGroup(id, name, kind, organiser, year, members, heads, deputies, decision, pledgeSignedOn);
    }
  }
}
