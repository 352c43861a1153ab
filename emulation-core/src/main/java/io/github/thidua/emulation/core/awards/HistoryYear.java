package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.UnitId;
import java.util.List;

/**
 * One past year of a group, for the rotation check: the members in ranking order (best first), the units that
 * were not eligible for the award that year, and who received it.
 *
 * @param year the year
 * @param ranking the members in ranking order, best first
 * @param ineligible units that could not receive the award that year (they are skipped, not counted as passed over)
 * @param awardees who received the award that year
 */
public record HistoryYear(int year, List<UnitId> ranking, List<UnitId> ineligible, List<UnitId> awardees) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param year the year
   * @param ranking the members in ranking order, best first
   * @param ineligible units that could not receive the award that year (they are skipped, not counted as passed over)
   * @param awardees who received the award that year
   */
  public HistoryYear {
    ranking = List.copyOf(ranking);
    ineligible = List.copyOf(ineligible);
    awardees = List.copyOf(awardees);
  }

  /**
   * Returns a year in which every ranked unit was eligible.
   *
   * @param year the year
   * @param ranking the members in ranking order
   * @param awardees who received the award
   * @return the year
   */
  public static HistoryYear of(int year, List<UnitId> ranking, List<UnitId> awardees) {
    return new HistoryYear(year, ranking, List.of(), awardees);
  }

  /**
   * Returns the eligible members in ranking order.
   *
   * @return the ranking without the ineligible units
   */
  public List<UnitId> eligibleRanking() {
    return ranking.stream().filter(u -> !ineligible.contains(u)).toList();
  }
}
