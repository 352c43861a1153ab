package io.github.thidua.emulation.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's lifecycle status from a date on, until the next change.
 *
 * @param status the status
 * @param effectiveFrom the first day the status holds
 */
public record StatusChange(LifecycleStatus status, LocalDate effectiveFrom) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param status the status
   * @param effectiveFrom the first day the status holds
   */
  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }
}
