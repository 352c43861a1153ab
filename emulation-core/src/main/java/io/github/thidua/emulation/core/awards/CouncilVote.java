package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.UnitId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The provincial council's vote on the province's list of proposals for one award (R20): how many members the
 * council has, and how many approved each proposed unit.
 *
 * @param award the award's code
 * @param members the council's members, {@code ≥ 1}
 * @param approvals each proposed unit's approvals, {@code 0 ≤ approvals ≤ members}; a unit left out has none
 */
public record CouncilVote(String award, int members, Map<UnitId, Integer> approvals) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code
   * @param members the council's members, {@code ≥ 1}
   * @param approvals each proposed unit's approvals, {@code 0 ≤ approvals ≤ members}
   */
  public CouncilVote {
    Objects.requireNonNull(award, "award");
    checkArgument(members >= 1, "a council has at least one member: %s", members);
    approvals = new TreeMap<>(approvals);
    approvals.values().forEach(a -> checkArgument(a >= 0 && a <= members,
        "approvals must be between 0 and the %s members: %s", members, a));
    approvals = java.util.Collections.unmodifiableSortedMap((TreeMap<UnitId, Integer>) approvals);
  }
}
