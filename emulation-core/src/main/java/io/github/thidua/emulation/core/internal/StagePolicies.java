package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.awards.LeaderBasis;
import io.github.thidua.emulation.core.ranking.RankingConvention;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.List;

/** The typed values of the ranking, rotation and leading-unit rule kinds, each read once from its rule. */
final class StagePolicies {
  private StagePolicies() {}

  /**
   * {@code ranking.convention}: how equal totals are numbered.
   *
   * @param convention the convention
   * @param rule the rule it came from
   */
  record Convention(RankingConvention convention, RuleReference rule) {
    static final String KIND = "ranking.convention";

    static Convention read(ResolvedRule rule) {
      return new Convention(RankingConvention.fromWireName(
          rule.rule().params().optionalText("convention").orElse("standard")), RuleReference.of(rule));
    }
  }

  /**
   * {@code ranking.tie-break}: the ordered steps that separate equal totals.
   *
   * @param steps the steps
   * @param rule the rule it came from
   */
  record TieBreak(List<String> steps, RuleReference rule) {
    static final String KIND = "ranking.tie-break";

    static TieBreak read(ResolvedRule rule) {
      return new TieBreak(List.copyOf(rule.rule().params().textList("steps")), RuleReference.of(rule));
    }
  }

  /**
   * {@code award.rotation-check}: when winners cycling through the members is suspected.
   *
   * @param minYears the fewest years judged
   * @param minNotTopShare the least share of years the award skipped the top-ranked unit
   * @param rule the rule it came from
   */
  record Rotation(int minYears, BigDecimal minNotTopShare, RuleReference rule) {
    static final String KIND = "award.rotation-check";

    static Rotation read(ResolvedRule rule) {
      RuleParameters p = rule.rule().params();
      return new Rotation(p.optionalInteger("minYears").orElse(3),
          p.get("minNotTopShare").map(BigDecimal.class::cast).orElse(new BigDecimal("0.5")), RuleReference.of(rule));
    }
  }

  /**
   * {@code group.leading-unit}: how a group's leading unit is decided.
   *
   * @param by by the honouring vote or by the ranking
   * @param rule the rule it came from
   */
  record LeadingUnit(LeaderBasis by, RuleReference rule) {
    static final String KIND = "group.leading-unit";

    static LeadingUnit read(ResolvedRule rule) {
      return new LeadingUnit(LeaderBasis.fromWireName(rule.rule().params().optionalText("by").orElse("vote")),
          RuleReference.of(rule));
    }
  }
}
