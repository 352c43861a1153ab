package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * Evidence of the rotation check for one year: who was top-ranked, who got the award, and what is suspicious.
 *
 * @param year the year
 * @param topRanked the best-ranked eligible unit that year
 * @param awardees who got the award
 * @param awardeeRanks the awardees' positions among that year's eligible units (1-based; 0 if not among them)
 * @param notTopRanked whether the award skipped a better-ranked unit
 */
public record RotationFinding(int year, UnitId topRanked, List<UnitId> awardees, List<Integer> awardeeRanks,
    boolean notTopRanked) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param year the year
   * @param topRanked the best-ranked eligible unit that year
   * @param awardees who got the award
   * @param awardeeRanks the awardees' positions among that year's eligible units (1-based; 0 if not among them)
   * @param notTopRanked whether the award skipped a better-ranked unit
   */
  public RotationFinding {
    Objects.requireNonNull(topRanked, "topRanked");
    awardees = List.copyOf(awardees);
    awardeeRanks = List.copyOf(awardeeRanks);
  }
}
