package io.github.thidua.emulation.core.audit;

import io.github.thidua.emulation.core.validation.RuleReference;
import java.util.Objects;

/**
 * One step of an explanation: what it worked on, what it did, the value it produced, how, and the rule behind it.
 *
 * @param subject what the step is about, e.g. a criterion code or {@code total}
 * @param kind what it did
 * @param value the value it produced, as exact text (a fraction such as {@code 10/3} where not a finite decimal)
 * @param detail how, as a short formula, e.g. {@code min(12, 10)}
 * @param rule the rule, criterion or policy behind the step, with its citation
 */
public record TraceStep(String subject, StepKind kind, String value, String detail, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param subject what the step is about, e.g. a criterion code or {@code total}
   * @param kind what it did
   * @param value the value it produced, as exact text (a fraction such as {@code 10/3} where not a finite decimal)
   * @param detail how, as a short formula, e.g. {@code min(12, 10)}
   * @param rule the rule, criterion or policy behind the step, with its citation
   */
  public TraceStep {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(rule, "rule");
  }
}
