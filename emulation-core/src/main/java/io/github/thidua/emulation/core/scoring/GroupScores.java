package io.github.thidua.emulation.core.scoring;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of a group's members for a year, and every problem found in the scale and the sheets. Units are in
 * id order; ranking is a later stage.
 *
 * @param group the group
 * @param year the year
 * @param scale the scale used, as {@code id@version}
 * @param units one score per member that has usable sheets, by unit id
 * @param report the problems found (sheet, scale and rater problems), never thrown
 */
public record GroupScores(GroupId group, int year, String scale, List<UnitScore> units, ValidationReport report) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param year the year
   * @param scale the scale used, as {@code id@version}
   * @param units one score per member that has usable sheets, by unit id
   * @param report the problems found (sheet, scale and rater problems), never thrown
   */
  public GroupScores {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(scale, "scale");
    units = units.stream().sorted(Comparator.comparing(UnitScore::unit)).toList();
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns one unit's score.
   *
   * @param unit the unit
   * @return its score, if it was scored
   */
  public Optional<UnitScore> unit(UnitId unit) {
    return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
  }
}
