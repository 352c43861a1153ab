package io.github.thidua.emulation.core.audit;

import java.util.List;

/**
 * An explanation trace: the steps that produced a result, in the order they happened, each naming the rule behind
 * it. Input → method → clamp → aggregation → rounding → sums → bonus and deductions → result.
 *
 * @param steps the steps
 */
public record Trace(List<TraceStep> steps) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param steps the steps
   */
  public Trace {
    steps = List.copyOf(steps);
  }

  /**
   * Returns the steps about one subject.
   *
   * @param subject e.g. a criterion code
   * @return those steps, in order
   */
  public List<TraceStep> about(String subject) {
    return steps.stream().filter(s -> s.subject().equals(subject)).toList();
  }
}
