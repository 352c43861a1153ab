package io.github.thidua.emulation.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every violation found, in a stable order (by subject, then code): the same input in any order gives an equal
 * report. Validation never stops at the first problem.
 *
 * @param violations the violations, sorted
 */
public record ValidationReport(List<Violation> violations) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param violations the violations, sorted
   */
  public ValidationReport {
    violations = violations.stream().sorted().toList();
  }

  /**
   * Returns {@code true} if no violation is an {@link Severity#ERROR}.
   *
   * @return whether the data is valid
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Returns the errors.
   *
   * @return violations of severity {@link Severity#ERROR}
   */
  public List<Violation> errors() {
    return ofSeverity(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return violations of severity {@link Severity#WARNING}
   */
  public List<Violation> warnings() {
    return ofSeverity(Severity.WARNING);
  }

  private List<Violation> ofSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /**
   * Returns the distinct codes reported, sorted.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return violations.stream().map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns the violations with a code.
   *
   * @param code the code
   * @return those violations, in report order
   */
  public List<Violation> withCode(String code) {
    return violations.stream().filter(v -> v.code().equals(code)).toList();
  }

  /**
   * Returns the violations grouped by subject, subjects in report order.
   *
   * @return subject to its violations
   */
  public Map<Subject, List<Violation>> bySubject() {
    return violations.stream().collect(Collectors.groupingBy(Violation::subject, LinkedHashMap::new,
        Collectors.toList()));
  }
}
