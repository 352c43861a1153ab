package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import java.util.List;
import java.util.Objects;

/**
 * The past results of one award in one group, year by year: the input of the rotation check
 * ({@code Emulation.checkRotation}), as kept in a history document.
 *
 * @param group the group
 * @param award the award's code, such as {@code PROV_FLAG}
 * @param years the past years, in any order
 */
public record AwardHistory(GroupId group, String award, List<HistoryYear> years) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param award the award's code, such as {@code PROV_FLAG}
   * @param years the past years, in any order; a year appears at most once
   */
  public AwardHistory {
    Objects.requireNonNull(group, "group");
    checkArgument(award != null && !award.isBlank(), "an award history names its award");
    years = List.copyOf(years);
    checkArgument(years.stream().map(HistoryYear::year).distinct().count() == years.size(),
        "a year appears at most once in the history of %s for %s", award, group);
  }
}
