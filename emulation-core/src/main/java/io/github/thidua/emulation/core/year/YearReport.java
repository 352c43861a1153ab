package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every finding of a run, each exactly once, with the stage that first found it: the province-wide stages first
 * (rules, inputs, organisation, apportionment), then each group's stages in order, group by group in id order, then
 * the council's review; within a stage, in the violations' own order.
 *
 * @param findings the findings
 */
public record YearReport(List<Finding> findings) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param findings the findings
   * @throws IllegalArgumentException if a violation appears twice
   */
  public YearReport {
    findings = List.copyOf(findings);
    Set<Violation> seen = new HashSet<>();
    for (Finding f : findings) {
      if (!seen.add(f.violation())) {
        throw new IllegalArgumentException("a finding appears twice: " + f.violation().code());
      }
    }
  }

  /**
   * Returns the violations, without their stages.
   *
   * @return the violations, in the report's order
   */
  public List<Violation> violations() {
    return findings.stream().map(Finding::violation).toList();
  }

  /**
   * Tells whether any finding is an error.
   *
   * @return whether the year's data has errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.violation().severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of one stage.
   *
   * @param stage the stage
   * @return its findings
   */
  public List<Finding> of(Stage stage) {
    return findings.stream().filter(f -> f.stage() == stage).toList();
  }

  /**
   * Returns the findings of one group's stages.
   *
   * @param group the group
   * @return its findings
   */
  public List<Finding> of(GroupId group) {
    return findings.stream().filter(f -> f.group().filter(group::equals).isPresent()).toList();
  }
}
