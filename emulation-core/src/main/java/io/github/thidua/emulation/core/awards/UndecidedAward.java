package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.UnitId;
import java.util.List;

/**
 * Places of an award that a tie at the quota's edge leaves open: lots or a council decision must choose.
 *
 * @param award the award's code
 * @param places how many places remain
 * @param tied the tied candidates, by id
 */
public record UndecidedAward(String award, int places, List<UnitId> tied) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code
   * @param places how many places remain
   * @param tied the tied candidates, by id
   */
  public UndecidedAward {
    tied = tied.stream().sorted().toList();
  }
}
