package io.github.thidua.emulation.core.rules;

/** The layers a rule set stacks, from the most general to the most specific. */
public enum LayerLevel {
  /** National law and central guidance. */
  NATIONAL,
  /** A province's (or ministry's) regulation. */
  PROVINCE,
  /** One organiser's rules for the groups it sets up (a department, a commune, a college). */
  ORGANISER,
  /** One group's own rules, adopted at its pledge meeting. */
  GROUP
}
