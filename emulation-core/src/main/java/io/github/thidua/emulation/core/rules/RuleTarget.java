package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules are resolved for: a date, and optionally an organiser and a group whose own layers then apply.
 *
 * @param date the day the rules must be valid on
 * @param organiser the organiser whose layer applies, if any
 * @param group the group whose layer applies, if any
 */
public record RuleTarget(LocalDate date, Optional<OrganiserId> organiser, Optional<GroupId> group) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param date the day the rules must be valid on
   * @param organiser the organiser whose layer applies, if any
   * @param group the group whose layer applies, if any
   */
  public RuleTarget {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(group, "group");
  }

  /**
   * Returns the province-wide target on a date.
   *
   * @param date the date
   * @return the target
   */
  public static RuleTarget on(LocalDate date) {
    return new RuleTarget(date, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy that includes an organiser's layer.
   *
   * @param id the organiser
   * @return the target
   */
  public RuleTarget forOrganiser(OrganiserId id) {
    return new RuleTarget(date, Optional.of(id), group);
  }

  /**
   * Returns a copy that includes a group's layer.
   *
   * @param id the group
   * @return the target
   */
  public RuleTarget forGroup(GroupId id) {
    return new RuleTarget(date, organiser, Optional.of(id));
  }
}
