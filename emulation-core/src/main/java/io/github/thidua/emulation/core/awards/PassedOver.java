package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit ranked within reach of an award that did not get it, and why.
 *
 * @param unit the unit
 * @param award the award's code
 * @param rank the unit's rank
 * @param code the stable code of the reason, e.g. {@code award.ineligible.pending}
 * @param reason the reason in Vietnamese and English
 * @param rule the rule behind it, with its citation
 */
public record PassedOver(UnitId unit, String award, BigDecimal rank, String code, LocalizedText reason,
    RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the unit
   * @param award the award's code
   * @param rank the unit's rank
   * @param code the stable code of the reason, e.g. {@code award.ineligible.pending}
   * @param reason the reason in Vietnamese and English
   * @param rule the rule behind it, with its citation
   */
  public PassedOver {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
  }
}
