package io.github.thidua.emulation.core.audit;

/** What a step of an explanation trace did. */
public enum StepKind {
  /** A value as entered on a sheet. */
  INPUT,
  /** A scoring method turned the input into points. */
  METHOD,
  /** Points were clamped to a range (a criterion's maximum, the floor). */
  CLAMP,
  /** Several raters' points were combined by the aggregation policy. */
  AGGREGATE,
  /** A value was rounded at the declared rounding point. */
  ROUND,
  /** Children's points were summed. */
  SUM,
  /** Bonus points were added. */
  BONUS,
  /** Points were deducted. */
  DEDUCTION,
  /** The final result. */
  RESULT
}
