package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the province's list of proposals: a group proposes a unit for an award.
 *
 * @param group the proposing group
 * @param unit the proposed unit
 * @param award the award's code
 * @param rank the unit's rank in the group's final ranking, if it is ranked
 * @param score the unit's final score in its group, if it is scored
 * @param approvals the council's approvals, if the council voted
 */
public record CouncilItem(GroupId group, UnitId unit, String award, Optional<BigDecimal> rank,
    Optional<BigDecimal> score, Optional<Integer> approvals) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the proposing group
   * @param unit the proposed unit
   * @param award the award's code
   * @param rank the unit's rank in the group's final ranking, if it is ranked
   * @param score the unit's final score in its group, if it is scored
   * @param approvals the council's approvals, if the council voted
   */
  public CouncilItem {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(approvals, "approvals");
  }
}
