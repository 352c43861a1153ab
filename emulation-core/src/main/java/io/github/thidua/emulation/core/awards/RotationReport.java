package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * The rotation check of one group and award over several years (the seed's main complaint: awards handed out in
 * turn, luân phiên, regardless of scores).
 *
 * @param group the group
 * @param award the award's code
 * @param years the evidence, one finding per year, oldest first
 * @param rotationSuspected whether the winners cycle through the members while better-ranked units are skipped
 * @param report the findings as violations ({@code award.not-top-ranked}, {@code award.rotation.suspected})
 */
public record RotationReport(GroupId group, String award, List<RotationFinding> years, boolean rotationSuspected,
    ValidationReport report) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param award the award's code
   * @param years the evidence, one finding per year, oldest first
   * @param rotationSuspected whether the winners cycle through the members while better-ranked units are skipped
   * @param report the findings as violations ({@code award.not-top-ranked}, {@code award.rotation.suspected})
   */
  public RotationReport {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(award, "award");
    years = List.copyOf(years);
    Objects.requireNonNull(report, "report");
  }
}
