package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * One past year of a group, for the rotation check: the members in ranking order (best first) and who received
 * the award.
 *
 * @param year the year
 * @param ranking the members in ranking order, best first
 * @param awardees who received the award that year
 */
public record HistoryYear(int year, List<UnitId> ranking, List<UnitId> awardees) {

  public HistoryYear {
    ranking = List.copyOf(ranking);
    awardees = List.copyOf(awardees);
    Objects.requireNonNull(ranking, "ranking");
  }
}
