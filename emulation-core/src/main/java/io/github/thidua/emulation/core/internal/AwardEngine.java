package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.awards.AllocationCodes;
import io.github.thidua.emulation.core.awards.AwardCodes;
import io.github.thidua.emulation.core.awards.AwardForm;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.AwardType;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.LeaderBasis;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationFinding;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;

/** Award types, eligibility, the leading unit, allocation, proposal checks and the rotation check. */
public final class AwardEngine {
  static final String TYPE = "award.type";
  private static final RuleReference DEFAULT_LEADER_RULE = new RuleReference(StagePolicies.LeadingUnit.KIND,
      Findings.MODEL_LAYER, io.github.thidua.emulation.core.rules.Citation.of(
          "Mặc định của thư viện emulation / library default: the honouring vote's winner if a vote was held, else"
              + " the best-ranked eligible unit", "docs/ranking-and-awards.md"));

  private final GroupRules rules;
  private final Province province;
  private final EmulationGroup group;
  private final Findings findings;
  private final Map<String, Apportioned> apportioned;
  private final Map<VotePurpose, Set<UnitId>> elected;

  /**
   * A group's seats of an award apportioned from a province-wide total.
   *
   * @param seats the group's certain seats
   * @param open whether the group is among those tied for the last seats, which wait for lots
   * @param rule the apportionment rule
   */
  public record Apportioned(int seats, boolean open, RuleReference rule) {}

  private AwardEngine(GroupRules rules) {
    this(rules, List.of());
  }

  /** An engine that knows the group's votes, for the awards that need one ({@code award.eligibility.voted}). */
  private AwardEngine(GroupRules rules, List<VoteResult> votes) {
    this.rules = rules;
    this.province = rules.province();
    this.group = rules.group();
    this.findings = rules.findings();
    this.apportioned = rules.run().seats(group.id());
    // only the purposes a rule in force asks for: a plan does not depend on votes no rule uses
    Set<VotePurpose> used = new HashSet<>();
    rules.eligibility().stream().filter(Eligibility.Voted.class::isInstance)
        .forEach(e -> used.add(((Eligibility.Voted) e).purpose()));
    Map<VotePurpose, Set<UnitId>> all = elected(group, votes);
    all.keySet().retainAll(used);
    this.elected = all;
  }

  /** Reads a rule of kind {@code award.type}; its prerequisites are added per group from the rules in force. */
  static AwardType readType(ResolvedRule rule) {
    RuleParameters p = rule.rule().params();
    String code = p.optionalText("code").orElseThrow();
    try {
      return new AwardType(code, new LocalizedText(p.optionalText("vi").orElse(code),
          p.optionalText("en").orElse(code)), "form".equals(p.optionalText("form").orElse("title"))
              ? AwardForm.COMMENDATION : AwardForm.TITLE, p.optionalText("authority").orElse(""),
          p.optionalInteger("precedence").orElse(100), List.of(), RuleReference.of(rule));
    } catch (IllegalArgumentException wrong) {
      throw new Catalogue.Invalid(Value.phrase("param-value", "code", code), Value.phrase("award-code"));
    }
  }

  /** The award types in force, by precedence then code. */
  List<AwardType> types() {
    return rules.awardTypes();
  }

  /** The units each deciding vote elected, by purpose: the last round of the group's year of each purpose. */
  private static Map<VotePurpose, Set<UnitId>> elected(EmulationGroup group, List<VoteResult> votes) {
    Map<VotePurpose, VoteResult> deciding = new java.util.EnumMap<>(VotePurpose.class);
    for (VoteResult v : votes) {
      if (v.year() == group.year() && v.group().equals(group.id())) {
        deciding.merge(v.purpose(), v, (a, b) -> b.round().orElse(0) > a.round().orElse(0) ? b : a);
      }
    }
    Map<VotePurpose, Set<UnitId>> out = new java.util.EnumMap<>(VotePurpose.class);
    deciding.forEach((purpose, v) -> out.put(purpose, Set.copyOf(v.winners())));
    return out;
  }

  /**
   * One reason a unit may not receive an award. Its message is formatted only when it is used: most bars only
   * decide whether a unit is eligible.
   */
  record Bar(String code, Subject subject, Eligibility.Breach breach, String award, RuleReference rule,
      boolean aboutLeadership) {
    LocalizedText reason() {
      return Messages.format(code, subject.name(), subject.id(), breach.observed(),
          breach.limit().equals(Value.NONE) ? award : breach.limit(), award, rule.citation().text());
    }
  }

  /** Every reason a unit may not receive an award this year; empty if it is eligible. */
  List<Bar> bars(UnitId unitId, String award, Optional<UnitId> leader) {
    List<Bar> bars = new ArrayList<>();
    Optional<Unit> found = province.unit(unitId);
    if (found.isEmpty()) {
      return bars;
    }
    Unit unit = found.get();
    Eligibility.Candidate candidate = new Eligibility.Candidate(unit, unit.factsFor(group.year()),
        unit.statusOn(province.referenceDate()), group, province.organiser(group.organiser()), leader,
        leader.flatMap(province::unit).map(Unit::name), elected);
    Subject subject = findings.unit(unitId);
    for (Eligibility rule : rules.eligibility(award)) {
      rule.check(candidate).ifPresent(breach -> bars.add(new Bar(breach.code(), subject, breach, award, rule.rule(),
          rule.isAboutLeadership())));
    }
    return bars;
  }

  /**
   * The quota of an award for this group: its seats apportioned from the province's total if a province-wide rule
   * apportions the award, else the first valid {@code award.quota} rule for it; empty if none is set.
   */
  private Optional<Map.Entry<Integer, RuleReference>> quota(String award, int eligible) {
    Apportioned seats = apportioned.get(award);
    if (seats != null) {
      return Optional.of(Map.entry(seats.seats(), seats.rule()));
    }
    int members = (int) group.distinctMembers().stream().filter(u -> province.unit(u).isPresent()).count();
    return rules.quotas().stream().filter(q -> q.award().equals(award)).findFirst()
        .map(q -> Map.entry(q.quota(members, eligible), q.rule()));
  }

  private boolean hasQuota(String award) {
    return apportioned.containsKey(award) || rules.quotas().stream().anyMatch(q -> q.award().equals(award));
  }

  /**
   * Returns the award types in force for a group, by precedence then code.
   *
   * @param rules the group's rules
   * @return the award types
   */
  public static List<AwardType> awardTypes(GroupRules rules) {
    return rules.awardTypes();
  }

  // ------------------------------------------------------------------ the leading unit

  /**
   * Decides a group's leading unit (rule kind {@code group.leading-unit}): by the honouring vote, the unit its
   * deciding round acclaimed; by the ranking, the best-ranked unit eligible for the awards reserved to the leading
   * unit. Without a rule: the vote's winner if a vote was held, else by the ranking. When the vote acclaims another
   * unit than the top-ranked one, a warning names both.
   *
   * @param rules the group's rules
   * @param ranking the final ranking
   * @param vote the deciding round of the {@code LEADER} vote, if one was held
   * @return the leading unit, with what decided it
   */
  public static LeadingUnit leadingUnit(GroupRules rules, Ranking ranking, Optional<VoteResult> vote) {
    return new AwardEngine(rules).leader(ranking, vote, Optional.empty());
  }

  /**
   * A leading unit decided outside the library (by a vote it did not tally), as if the honouring vote had
   * acclaimed it.
   *
   * @param rules the group's rules
   * @param ranking the final ranking
   * @param unit the leading unit
   * @return the leading unit
   */
  public static LeadingUnit givenLeader(GroupRules rules, Ranking ranking, UnitId unit) {
    return new AwardEngine(rules).leader(ranking, Optional.empty(), Optional.of(unit));
  }

  private LeadingUnit leader(Ranking ranking, Optional<VoteResult> vote, Optional<UnitId> given) {
    Optional<StagePolicies.LeadingUnit> policy = rules.leadingUnit();
    LeaderBasis by = given.isPresent() ? LeaderBasis.VOTE : policy.map(StagePolicies.LeadingUnit::by)
        .orElse(vote.isPresent() ? LeaderBasis.VOTE : LeaderBasis.RANKING);
    RuleReference rule = policy.map(StagePolicies.LeadingUnit::rule).orElse(DEFAULT_LEADER_RULE);
    List<TraceStep> trace = new ArrayList<>();
    Optional<UnitId> top = soleTop(ranking);
    Optional<UnitId> unit;
    if (given.isPresent()) {
      unit = given;
      trace.add(new TraceStep("leader", StepKind.INPUT, given.get().value(), "given by the caller", rule));
    } else if (by == LeaderBasis.VOTE) {
      unit = vote.flatMap(VoteResult::winner);
      trace.add(new TraceStep("leader", StepKind.METHOD, unit.map(UnitId::value).orElse(""), vote.isEmpty()
          ? "no honouring vote was held" : unit.isPresent() ? "acclaimed by the honouring vote"
              : "the honouring vote acclaimed no unit", rule));
      if (unit.isEmpty()) {
        findings.add(AllocationCodes.LEADER_NONE, Severity.WARNING, Findings.group(group), List.of(),
            vote.isEmpty() ? Value.phrase("no-vote") : vote.get().outcome().name(), Value.phrase("acclaimed-unit"),
            rule);
      }
    } else {
      unit = bestEligible(ranking);
      trace.add(new TraceStep("leader", StepKind.METHOD, unit.map(UnitId::value).orElse(""), unit.isPresent()
          ? "best-ranked eligible unit" : "no eligible unit is ranked alone at the top", rule));
      if (unit.isEmpty()) {
        findings.add(AllocationCodes.LEADER_NONE, Severity.WARNING, Findings.group(group), List.of(),
            ranking.unresolved().isEmpty() ? Value.phrase("no-eligible-unit") : Value.phrase("tie-at-top"),
            Value.phrase("best-eligible"), rule);
      }
    }
    if (unit.isPresent() && top.isPresent() && !top.equals(unit)) {
      RankEntry leaderEntry = ranking.entry(unit.get()).orElse(null);
      RankEntry topEntry = ranking.entry(top.get()).orElseThrow();
      findings.add(AllocationCodes.LEADER_NOT_TOP_RANKED, Severity.WARNING, Findings.group(group),
          List.of(findings.unit(unit.get()), findings.unit(top.get())),
          describe(unit.get(), leaderEntry, vote), describe(top.get(), topEntry, vote), rule);
    }
    LeaderBasis basis = unit.isPresent() ? by : LeaderBasis.NONE;
    return new LeadingUnit(group.id(), group.year(), unit, basis, top, new Trace(trace),
        new ValidationReport(findings.violations()), rule);
  }

  private Value describe(UnitId unit, RankEntry entry, Optional<VoteResult> vote) {
    String name = findings.unit(unit).name();
    Optional<Integer> votes = vote.flatMap(v -> v.tally(unit)).map(t -> t.approvals());
    if (entry == null) {
      return Value.phrase("unit-not-ranked", name);
    }
    return votes.isPresent() ? Value.phrase("unit-rank-votes", name, entry.rank(), votes.get())
        : Value.phrase("unit-rank", name, entry.rank());
  }

  /**
   * The best-ranked unit with no bar of its own for the awards reserved to the leading unit, unless it is tied with
   * another such unit (then the tie waits for lots).
   */
  private Optional<UnitId> bestEligible(Ranking ranking) {
    Set<String> reserved = new TreeSet<>();
    rules.eligibility().stream().filter(Eligibility::isAboutLeadership).forEach(e -> reserved.addAll(e.awards()));
    java.util.function.Predicate<UnitId> eligible = u -> reserved.stream().allMatch(a -> ownBars(u, a).isEmpty());
    for (RankEntry entry : ranking.entries()) {
      if (eligible.test(entry.unit())) {
        return entry.tiedWith().stream().anyMatch(eligible) ? Optional.empty() : Optional.of(entry.unit());
      }
    }
    return Optional.empty();
  }

  /** The bars of a unit's own standing for an award, leaving out those about the group's leadership. */
  private List<Bar> ownBars(UnitId unit, String award) {
    return bars(unit, award, Optional.of(unit)).stream().filter(b -> !b.aboutLeadership()).toList();
  }

  // ------------------------------------------------------------------ allocation

  /**
   * Turns a ranking and the group's leading unit into an award plan.
   *
   * @param rules the group's rules
   * @param ranking the group's final ranking
   * @param leader the group's leading unit
   * @param votes the group's votes of the year (for {@code award.eligibility.voted}), or empty
   * @return the plan; an award apportioned province-wide has the group's seats as its quota
   */
  public static AwardPlan allocate(GroupRules rules, Ranking ranking, LeadingUnit leader, List<VoteResult> votes) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(leader, "leader");
    return new AwardEngine(rules, List.copyOf(votes)).plan(ranking, leader);
  }

  /** The unit ranked first alone, if any. */
  static Optional<UnitId> soleTop(Ranking ranking) {
    List<RankEntry> first = ranking.entries().stream().filter(e -> e.rank().compareTo(BigDecimal.ONE) == 0)
        .toList();
    return first.size() == 1 ? Optional.of(first.get(0).unit()) : Optional.empty();
  }

  /**
   * Who counts as the leading unit for one award: the group's leading unit, unless a rule of kind
   * {@code award.eligibility.provincial-system} reserves the award to it and it is not eligible itself; then the
   * rule's fallback decides (nobody, a new vote, or the next eligible unit), with a finding that says so.
   */
  private Optional<UnitId> leaderFor(String award, Ranking ranking, LeadingUnit leading, List<TraceStep> trace,
      boolean report) {
    Optional<UnitId> leader = leading.unit();
    Optional<Eligibility.ProvincialSystem> system = rules.eligibility(award).stream()
        .filter(Eligibility.ProvincialSystem.class::isInstance).map(Eligibility.ProvincialSystem.class::cast)
        .findFirst();
    if (leader.isEmpty() || system.isEmpty()
        || !system.get().includes(group, province.organiser(group.organiser()))) {
      return leader;
    }
    List<Bar> own = ownBars(leader.get(), award);
    if (own.isEmpty()) {
      return leader;
    }
    RuleReference rule = system.get().rule();
    Subject subject = findings.unit(leader.get());
    String reasons = String.join(", ", own.stream().map(Bar::code).distinct().toList());
    Findings out = report ? findings : new Findings(province);
    out.add(AllocationCodes.LEADER_INELIGIBLE, Severity.WARNING, subject, List.of(Findings.group(group)),
        reasons, award, rule);
    switch (system.get().fallback()) {
      case NEXT_ELIGIBLE -> {
        Optional<UnitId> next = nextEligible(ranking, leader.get(), award);
        next.ifPresent(n -> out.add(AllocationCodes.LEADER_FALLBACK, Severity.WARNING, findings.unit(n),
            List.of(subject), findings.unit(n).name(), award, rule));
        trace.add(new TraceStep(award, StepKind.METHOD, next.map(UnitId::value).orElse(""), "the leading unit "
            + leader.get() + " is not eligible (" + reasons + "): " + (next.isPresent()
                ? "the next eligible unit by rank" : "no other eligible unit stands alone"), rule));
        return next.isPresent() ? next : leader;
      }
      case NEW_VOTE -> {
        out.add(AllocationCodes.LEADER_NEW_VOTE, Severity.WARNING, Findings.group(group), List.of(subject),
            subject.name(), award, rule);
        trace.add(new TraceStep(award, StepKind.RESULT, "undecided", "the leading unit " + leader.get()
            + " is not eligible (" + reasons + "): a new honouring vote without it is needed", rule));
        return leader;
      }
      default -> {
        trace.add(new TraceStep(award, StepKind.RESULT, "not granted", "the leading unit " + leader.get()
            + " is not eligible (" + reasons + ") and the rule has no fallback", rule));
        return leader;
      }
    }
  }

  /** The best-ranked unit after {@code leader}, eligible on its own for the award and not tied, if any. */
  private Optional<UnitId> nextEligible(Ranking ranking, UnitId leader, String award) {
    for (RankEntry entry : ranking.entries()) {
      if (entry.unit().equals(leader) || !ownBars(entry.unit(), award).isEmpty()) {
        continue;
      }
      boolean tied = entry.tiedWith().stream()
          .anyMatch(t -> !t.equals(leader) && ownBars(t, award).isEmpty());
      return tied ? Optional.empty() : Optional.of(entry.unit());
    }
    return Optional.empty();
  }

  private AwardPlan plan(Ranking ranking, LeadingUnit leading) {
    List<TraceStep> trace = new ArrayList<>();
    List<Grant> grants = new ArrayList<>();
    List<PassedOver> passed = new ArrayList<>();
    List<UndecidedAward> undecided = new ArrayList<>();
    Set<UnitId> awarded = new HashSet<>();
    for (AwardType type : types()) {
      if (!hasQuota(type.code())) {
        trace.add(new TraceStep(type.code(), StepKind.INPUT, "0", "no quota in the rule book: not allocated",
            type.rule()));
        continue;
      }
      Optional<UnitId> leader = leaderFor(type.code(), ranking, leading, trace, true);
      Apportioned seats = apportioned.get(type.code());
      if (seats != null && seats.open()) {
        trace.add(new TraceStep(type.code(), StepKind.INPUT, String.valueOf(seats.seats()), "the group is tied"
            + " for the province's last seats, which wait for lots: only its certain seats are allocated",
            seats.rule()));
      }
      List<RankEntry> eligible = new ArrayList<>();
      for (RankEntry entry : ranking.entries()) {
        List<Bar> bars = bars(entry.unit(), type.code(), leader);
        if (!bars.isEmpty()) {
          bars.forEach(b -> passed.add(new PassedOver(entry.unit(), type.code(), entry.rank(), b.code(), b.reason(),
              b.rule())));
        } else if (!awarded.contains(entry.unit())) {
          eligible.add(entry);
        }
      }
      Optional<Map.Entry<Integer, RuleReference>> quota = quota(type.code(), eligible.size());
      if (quota.isEmpty()) {
        continue;
      }
      int places = Math.min(quota.get().getKey(), eligible.size());
      trace.add(new TraceStep(type.code(), StepKind.INPUT, String.valueOf(quota.get().getKey()), "quota; "
          + eligible.size() + " eligible", quota.get().getValue()));
      if (!undecided.isEmpty()) {
        // a higher award still waits for lots among some units, so who is left for this one is not known yet
        undecided.add(new UndecidedAward(type.code(), places, List.of()));
        trace.add(new TraceStep(type.code(), StepKind.RESULT, "undecided", "waits for the lots of "
            + undecided.get(0).award(), quota.get().getValue()));
        continue;
      }
      int given = 0;
      int i = 0;
      while (i < eligible.size() && given < places) {
        RankEntry entry = eligible.get(i);
        // the unit and every eligible unit it is still tied with form one tier: all of it fits, or lots decide
        List<RankEntry> tier = eligible.stream().filter(e -> e.unit().equals(entry.unit())
            || entry.tiedWith().contains(e.unit())).toList();
        if (tier.size() > places - given) {
          undecided.add(new UndecidedAward(type.code(), places - given, tier.stream().map(RankEntry::unit).toList()));
          findings.add(AllocationCodes.TIE_AT_QUOTA, Severity.WARNING, Findings.group(group),
              tier.stream().map(e -> findings.unit(e.unit())).toList(), tier.size(), places - given,
              quota.get().getValue());
          trace.add(new TraceStep(type.code(), StepKind.RESULT, "undecided", tier.size() + " tied for "
              + (places - given) + " places: lots or a council decision needed", quota.get().getValue()));
          i += tier.size();
          break;
        }
        for (RankEntry member : tier) {
          grants.add(new Grant(member.unit(), type.code(), member.rank(), "rank " + member.rank().toPlainString()
              + (leading.unit().filter(member.unit()::equals).isPresent() ? ", leading unit" : ""),
              quota.get().getValue()));
          awarded.add(member.unit());
          trace.add(new TraceStep(type.code(), StepKind.RESULT, member.unit().value(), "granted at rank "
              + member.rank().toPlainString(), quota.get().getValue()));
        }
        given += tier.size();
        i += tier.size();
      }
      for (RankEntry entry : eligible.subList(Math.min(i, eligible.size()), eligible.size())) {
        if (undecided.stream().noneMatch(u -> u.award().equals(type.code()) && u.tied().contains(entry.unit()))) {
          Subject subject = findings.unit(entry.unit());
          passed.add(new PassedOver(entry.unit(), type.code(), entry.rank(), AllocationCodes.QUOTA_REACHED,
              Messages.format(AllocationCodes.QUOTA_REACHED, subject.name(), subject.id(),
                  entry.rank().toPlainString(), quota.get().getKey(), type.code(),
                  quota.get().getValue().citation().text()), quota.get().getValue()));
        }
      }
    }
    List<Object> inputs = List.of(ranking, rules.resolved(), leading.unit(), apportioned, elected);
    return new AwardPlan(group.id(), group.year(), grants, passed, undecided, new Trace(trace),
        new ValidationReport(findings.violations()),
        Canonical.fingerprint(rules.run().form(), inputs, grants, passed, undecided));
  }

  // ------------------------------------------------------------------ proposals

  /**
   * Checks a proposal that came from elsewhere against eligibility, quotas and one-achievement-one-award.
   *
   * @param rules the group's rules
   * @param proposal the proposed awards
   * @param leader the group's leading unit, if known
   * @return every problem found
   */
  public static ValidationReport validateProposal(GroupRules rules, List<ProposedAward> proposal,
      Optional<UnitId> leader) {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(leader, "leader");
    return new AwardEngine(rules).check(proposal, award -> leader);
  }

  /**
   * Checks a group's proposal inside its year: for each award, against the unit that counts as its leading unit
   * (the leading unit, or the rule's fallback when the leading unit is not eligible itself).
   *
   * @param rules the group's rules
   * @param proposal the proposed awards
   * @param leading the group's leading unit
   * @param ranking the group's final ranking
   * @param votes the group's votes of the year, or empty
   * @return every problem found
   */
  public static ValidationReport validateProposal(GroupRules rules, List<ProposedAward> proposal,
      LeadingUnit leading, Ranking ranking, List<VoteResult> votes) {
    Objects.requireNonNull(proposal, "proposal");
    AwardEngine engine = new AwardEngine(rules, List.copyOf(votes));
    Map<String, Optional<UnitId>> leaders = new TreeMap<>();
    return engine.check(proposal, award -> leaders.computeIfAbsent(award,
        a -> engine.leaderFor(a, ranking, leading, new ArrayList<>(), false)));
  }

  private ValidationReport check(List<ProposedAward> proposal,
      java.util.function.Function<String, Optional<UnitId>> leader) {
    Map<String, AwardType> types = new TreeMap<>();
    types().forEach(t -> types.put(t.code(), t));
    Map<String, List<ProposedAward>> byAward = new TreeMap<>();
    Map<String, List<ProposedAward>> byAchievement = new TreeMap<>();
    for (ProposedAward line : new LinkedHashSet<>(proposal)) {
      Subject subject = findings.unit(line.unit());
      if (!types.containsKey(line.award())) {
        findings.add(AllocationCodes.TYPE_UNKNOWN, Severity.ERROR, subject, List.of(), line.award(),
            String.join(", ", types.keySet()), new RuleReference(TYPE, Findings.MODEL_LAYER,
                io.github.thidua.emulation.core.rules.Citation.of("award types of the rule book")));
        continue;
      }
      if (!group.distinctMembers().contains(line.unit())) {
        findings.add(AllocationCodes.PROPOSAL_NOT_MEMBER, Severity.ERROR, subject, List.of(Findings.group(group)),
            line.award(), Value.phrase("member-of", group.name()), new RuleReference("award.proposal.members",
                Findings.MODEL_LAYER, io.github.thidua.emulation.core.rules.Citation.of(
                    "Luật Thi đua, khen thưởng số 06/2022/QH15",
                    "cụm, khối đề nghị khen thưởng cho các đơn vị thành viên của mình")));
      }
      for (Bar bar : bars(line.unit(), line.award(), leader.apply(line.award()))) {
        findings.violations().add(new Violation(bar.code(), Severity.ERROR, subject, List.of(),
            Value.of(line.award()), Value.phrase("eligible"), bar.rule(), bar.reason()));
      }
      byAward.computeIfAbsent(line.award(), k -> new ArrayList<>()).add(line);
      byAchievement.computeIfAbsent(line.unit() + "/" + line.achievement(), k -> new ArrayList<>()).add(line);
    }
    byAward.forEach((award, lines) -> {
      long eligible = group.distinctMembers().stream().filter(u -> bars(u, award, leader.apply(award)).isEmpty())
          .count();
      quota(award, (int) eligible).ifPresent(q -> {
        if (lines.size() > q.getKey()) {
          findings.add(AwardCodes.QUOTA_EXCEEDED, Severity.ERROR, Findings.group(group),
              lines.stream().map(l -> findings.unit(l.unit())).toList(), lines.size(), q.getKey(), q.getValue());
        }
      });
    });
    byAchievement.forEach((key, lines) -> {
      if (lines.size() > 1) {
        ProposedAward first = lines.get(0);
        findings.add(AllocationCodes.DUPLICATE_ACHIEVEMENT, Severity.ERROR, findings.unit(first.unit()), List.of(),
            String.join(" + ", lines.stream().map(ProposedAward::award).sorted().toList()), Value.phrase("one-award-for",
                first.achievement()), new RuleReference("award.one-achievement", Findings.MODEL_LAYER,
                io.github.thidua.emulation.core.rules.Citation.of("Luật Thi đua, khen thưởng số 06/2022/QH15",
                    "nguyên tắc: một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; không khen"
                        + " thưởng nhiều lần, nhiều hình thức cho một thành tích")));
      }
    });
    return new ValidationReport(findings.violations());
  }

  // ------------------------------------------------------------------ rotation

  /**
   * Checks several years of one group and award for awards that skipped the top-ranked unit and for winners
   * cycling through the members in turn.
   *
   * @param rules the group's rules, for the {@code award.rotation-check} parameters
   * @param award the award's code
   * @param history the past years, in any order
   * @return the report with its evidence
   */
  public static RotationReport checkRotation(GroupRules rules, String award, List<HistoryYear> history) {
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(history, "history");
    return new AwardEngine(rules).rotation(award, history);
  }

  private RotationReport rotation(String award, List<HistoryYear> history) {
    Optional<StagePolicies.Rotation> rule = rules.rotation();
    RuleReference ref = rule.map(StagePolicies.Rotation::rule).orElse(new RuleReference(
        StagePolicies.Rotation.KIND, Findings.MODEL_LAYER,
        io.github.thidua.emulation.core.rules.Citation.of(
            "Tờ trình của Sở Nội vụ tỉnh Hưng Yên: suy tôn đề nghị khen thưởng còn mang tính chất luân phiên",
            "library default: at least 3 years, half of them not to the top-ranked unit")));
    int minYears = rule.map(StagePolicies.Rotation::minYears).orElse(3);
    BigDecimal minShare = rule.map(StagePolicies.Rotation::minNotTopShare).orElse(new BigDecimal("0.5"));
    List<HistoryYear> years = history.stream().sorted(Comparator.comparingInt(HistoryYear::year)).toList();
    List<RotationFinding> found = new ArrayList<>();
    List<UnitId> winners = new ArrayList<>();
    int notTop = 0;
    for (HistoryYear year : years) {
      List<UnitId> eligible = year.eligibleRanking();
      if (eligible.isEmpty()) {
        continue;
      }
      int k = year.awardees().size();
      List<Integer> positions = year.awardees().stream().map(a -> eligible.indexOf(a) + 1).toList();
      boolean skipped = positions.stream().anyMatch(p -> p == 0 || p > k);
      found.add(new RotationFinding(year.year(), eligible.get(0), year.awardees(), positions, skipped));
      winners.addAll(year.awardees());
      if (skipped) {
        notTop++;
        findings.add(AllocationCodes.NOT_TOP_RANKED, Severity.WARNING, Findings.group(group),
            year.awardees().stream().map(findings::unit).toList(), Value.phrase("year-awardees", year.year(),
                names(year.awardees()), positions), Value.phrase("top-eligible", k, names(eligible)), ref);
      }
    }
    boolean cycling = found.size() >= minYears && new HashSet<>(winners).size() == winners.size()
        && BigDecimal.valueOf(notTop).compareTo(minShare.multiply(BigDecimal.valueOf(found.size()))) >= 0;
    if (cycling) {
      List<Value> evidence = found.stream().map(f -> Value.phrase("year-awardees", f.year(), names(f.awardees()),
          f.awardeeRanks())).toList();
      findings.add(AllocationCodes.ROTATION_SUSPECTED, Severity.WARNING, Findings.group(group),
          winners.stream().distinct().map(findings::unit).toList(), new Value.Items(evidence),
          Value.phrase("top-each-year"), ref);
    }
    return new RotationReport(group.id(), award, found, cycling, new ValidationReport(findings.violations()));
  }

  private List<String> names(List<UnitId> units) {
    return units.stream().map(u -> findings.unit(u).name()).toList();
  }
}
