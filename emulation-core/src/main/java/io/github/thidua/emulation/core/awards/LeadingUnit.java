package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's leading unit for the year (đơn vị dẫn đầu), decided by the rule kind {@code group.leading-unit}: the
 * unit the honouring vote acclaims, or the best-ranked eligible unit. The awards reserved to the leading unit
 * ({@code award.eligibility.leader-only}, {@code award.eligibility.provincial-system}) follow it.
 *
 * @param group the group
 * @param year the year
 * @param unit the leading unit, if one is decided
 * @param basis what decided it ({@link LeaderBasis#NONE} if nothing did yet)
 * @param topRanked the unit ranked first alone in the final ranking, if any
 * @param trace how it was decided
 * @param report what was found: no leading unit yet, or a leading unit other than the top-ranked one
 * @param rule the rule behind it
 */
public record LeadingUnit(GroupId group, int year, Optional<UnitId> unit, LeaderBasis basis,
    Optional<UnitId> topRanked, Trace trace, ValidationReport report, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param year the year
   * @param unit the leading unit, if one is decided
   * @param basis what decided it ({@link LeaderBasis#NONE} if nothing did yet)
   * @param topRanked the unit ranked first alone in the final ranking, if any
   * @param trace how it was decided
   * @param report what was found: no leading unit yet, or a leading unit other than the top-ranked one
   * @param rule the rule behind it
   */
  public LeadingUnit {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(topRanked, "topRanked");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rule, "rule");
    if (unit.isPresent() == (basis == LeaderBasis.NONE)) {
      throw new IllegalArgumentException("a leading unit has a basis, and only a leading unit has one");
    }
  }
}
