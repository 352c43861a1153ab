package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scale applies to: one group, or every group of one organiser, for one year; and the day it was adopted,
 * usually at the pledge meeting. A scale changed after the group signed its pledge must be a new version, and
 * scoring reports a scale adopted after the pledge.
 *
 * @param group the group it is for, if it is one group's scale
 * @param organiser the organiser whose groups it is for, if it is an organiser's scale
 * @param year the emulation year
 * @param adoptedOn the day this version was adopted
 */
public record ScaleBinding(Optional<GroupId> group, Optional<OrganiserId> organiser, int year,
    LocalDate adoptedOn) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group it is for, if it is one group's scale
   * @param organiser the organiser whose groups it is for, if it is an organiser's scale
   * @param year the emulation year
   * @param adoptedOn the day this version was adopted
   */
  public ScaleBinding {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(organiser, "organiser");
    checkArgument(group.isPresent() || organiser.isPresent(), "a scale is bound to a group or an organiser");
    checkArgument(year >= 1945 && year <= 9999, "implausible year: %s", year);
    Objects.requireNonNull(adoptedOn, "adoptedOn");
  }

  /**
   * Binds a scale to one group.
   *
   * @param group the group
   * @param year the year
   * @param adoptedOn the adoption day
   * @return the binding
   */
  public static ScaleBinding toGroup(GroupId group, int year, LocalDate adoptedOn) {
    return new ScaleBinding(Optional.of(group), Optional.empty(), year, adoptedOn);
  }

  /**
   * Binds a scale to every group of an organiser.
   *
   * @param organiser the organiser
   * @param year the year
   * @param adoptedOn the adoption day
   * @return the binding
   */
  public static ScaleBinding toOrganiser(OrganiserId organiser, int year, LocalDate adoptedOn) {
    return new ScaleBinding(Optional.empty(), Optional.of(organiser), year, adoptedOn);
  }
}
