package io.github.thidua.emulation.core.validation;

/** How serious a violation is. */
public enum Severity {
  /** The data breaks a rule: the result cannot be relied on until it is fixed. */
  ERROR,
  /** Worth a look, but not a breach. */
  WARNING,
  /** For information only. */
  INFO
}
