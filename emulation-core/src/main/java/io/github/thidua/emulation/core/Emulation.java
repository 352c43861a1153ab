package io.github.thidua.emulation.core;

import io.github.thidua.emulation.core.internal.OrganisationValidator;
import io.github.thidua.emulation.core.internal.RankingEngine;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.internal.ScoringEngine;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;

/**
 * The library's entry point. Each method is a pure function of immutable inputs: a portal may call any of them
 * alone.
 *
 * <pre>{@code
 * RuleBook rules = RuleSets.defaultRules();             // Hưng Yên on top of national law
 * ValidationReport report = Emulation.validate(province, rules);
 * report.violations().forEach(v -> System.out.println(v.code() + " " + v.message().vi()));
 * }</pre>
 */
public final class Emulation {
  private Emulation() {}

  /**
   * Validates a province's organisation against a rule book: the rule data itself, the integrity of the data
   * (unique ids, references that resolve) and every organisation rule in force on the province's reference date,
   * resolved per organiser and group. Collects every violation; never stops at the first.
   *
   * @param province the organisation data
   * @param rules the rule book
   * @return the report; {@link ValidationReport#isValid()} is false if any error was found
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static ValidationReport validate(Province province, RuleBook rules) {
    return OrganisationValidator.validate(province, rules);
  }

  /**
   * Scores a group's members from their score sheets on a scale, with the aggregation policy of the rule book
   * (rule kind {@code scoring.aggregation}; override chain council &gt; head &gt; self if none). Arithmetic is exact
   * until the scale's declared rounding point. Every problem of the sheets and the scale is reported in the
   * result, never thrown: out-of-range values are clamped, missing criteria count 0, unusable sheets are left out.
   *
   * @param province the organisation data
   * @param group the group to score
   * @param scale the scale, bound to the group or its organiser and year
   * @param sheets the sheets, in any order
   * @param rules the rule book
   * @return a breakdown per member with its explanation trace, and the report
   * @throws IllegalArgumentException if the province has no such group (a programmer error)
   */
  public static GroupScores score(Province province, GroupId group, ScoringScale scale, List<ScoreSheet> sheets,
      RuleBook rules) {
    return ScoringEngine.score(province, group, scale, sheets, rules);
  }

  /**
   * Scores a group on the scale its rule book binds to it: a scale of the applied layers bound to the group, else
   * to its organiser, for the group's year. Without one, the result has no scores and reports
   * {@code score.scale.missing}.
   *
   * @param province the organisation data
   * @param group the group to score
   * @param sheets the sheets, in any order
   * @param rules the rule book
   * @return a breakdown per member with its explanation trace, and the report
   * @throws IllegalArgumentException if the province has no such group (a programmer error)
   */
  public static GroupScores score(Province province, GroupId group, List<ScoreSheet> sheets, RuleBook rules) {
    return ScoringEngine.score(province, group, sheets, rules);
  }

  /**
   * Ranks a group's scored members by total, with the convention ({@code ranking.convention}, standard 1224 by
   * default) and the tie-break chain ({@code ranking.tie-break}) of the rule book. Equal totals are compared
   * exactly; a tie the chain cannot break is never broken by input order or id: it stays a shared rank, is listed
   * in {@link Ranking#unresolved()} and reported, until lots drawn outside are given in the inputs.
   *
   * @param province the organisation data (for the rules' reference date)
   * @param scores the group's scores
   * @param rules the rule book
   * @param inputs the honouring vote's approvals and lots, or {@link RankingInputs#NONE}
   * @return the ranking with its trace and fingerprint
   * @throws IllegalArgumentException if the province has no such group (a programmer error)
   */
  public static Ranking rank(Province province, GroupScores scores, RuleBook rules, RankingInputs inputs) {
    return RankingEngine.rank(province, scores, rules, inputs);
  }

  /**
   * Checks a scoring scale on its own: a node whose children's maxima do not add up to its maximum, or groups that
   * do not add up to the base, are reported as warnings (published scales contain such slips); scoring goes on.
   *
   * @param scale the scale
   * @return the report
   */
  public static ValidationReport checkScale(ScoringScale scale) {
    return ScoringEngine.checkScale(scale);
  }

  /**
   * Checks rule data alone against the catalogue of rule kinds: unknown kinds, missing, unknown or ill-typed
   * parameters, removals of rules nothing defines, and (as warnings) scales whose maxima do not add up.
   *
   * @param rules the rule book
   * @return the report
   */
  public static ValidationReport checkRules(RuleBook rules) {
    return OrganisationValidator.checkRules(rules);
  }
}
