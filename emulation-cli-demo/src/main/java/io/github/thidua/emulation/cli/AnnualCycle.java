package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The annual cycle on a dataset, group by group: score → preliminary ranking → honouring vote (candidates from
 * that ranking) → final ranking (the vote feeds the {@code vote} tie-break step, lots feed the rest) → award plan
 * (the vote's winner as leading unit) → proposal check → rotation check over the past years of the history (this
 * year joins the history once it is closed).
 */
final class AnnualCycle {
  private AnnualCycle() {}

  /**
   * One group's year.
   *
   * @param group the group
   * @param scores the scores (with the scoring report)
   * @param ranking the final ranking
   * @param vote the honouring vote for the leading unit, if ballots were given
   * @param plan the award plan
   * @param proposal the check of the group's proposal, if one was given
   * @param rotations the rotation check per award with history
   */
  record GroupYear(EmulationGroup group, GroupScores scores, Ranking ranking, Optional<VoteResult> vote,
      AwardPlan plan, Optional<ValidationReport> proposal, List<RotationReport> rotations) {

    /** Every violation of this group's steps. */
    List<Violation> violations() {
      List<Violation> all = new ArrayList<>(scores.report().violations());
      all.addAll(ranking.report().violations());
      vote.ifPresent(v -> all.addAll(v.report().violations()));
      all.addAll(plan.report().violations());
      proposal.ifPresent(p -> all.addAll(p.violations()));
      rotations.forEach(r -> all.addAll(r.report().violations()));
      return all;
    }
  }

  /**
   * The whole cycle.
   *
   * @param data the dataset
   * @param validation the organisation and rule-book check
   * @param groups the groups' years, by group id
   */
  record Result(Dataset data, ValidationReport validation, List<GroupYear> groups) {

    /** Whether any step reported an error. */
    boolean hasErrors() {
      return Stream.concat(validation.violations().stream(), groups.stream().flatMap(g -> g.violations().stream()))
          .anyMatch(v -> v.severity() == Severity.ERROR);
    }
  }

  /**
   * The organisation check: the province against the rules, and the rule book itself (which
   * {@code Emulation.validate} checks first, so {@code Emulation.checkRules} would report its problems twice).
   *
   * @param data the dataset
   * @return the report
   */
  static ValidationReport validate(Dataset data) {
    return Emulation.validate(data.province(), data.rules());
  }

  /**
   * Runs the cycle for the chosen groups (all if none is chosen).
   *
   * @param data the dataset
   * @param only the groups to run, or empty for all
   * @param lots lots drawn outside, per group, fed to the ranking
   * @return the result
   */
  static Result run(Dataset data, Set<GroupId> only, Map<GroupId, List<UnitId>> lots) {
    List<GroupYear> years = new ArrayList<>();
    for (EmulationGroup g : groups(data, only)) {
      years.add(year(data, g, lots.getOrDefault(g.id(), List.of())));
    }
    return new Result(data, validate(data), years);
  }

  /** The chosen groups, by id; an unknown id is a usage error. */
  static List<EmulationGroup> groups(Dataset data, Set<GroupId> only) {
    for (GroupId id : only) {
      if (data.province().group(id).isEmpty()) {
        throw new UsageException("không có cụm, khối '" + id + "' trong dữ liệu",
            "no group '" + id + "' in the data");
      }
    }
    return data.province().groups().stream().filter(g -> only.isEmpty() || only.contains(g.id()))
        .sorted(Comparator.comparing(EmulationGroup::id)).distinct().toList();
  }

  static GroupScores score(Dataset data, EmulationGroup g) {
    List<ScoreSheet> sheets = data.sheets().stream().filter(s -> s.group().equals(g.id())).toList();
    return data.scale().map(s -> Emulation.score(data.province(), g.id(), s, sheets, data.rules()))
        .orElseGet(() -> Emulation.score(data.province(), g.id(), sheets, data.rules()));
  }

  private static GroupYear year(Dataset data, EmulationGroup g, List<UnitId> lots) {
    GroupScores scores = score(data, g);
    RankingInputs inputs = lots.isEmpty() ? RankingInputs.NONE : RankingInputs.NONE.withLots(lots);
    Ranking preliminary = Emulation.rank(data.province(), scores, data.rules(), inputs);
    Optional<VoteResult> vote = session(data, g).map(s -> Emulation.tally(data.province(), s, data.rules(),
        preliminary.order()));
    Ranking ranking = vote.isEmpty() ? preliminary
        : Emulation.rank(data.province(), scores, data.rules(), inputs.withVotes(vote.get().approvals()));
    AwardPlan plan = Emulation.allocate(data.province(), ranking, vote.flatMap(VoteResult::winner), data.rules());
    Optional<ValidationReport> proposal = proposal(data, g).map(p -> Emulation.validateProposal(data.province(), g.id(), p.awards(), p.leader(), data.rules()));
    List<RotationReport> rotations = new ArrayList<>();
    for (AwardHistory h : data.histories()) {
      if (h.group().equals(g.id())) {
        rotations.add(Emulation.checkRotation(data.province(), g.id(), h.award(), h.years(), data.rules()));
      }
    }
    return new GroupYear(g, scores, ranking, vote, plan, proposal, rotations);
  }

  /** The LEADER vote of the group's year: the last round given. */
  static Optional<VoteSession> session(Dataset data, EmulationGroup g) {
    return data.sessions().stream()
        .filter(s -> s.group().equals(g.id()) && s.year() == g.year() && s.purpose() == VotePurpose.LEADER)
        .max(Comparator.comparing(s -> s.round().orElse(0)));
  }

  /** The group's proposal for its year, if one was given. */
  static Optional<Proposal> proposal(Dataset data, EmulationGroup g) {
    return data.proposals().stream().filter(p -> p.group().equals(g.id()) && p.year() == g.year()).findFirst();
  }
}
