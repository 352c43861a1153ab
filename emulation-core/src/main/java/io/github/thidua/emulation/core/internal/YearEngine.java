package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.CouncilItem;
import io.github.thidua.emulation.core.awards.CouncilReview;
import io.github.thidua.emulation.core.awards.CouncilReviewRule;
import io.github.thidua.emulation.core.awards.CouncilVote;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.Finding;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.Stage;
import io.github.thidua.emulation.core.year.YearCodes;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.core.year.YearReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The emulation year: every stage in order, in one {@link RunContext}; behind {@code EmulationYear}. Each stage is
 * the same engine call a portal makes when it calls the stage alone, so the results are equal.
 */
public final class YearEngine {
  static final RuleReference MODEL = new RuleReference("year.inputs", Findings.MODEL_LAYER,
      Citation.of("Mô hình dữ liệu của thư viện emulation / emulation data model", "docs/year.md"));
  private static final Comparator<VoteSession> SESSION_ORDER = Comparator.comparing(VoteSession::purpose)
      .thenComparing(VoteSession::year).thenComparing(s -> s.round().orElse(0))
      .thenComparing(s -> Canonical.fingerprint(s).hex());

  private final YearInputs in;
  private final RunContext run;
  private final Province province;
  private final Set<Violation> seen = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();
  /** Each group's proposal for its year, as its proposal stage read it, for the council's list. */
  private final Map<GroupId, Proposal> proposals = new HashMap<>();
  /** The history and the proposals given, by group, indexed once. */
  private final Map<GroupId, List<AwardHistory>> historyByGroup;
  private final Map<GroupId, List<Proposal>> proposalsByGroup;

  private YearEngine(YearInputs in) {
    this.in = in;
    this.run = RunContext.of(in.province(), in.rules(), in.apportionmentLots(), in.fingerprints());
    this.province = in.province();
    this.historyByGroup = byGroup(in.history(), AwardHistory::group);
    this.proposalsByGroup = byGroup(in.proposals(), Proposal::group);
    seen.addAll(run.ruleFindings());
  }

  /**
   * Runs the year of some groups of a province, or of all; the council's review needs every group.
   *
   * @param in the inputs
   * @param only the groups to run, or empty for all
   * @return the year
   * @throws IllegalArgumentException if {@code only} names a group the province does not have
   */
  public static ProvinceYear run(YearInputs in, Set<GroupId> only) {
    Objects.requireNonNull(in, "inputs");
    for (GroupId id : only) {
      if (in.province().group(id).isEmpty()) {
        throw new IllegalArgumentException("the province has no group " + id);
      }
    }
    return new YearEngine(in).run(only);
  }

  private ProvinceYear run(Set<GroupId> only) {
    List<Finding> head = new ArrayList<>();
    run.ruleFindings().stream().sorted().forEach(v -> head.add(new Finding(Stage.RULES, Optional.empty(), v)));
    findings.addAll(head);
    add(Stage.INPUTS, Optional.empty(), unknownGroups());
    add(Stage.INPUTS, Optional.empty(), unusedCouncilInputs());
    RunContext.Apportionments apportioned = run.apportionments();
    add(Stage.INPUTS, Optional.empty(), apportioned.findings());
    ValidationReport organisation = OrganisationValidator.validate(run);
    add(Stage.ORGANISATION, Optional.empty(), organisation.violations());
    apportioned.results().forEach(a -> add(Stage.APPORTIONMENT, Optional.empty(), a.report().violations()));
    List<ApportionmentResult> apportionments = apportioned.results();
    List<GroupYear> groups = new ArrayList<>();
    Map<GroupId, List<ScoreSheet>> sheets = byGroup(in.sheets(), ScoreSheet::group);
    Map<GroupId, List<VoteSession>> votes = byGroup(in.votes(), VoteSession::group);
    for (EmulationGroup group : groups(only)) {
      GroupYear year = group(group, sheets.getOrDefault(group.id(), List.of()),
          votes.getOrDefault(group.id(), List.of()));
      findings.addAll(year.report().findings());
      groups.add(year);
    }
    List<CouncilReview> council = only.isEmpty() ? council(groups) : List.of();
    council.forEach(c -> add(Stage.COUNCIL, Optional.empty(), c.report().violations()));
    return new ProvinceYear(province.year(), organisation, apportionments, groups, council,
        new YearReport(findings));
  }

  private void add(Stage stage, Optional<GroupId> group, List<Violation> violations) {
    findings.addAll(fresh(stage, group, violations));
  }

  /** The violations no earlier stage of the run found, as findings of this stage. */
  private List<Finding> fresh(Stage stage, Optional<GroupId> group, List<Violation> violations) {
    List<Finding> out = new ArrayList<>();
    for (Violation v : violations) {
      if (seen.add(v)) {
        out.add(new Finding(stage, group, v));
      }
    }
    return out;
  }

  private List<EmulationGroup> groups(Set<GroupId> only) {
    Map<GroupId, EmulationGroup> byId = new TreeMap<>();
    for (EmulationGroup g : province.groups()) {
      if (only.isEmpty() || only.contains(g.id())) {
        byId.putIfAbsent(g.id(), province.group(g.id()).orElseThrow());
      }
    }
    return List.copyOf(byId.values());
  }

  private static <T> Map<GroupId, List<T>> byGroup(List<T> items, java.util.function.Function<T, GroupId> key) {
    Map<GroupId, List<T>> map = new HashMap<>();
    items.forEach(i -> map.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
    return map;
  }

  // ------------------------------------------------------------------ inputs

  private List<Violation> unknownGroups() {
    Map<GroupId, Set<String>> unknown = new TreeMap<>();
    java.util.function.BiConsumer<GroupId, String> check = (g, what) -> {
      if (province.group(g).isEmpty()) {
        unknown.computeIfAbsent(g, k -> new TreeSet<>()).add(what);
      }
    };
    in.sheets().forEach(s -> check.accept(s.group(), "score-sheets"));
    in.votes().forEach(s -> check.accept(s.group(), "ballots"));
    in.proposals().forEach(p -> check.accept(p.group(), "proposals"));
    in.history().forEach(h -> check.accept(h.group(), "history"));
    in.rankingLots().keySet().forEach(g -> check.accept(g, "lots"));
    Findings f = new Findings(province);
    unknown.forEach((g, what) -> f.add(YearCodes.UNKNOWN_GROUP, Severity.ERROR,
        new Subject(SubjectType.GROUP, g.value(), g.value()), List.of(), String.join(", ", what),
        Value.phrase("group-of-province"), MODEL));
    return f.violations();
  }

  /** Council votes and lots for awards that no council review in force takes. */
  private List<Violation> unusedCouncilInputs() {
    Set<String> reviewed = new TreeSet<>();
    run.policies(run.provinceRules(), CouncilReviewRule.KIND, CouncilReviewRule.class)
        .forEach(r -> reviewed.add(r.award()));
    Set<String> given = new TreeSet<>(in.councilLots().keySet());
    in.councilVotes().forEach(v -> given.add(v.award()));
    given.removeAll(reviewed);
    Findings f = new Findings(province);
    for (String award : given) {
      f.add(YearCodes.COUNCIL_INPUT_UNUSED, Severity.WARNING, new Subject(SubjectType.PROVINCE, province.id(),
          province.name()), List.of(), award, Value.of(List.copyOf(reviewed)), MODEL);
    }
    return f.violations();
  }

  // ------------------------------------------------------------------ one group

  private GroupYear group(EmulationGroup group, List<ScoreSheet> sheets, List<VoteSession> sessions) {
    GroupRules rules = run.group(group.id());
    Map<Stage, List<Violation>> stages = new LinkedHashMap<>();
    GroupScores scores = in.scale().map(s -> ScoringEngine.score(rules, s, sheets))
        .orElseGet(() -> ScoringEngine.score(rules, sheets));
    stages.put(Stage.SCORING, scores.report().violations());
    List<UnitId> lots = in.rankingLots().getOrDefault(group.id(), List.of());
    RankingInputs inputs = lots.isEmpty() ? RankingInputs.NONE : RankingInputs.NONE.withLots(lots);
    Ranking preliminary = RankingEngine.rank(rules, scores, inputs);
    List<VoteResult> votes = new ArrayList<>();
    for (VoteSession session : sessions.stream().sorted(SESSION_ORDER).toList()) {
      // without scores there is no ranking to check the candidates against (reported as vote.ranking.missing)
      votes.add(VotingEngine.tally(rules, session, preliminary.entries().isEmpty() ? Optional.empty()
          : Optional.of(preliminary.order())));
    }
    List<Violation> voteFindings = new ArrayList<>();
    votes.forEach(v -> voteFindings.addAll(v.report().violations()));
    Optional<VoteResult> leaderVote = deciding(group, votes, VotePurpose.LEADER, voteFindings);
    stages.put(Stage.VOTE, voteFindings);
    Ranking ranking = leaderVote.isEmpty() ? preliminary
        : RankingEngine.rank(rules, scores, inputs.withVotes(leaderVote.get().approvals()));
    stages.put(Stage.FINAL_RANKING, ranking.report().violations());
    LeadingUnit leading = AwardEngine.leadingUnit(rules, ranking, leaderVote);
    stages.put(Stage.LEADING_UNIT, leading.report().violations());
    AwardPlan plan = AwardEngine.allocate(rules, ranking, leading, votes);
    stages.put(Stage.ALLOCATION, plan.report().violations());
    Optional<Proposal> proposal = proposal(group);
    proposal.ifPresent(p -> proposals.put(group.id(), p));
    Optional<ValidationReport> check = proposal.map(p -> leading.unit().isPresent()
        ? AwardEngine.validateProposal(rules, p.awards(), leading, ranking, votes)
        : AwardEngine.validateProposal(rules, p.awards(), p.leader()));
    stages.put(Stage.PROPOSAL, check.map(ValidationReport::violations).orElse(List.of()));
    List<RotationReport> rotations = new ArrayList<>();
    historyByGroup.getOrDefault(group.id(), List.of()).stream()
        .sorted(Comparator.comparing(AwardHistory::award).thenComparing(h -> h.years().size()))
        .forEach(h -> rotations.add(AwardEngine.checkRotation(rules, h.award(), h.years())));
    List<Violation> rotationFindings = new ArrayList<>();
    rotations.forEach(r -> rotationFindings.addAll(r.report().violations()));
    stages.put(Stage.ROTATION, rotationFindings);
    List<Finding> own = new ArrayList<>();
    stages.forEach((stage, violations) -> own.addAll(fresh(stage, Optional.of(group.id()), violations)));
    return new GroupYear(group, scores, preliminary, ranking, votes, leading, plan, check, rotations,
        new YearReport(own));
  }

  /** The deciding session of a purpose: the last round of the group's year; a repeated round decides nothing. */
  private Optional<VoteResult> deciding(EmulationGroup group, List<VoteResult> votes, VotePurpose purpose,
      List<Violation> out) {
    List<VoteResult> ofYear = votes.stream().filter(v -> v.purpose() == purpose && v.year() == group.year())
        .toList();
    Optional<Integer> last = ofYear.stream().map(v -> v.round().orElse(0)).max(Integer::compare);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    List<VoteResult> lastRound = ofYear.stream().filter(v -> v.round().orElse(0).equals(last.get())).toList();
    if (lastRound.size() > 1) {
      Findings f = new Findings(province);
      f.add(YearCodes.ROUND_REPEATED, Severity.ERROR, Findings.group(group), List.of(), lastRound.size(),
          last.get(), MODEL);
      out.addAll(f.violations());
      return Optional.empty();
    }
    return Optional.of(lastRound.get(0));
  }

  /** The group's proposal for its year: every proposal given for it, as one list. */
  private Optional<Proposal> proposal(EmulationGroup group) {
    List<Proposal> given = proposalsByGroup.getOrDefault(group.id(), List.of()).stream()
        .filter(p -> p.year() == group.year()).toList();
    if (given.isEmpty()) {
      return Optional.empty();
    }
    List<ProposedAward> lines = new ArrayList<>(new LinkedHashSet<>(given.stream()
        .flatMap(p -> p.awards().stream()).toList()));
    Optional<UnitId> leader = given.stream().map(Proposal::leader).flatMap(Optional::stream).sorted().findFirst();
    return Optional.of(new Proposal(group.id(), group.year(), leader, lines));
  }

  // ------------------------------------------------------------------ the council

  private List<CouncilReview> council(List<GroupYear> groups) {
    List<CouncilReview> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (CouncilReviewRule rule : run.policies(run.provinceRules(), CouncilReviewRule.KIND,
        CouncilReviewRule.class)) {
      if (!done.add(rule.award())) {
        continue;
      }
      List<CouncilItem> items = new ArrayList<>();
      Map<CouncilItem, List<String>> refused = new HashMap<>();
      for (GroupYear g : groups) {
        Optional<Proposal> proposal = Optional.ofNullable(proposals.get(g.group().id()));
        List<UnitId> units = proposal.map(p -> p.awards().stream().filter(a -> a.award().equals(rule.award()))
            .map(ProposedAward::unit).distinct().sorted().toList())
            .orElseGet(() -> g.plan().grants().stream().filter(x -> x.award().equals(rule.award()))
                .map(Grant::unit).sorted().toList());
        for (UnitId unit : units) {
          CouncilItem item = new CouncilItem(g.group().id(), unit, rule.award(),
              g.ranking().entry(unit).map(RankEntry::rank), g.scores().unit(unit).map(UnitScore::total),
              Optional.empty());
          items.add(item);
          Value award = Value.of(rule.award());
          g.proposal().ifPresent(report -> {
            List<String> errors = report.errors().stream()
                .filter(v -> v.subject().id().equals(unit.value()) && v.observed().equals(award))
                .map(Violation::code).distinct().sorted().toList();
            if (!errors.isEmpty()) {
              refused.put(item, errors);
            }
          });
        }
      }
      Optional<CouncilVote> vote = in.councilVotes().stream().filter(v -> v.award().equals(rule.award()))
          .findFirst();
      out.add(CouncilReviews.review(run, rule, items, refused, vote,
          in.councilLots().getOrDefault(rule.award(), List.of())));
    }
    return out;
  }
}
