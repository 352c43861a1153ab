package io.github.thidua.emulation.core;

import io.github.thidua.emulation.core.awards.Apportionment;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.AwardType;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.internal.AwardEngine;
import io.github.thidua.emulation.core.internal.GroupRules;
import io.github.thidua.emulation.core.internal.RunContext;
import io.github.thidua.emulation.core.internal.OrganisationValidator;
import io.github.thidua.emulation.core.internal.RankingEngine;
import io.github.thidua.emulation.core.internal.ScoringEngine;
import io.github.thidua.emulation.core.internal.VotingEngine;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's entry point. Each method is a pure function of immutable inputs: a portal may call any of them
 * alone. The annual cycle is {@link #validate validate} → {@link #score score} → {@link #rank rank} →
 * {@link #tally tally} (the honouring vote) → {@link #allocate allocate}, with {@link #checkRotation
 * checkRotation} over past years and {@link #apportion apportion} for province-wide quotas. Problems in user data
 * come back in each result's report; only programmer errors (null arguments, an unknown group id) throw.
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
    return OrganisationValidator.validate(RunContext.reused(province, rules));
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
    return ScoringEngine.score(RunContext.reused(province, rules).group(group), scale, sheets);
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
    return ScoringEngine.score(RunContext.reused(province, rules).group(group), sheets);
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
    Objects.requireNonNull(scores, "scores");
    return RankingEngine.rank(RunContext.reused(province, rules).group(scores.group()), scores, inputs);
  }

  /**
   * Tallies an honouring vote (bình xét, suy tôn) of a group with the voting policy of the rule book (rule kind
   * {@code vote.honouring}; more than half of the members if none). Approval ballots are counted exactly: a
   * candidate passes iff its approvals ÷ base is greater than (or at least) the threshold, in exact arithmetic,
   * with the quorum met. Invalid, duplicate and surplus ballots, candidates that are not members, and ties are
   * reported in the result, never thrown. The {@code candidatesFromTop} condition cannot be checked without a
   * ranking (it is reported as {@code vote.ranking.missing}); see
   * {@link #tally(Province, VoteSession, RuleBook, List)}.
   *
   * @param province the organisation data
   * @param session the vote: purpose, members present, candidates and ballots
   * @param rules the rule book
   * @return the counts, each candidate's tally, the winners or the tie, the explanation trace and the report
   * @throws IllegalArgumentException if the province has no group with the session's id (a programmer error)
   */
  public static VoteResult tally(Province province, VoteSession session, RuleBook rules) {
    Objects.requireNonNull(session, "session");
    return VotingEngine.tally(RunContext.reused(province, rules).group(session.group()), session, Optional.empty());
  }

  /**
   * Tallies an honouring vote as {@link #tally(Province, VoteSession, RuleBook)} does, also checking that every
   * candidate is among the policy's {@code candidatesFromTop} first units of the group's ranking.
   *
   * @param province the organisation data
   * @param session the vote: purpose, members present, candidates and ballots
   * @param rules the rule book
   * @param rankedOrder the group's units in ranking order, best first
   * @return the counts, each candidate's tally, the winners or the tie, the explanation trace and the report
   * @throws IllegalArgumentException if the province has no group with the session's id (a programmer error)
   */
  public static VoteResult tally(Province province, VoteSession session, RuleBook rules, List<UnitId> rankedOrder) {
    Objects.requireNonNull(session, "session");
    return VotingEngine.tally(RunContext.reused(province, rules).group(session.group()), session,
        Optional.of(List.copyOf(rankedOrder)));
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

  /**
   * Apportions an award's province-wide total among groups by the rule kind {@code award.apportionment} in force on
   * a date (method {@code hamilton}, {@code dhondt} or {@code sainte-lague}, in exact arithmetic). A tie for the
   * last seats is never broken silently: it is decided by the lots order if that covers the tied groups, else the
   * result holds the certain seats and the open tie ({@code award.apportionment.lots-needed}). See
   * {@link Apportionment}.
   *
   * @param rules the rule book
   * @param date the day the rule must be in force
   * @param award the award's code, e.g. {@code PROV_FLAG}
   * @param weights each group's weight (e.g. its number of members), {@code ≥ 0}
   * @param lots an order of group ids drawn by lots outside the library, or empty
   * @return the seats per group, the seat order, any open tie, the trace and the report
   * @throws IllegalArgumentException if no valid rule apportions the award on that date, a weight is negative, or
   *     the lots order repeats an id or names a group without a weight
   */
  public static ApportionmentResult apportion(RuleBook rules, LocalDate date, String award,
      Map<GroupId, Integer> weights, List<GroupId> lots) {
    return Apportionment.apportion(rules, date, award, weights, lots);
  }

  /**
   * Turns a ranking into an award plan: for each award type of the rule book ({@code award.type}), in precedence
   * order, the best-ranked eligible units up to the quota ({@code award.quota}, or the group's seats of a
   * province-wide {@code award.apportionment}); one award per unit (one
   * achievement, one award); every unit passed over is listed with the rule that barred it. A tie at the quota's
   * edge leaves the places undecided until lots are drawn.
   *
   * @param province the organisation data (units' facts and statuses)
   * @param ranking the group's ranking
   * @param leader the group's leading unit as decided elsewhere (the honouring vote's winner, say); if empty, it is
   *     decided from the ranking alone by {@link #leadingUnit}
   * @param rules the rule book
   * @return the plan with its trace and fingerprint
   */
  public static AwardPlan allocate(Province province, Ranking ranking, Optional<UnitId> leader, RuleBook rules) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(leader, "leader");
    GroupRules group = RunContext.reused(province, rules).group(ranking.group());
    LeadingUnit leading = leader.isPresent()
        ? AwardEngine.givenLeader(group, ranking, leader.get())
        : AwardEngine.leadingUnit(group, ranking, Optional.empty());
    return AwardEngine.allocate(group, ranking, leading, List.of());
  }

  /**
   * Decides a group's leading unit (đơn vị dẫn đầu) by the rule kind {@code group.leading-unit}: the unit the
   * honouring vote acclaims ({@code by: vote}), or the best-ranked unit eligible for the awards reserved to the
   * leading unit ({@code by: ranking}); without a rule, the vote's winner if a vote was held, else by the ranking.
   * When the vote acclaims another unit than the top-ranked one, the result carries a warning naming both.
   *
   * @param province the organisation data
   * @param ranking the group's final ranking
   * @param vote the deciding round of the group's {@code LEADER} vote, if one was held
   * @param rules the rule book
   * @return the leading unit, with what decided it and what was found
   */
  public static LeadingUnit leadingUnit(Province province, Ranking ranking, Optional<VoteResult> vote,
      RuleBook rules) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(vote, "vote");
    return AwardEngine.leadingUnit(RunContext.reused(province, rules).group(ranking.group()), ranking, vote);
  }

  /**
   * Turns a ranking into an award plan, as {@link #allocate(Province, Ranking, Optional, RuleBook)} does, with the
   * group's leading unit as {@link #leadingUnit decided}: the awards reserved to the leading unit follow it, and
   * where it is not eligible itself the rule's fallback applies.
   *
   * @param province the organisation data (units' facts and statuses)
   * @param ranking the group's final ranking
   * @param leader the group's leading unit
   * @param rules the rule book
   * @return the plan with its trace and fingerprint
   */
  public static AwardPlan allocate(Province province, Ranking ranking, LeadingUnit leader, RuleBook rules) {
    return allocate(province, ranking, leader, List.of(), rules);
  }

  /**
   * Turns a ranking into an award plan as {@link #allocate(Province, Ranking, LeadingUnit, RuleBook)} does, with the
   * group's votes of the year: an award that needs the group's vote of a purpose ({@code award.eligibility.voted})
   * goes only to the units its deciding round elected.
   *
   * @param province the organisation data (units' facts and statuses)
   * @param ranking the group's final ranking
   * @param leader the group's leading unit
   * @param votes the group's tallied votes of the year, of any purpose and round
   * @param rules the rule book
   * @return the plan with its trace and fingerprint
   */
  public static AwardPlan allocate(Province province, Ranking ranking, LeadingUnit leader, List<VoteResult> votes,
      RuleBook rules) {
    Objects.requireNonNull(ranking, "ranking");
    return AwardEngine.allocate(RunContext.reused(province, rules).group(ranking.group()), ranking, leader, votes);
  }

  /**
   * Checks an award proposal that came from elsewhere: unknown award types, ineligible units, quotas exceeded and
   * one achievement proposed for several awards.
   *
   * @param province the organisation data
   * @param group the group
   * @param proposal the proposed awards
   * @param leader the group's honoured leader, if known
   * @param rules the rule book
   * @return every problem found
   */
  public static ValidationReport validateProposal(Province province, GroupId group, List<ProposedAward> proposal,
      Optional<UnitId> leader, RuleBook rules) {
    return AwardEngine.validateProposal(RunContext.reused(province, rules).group(group), proposal, leader);
  }

  /**
   * Checks a group's proposal as its year does: for each award, against the unit that counts as its leading unit
   * (the group's leading unit, or the rule's fallback when the leading unit is not eligible itself).
   *
   * @param province the organisation data
   * @param proposal the proposed awards
   * @param leader the group's leading unit
   * @param ranking the group's final ranking
   * @param votes the group's tallied votes of the year (for awards that need one), or empty
   * @param rules the rule book
   * @return every problem found
   */
  public static ValidationReport validateProposal(Province province, List<ProposedAward> proposal,
      LeadingUnit leader, Ranking ranking, List<VoteResult> votes, RuleBook rules) {
    Objects.requireNonNull(ranking, "ranking");
    return AwardEngine.validateProposal(RunContext.reused(province, rules).group(ranking.group()), proposal, leader,
        ranking, votes);
  }

  /**
   * The rotation check: over several years of a group, where the award did not go to the top-ranked units, and
   * whether winners cycle through the members in turn regardless of scores ({@code award.rotation.suspected}).
   *
   * @param province the organisation data
   * @param group the group
   * @param award the award's code
   * @param history the past years, in any order
   * @param rules the rule book ({@code award.rotation-check} parameters)
   * @return the report with the evidence
   */
  public static RotationReport checkRotation(Province province, GroupId group, String award,
      List<HistoryYear> history, RuleBook rules) {
    return AwardEngine.checkRotation(RunContext.reused(province, rules).group(group), award, history);
  }

  /**
   * Returns the award types in force for a group ({@code award.type}): code, names, title or form of
   * commendation, granting authority, allocation precedence and prerequisite titles, each with its rule.
   *
   * @param province the organisation data
   * @param group the group
   * @param rules the rule book
   * @return the award types, by precedence then code
   */
  public static List<AwardType> awardTypes(Province province, GroupId group, RuleBook rules) {
    return AwardEngine.awardTypes(RunContext.reused(province, rules).group(group));
  }
}
