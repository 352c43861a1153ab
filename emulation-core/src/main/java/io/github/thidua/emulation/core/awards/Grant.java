package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An award in a plan: who gets what, and why.
 *
 * @param unit the unit
 * @param award the award's code
 * @param rank the unit's rank in the group
 * @param reason why it gets the award (its rank, the honouring vote)
 * @param rule the quota rule behind the grant
 */
public record Grant(UnitId unit, String award, BigDecimal rank, String reason, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the unit
   * @param award the award's code
   * @param rank the unit's rank in the group
   * @param reason why it gets the award (its rank, the honouring vote)
   * @param rule the quota rule behind the grant
   */
  public Grant {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
  }
}
