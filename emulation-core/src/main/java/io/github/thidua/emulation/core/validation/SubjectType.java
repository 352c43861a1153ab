package io.github.thidua.emulation.core.validation;

/** What a violation is about. */
public enum SubjectType {
  /** The rule set itself. */
  RULE_SET,
  /** The province or registry as a whole. */
  PROVINCE,
  /** An organiser. */
  ORGANISER,
  /** An emulation group (cluster or bloc). */
  GROUP,
  /** A unit. */
  UNIT,
  /** A scoring scale. */
  SCALE,
  /** A score sheet, identified as {@code unit/ROLE/scorer}. */
  SCORE_SHEET
}
