package io.github.thidua.emulation.core.rules;

/** Where a rule's authority comes from. */
public enum RuleScope {
  /** National law or decree (luật, nghị định): fixed unless the law delegates. */
  NATIONAL_LAW,
  /** Guidance of the Central Emulation-Commendation Board or a ministry circular: a default template. */
  CENTRAL_GUIDANCE,
  /** A provincial or agency regulation (quy định địa phương): configurable. */
  LOCAL,
  /** A requirement derived by this library from the above, with no direct source; documented as a design choice. */
  DERIVED
}
