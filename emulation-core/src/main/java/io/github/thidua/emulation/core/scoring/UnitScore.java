package io.github.thidua.emulation.core.scoring;

import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Trace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's final score: the breakdown per criterion and per criterion group, bonus, deductions, the total, how
 * the raters were combined, and the explanation trace. Totals compare exactly with {@code compareTo}.
 *
 * @param unit the unit
 * @param criteria every criterion node's points, depth first in scale order
 * @param groups the top-level criterion groups' points
 * @param bonus bonus points added, after caps
 * @param deductions points deducted, after caps
 * @param total the final total, rounded to the scale's places
 * @param policy the aggregation policy applied, described
 * @param sources the sheets used, as {@code ROLE:scorer}
 * @param trace the explanation
 */
public record UnitScore(UnitId unit, List<CriterionScore> criteria, List<CriterionScore> groups, BigDecimal bonus,
    BigDecimal deductions, BigDecimal total, String policy, List<String> sources, Trace trace) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the unit
   * @param criteria every criterion node's points, depth first in scale order
   * @param groups the top-level criterion groups' points
   * @param bonus bonus points added, after caps
   * @param deductions points deducted, after caps
   * @param total the final total, rounded to the scale's places
   * @param policy the aggregation policy applied, described
   * @param sources the sheets used, as {@code ROLE:scorer}
   * @param trace the explanation
   */
  public UnitScore {
    Objects.requireNonNull(unit, "unit");
    criteria = List.copyOf(criteria);
    groups = List.copyOf(groups);
    Objects.requireNonNull(bonus, "bonus");
    Objects.requireNonNull(deductions, "deductions");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(policy, "policy");
    sources = List.copyOf(sources);
    Objects.requireNonNull(trace, "trace");
  }

  /**
   * Returns one criterion's points.
   *
   * @param code the criterion's code
   * @return its score, if the scale has it
   */
  public Optional<CriterionScore> criterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
