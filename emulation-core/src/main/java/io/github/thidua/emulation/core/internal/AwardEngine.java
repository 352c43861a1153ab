package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
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
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.QuotaRule;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationFinding;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.ViolationCodes;
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

/** Award types, eligibility, allocation, proposal checks and the rotation check; behind {@code Emulation}. */
public final class AwardEngine {
  private static final String TYPE = "award.type";
  private static final String QUOTA = "award.quota";
  private static final String ROTATION = "award.rotation-check";
  private static final Set<String> ELIGIBILITY = Set.of("award.eligibility.not-division-level",
      "award.eligibility.no-pending", "award.eligibility.requires-title", "award.eligibility.leader-only",
      "award.eligibility.active");

  private final Province province;
  private final EmulationGroup group;
  private final ResolvedRules rules;
  private final Findings findings;
  private final Set<Rule> invalid;
  private final Set<String> reportedRules = new HashSet<>();

  private AwardEngine(Province province, EmulationGroup group, RuleBook book) {
    this.province = province;
    this.group = group;
    this.findings = new Findings(province);
    this.invalid = RuleBookChecks.check(findings, book, Optional.of(province), Optional.of(province.referenceDate()));
    this.rules = book.resolve(
        RuleTarget.on(province.referenceDate()).forOrganiser(group.organiser()).forGroup(group.id()));
  }

  private static EmulationGroup group(Province province, GroupId id) {
    return province.group(id).orElseThrow(() -> new IllegalArgumentException("the province has no group " + id));
  }

  private List<ResolvedRule> valid(String kind) {
    return rules.ofKind(kind).stream().filter(r -> !invalid.contains(r.rule())).toList();
  }

  private static RuleReference ref(ResolvedRule rule) {
    return new RuleReference(rule.id(), rule.layer().value(), rule.citation());
  }

  /** The award types in force, by precedence then code. */
  List<AwardType> types() {
    List<AwardType> types = new ArrayList<>();
    for (ResolvedRule rule : valid(TYPE)) {
      RuleParameters p = rule.rule().params();
      String code = p.optionalText("code").orElseThrow();
      List<String> prerequisites = valid("award.eligibility.requires-title").stream()
          .map(r -> r.rule().params())
          .filter(q -> q.textList("awards").contains(code))
          .map(q -> q.optionalText("title").orElse("")).sorted().toList();
      types.add(new AwardType(code, new LocalizedText(p.optionalText("vi").orElse(code),
          p.optionalText("en").orElse(code)), "form".equals(p.optionalText("form").orElse("title"))
              ? AwardForm.COMMENDATION : AwardForm.TITLE, p.optionalText("authority").orElse(""),
          p.optionalInteger("precedence").orElse(100), prerequisites, ref(rule)));
    }
    types.sort(Comparator.comparingInt(AwardType::precedence).thenComparing(AwardType::code));
    return types;
  }

  /** One reason a unit may not receive an award. */
  record Bar(String code, LocalizedText reason, RuleReference rule) {}

  /** Every reason a unit may not receive an award this year; empty if it is eligible. */
  List<Bar> bars(UnitId unitId, String award, Optional<UnitId> leader) {
    List<Bar> bars = new ArrayList<>();
    Optional<Unit> found = province.unit(unitId);
    if (found.isEmpty()) {
      return bars;
    }
    Unit unit = found.get();
    YearFacts facts = unit.factsFor(group.year());
    Subject subject = findings.unit(unitId);
    for (String kind : new java.util.TreeSet<>(ELIGIBILITY)) {
      for (ResolvedRule rule : valid(kind)) {
        RuleParameters p = rule.rule().params();
        if (!p.textList("awards").contains(award)) {
          continue;
        }
        Optional<String> code = switch (kind) {
          case "award.eligibility.not-division-level" -> unit.divisionLevel()
              ? Optional.of(AwardCodes.INELIGIBLE_DIVISION_LEVEL) : Optional.empty();
          case "award.eligibility.no-pending" -> facts.disciplinePending() || facts.investigationPending()
              ? Optional.of(AllocationCodes.INELIGIBLE_PENDING) : Optional.empty();
          case "award.eligibility.requires-title" -> facts.titles().contains(p.optionalText("title").orElse(""))
              ? Optional.empty() : Optional.of(AllocationCodes.PREREQUISITE_MISSING);
          case "award.eligibility.leader-only" -> leader.filter(unitId::equals).isPresent()
              ? Optional.empty() : Optional.of(AllocationCodes.NOT_LEADER);
          default -> inactive(unit, p) ? Optional.of(AllocationCodes.INELIGIBLE_INACTIVE) : Optional.empty();
        };
        code.ifPresent(c -> {
          String limit = kind.equals("award.eligibility.requires-title") ? p.optionalText("title").orElse("")
              : kind.equals("award.eligibility.leader-only") ? leader.map(UnitId::value).orElse("the group leader")
              : "";
          String observed = switch (c) {
            case "award.ineligible.pending" -> facts.disciplinePending() ? "discipline pending"
                : "investigation pending";
            case "award.ineligible.inactive" -> unit.statusOn(province.referenceDate()).name();
            case "award.prerequisite.missing" -> String.join(", ", facts.titles());
            default -> unitId.value();
          };
          LocalizedText reason = Messages.format(c, subject.name(), subject.id(), observed, limit.isEmpty()
              ? award : limit, award, rule.citation().text());
          bars.add(new Bar(c, reason, ref(rule)));
        });
      }
    }
    return bars;
  }

  private boolean inactive(Unit unit, RuleParameters p) {
    Set<String> statuses = p.has("statuses") ? Set.copyOf(p.textList("statuses"))
        : Set.of(LifecycleStatus.MERGING.name(), LifecycleStatus.DISSOLVING.name(), LifecycleStatus.MERGED.name(),
            LifecycleStatus.DISSOLVED.name());
    return statuses.contains(unit.statusOn(province.referenceDate()).name());
  }

  /**
   * The quota of an award for this group from the first valid {@code award.quota} rule for it, or empty if none is
   * set; a rule that gives both or neither of a count and a percentage is reported and skipped.
   */
  private Optional<Map.Entry<Integer, RuleReference>> quota(String award, int eligible) {
    int members = (int) group.distinctMembers().stream().filter(u -> province.unit(u).isPresent()).count();
    for (ResolvedRule rule : valid(QUOTA)) {
      if (!award.equals(rule.rule().params().optionalText("award").orElse(""))) {
        continue;
      }
      try {
        QuotaRule quota = QuotaRule.fromRule(rule);
        return Optional.of(Map.entry(quota.quota(members, eligible), quota.rule()));
      } catch (IllegalArgumentException ambiguous) {
        if (reportedRules.add(rule.id())) {
          findings.add(ViolationCodes.RULESET_PARAM_INVALID, Severity.ERROR, new Subject(
              io.github.thidua.emulation.core.validation.SubjectType.RULE_SET, rule.layer() + "#" + rule.id(),
              rule.id()), List.of(), ambiguous.getMessage(), "exactly one of count and percent", ref(rule));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the award types in force for a group, by precedence then code.
   *
   * @param province the organisation data
   * @param groupId the group
   * @param book the rule book
   * @return the award types
   */
  public static List<AwardType> awardTypes(Province province, GroupId groupId, RuleBook book) {
    return new AwardEngine(province, group(province, groupId), book).types();
  }

  // ------------------------------------------------------------------ allocation

  /**
   * Turns a ranking and the honoured leader into an award plan.
   *
   * @param province the organisation data
   * @param ranking the group's ranking
   * @param leader the unit honoured as leading unit by the vote, if any; otherwise the sole first-ranked unit
   * @param book the rule book
   * @return the plan
   */
  public static AwardPlan allocate(Province province, Ranking ranking, Optional<UnitId> leader, RuleBook book) {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(book, "book");
    AwardEngine engine = new AwardEngine(province, group(province, ranking.group()), book);
    return engine.plan(ranking, leader.or(() -> soleTop(ranking)));
  }

  private static Optional<UnitId> soleTop(Ranking ranking) {
    List<RankEntry> first = ranking.entries().stream().filter(e -> e.rank().compareTo(BigDecimal.ONE) == 0)
        .toList();
    return first.size() == 1 ? Optional.of(first.get(0).unit()) : Optional.empty();
  }

  private AwardPlan plan(Ranking ranking, Optional<UnitId> leader) {
    List<TraceStep> trace = new ArrayList<>();
    List<Grant> grants = new ArrayList<>();
    List<PassedOver> passed = new ArrayList<>();
    List<UndecidedAward> undecided = new ArrayList<>();
    Set<UnitId> awarded = new HashSet<>();
    for (AwardType type : types()) {
      boolean hasQuota = valid(QUOTA).stream()
          .anyMatch(r -> type.code().equals(r.rule().params().optionalText("award").orElse("")));
      if (!hasQuota) {
        trace.add(new TraceStep(type.code(), StepKind.INPUT, "0", "no quota in the rule book: not allocated",
            type.rule()));
        continue;
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
              + (leader.filter(member.unit()::equals).isPresent() ? ", honoured leader" : ""),
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
    List<Object> inputs = List.of(ranking, rules, leader);
    return new AwardPlan(group.id(), group.year(), grants, passed, undecided, new Trace(trace),
        new ValidationReport(findings.violations()), Canonical.fingerprint(inputs, grants, passed, undecided));
  }

  // ------------------------------------------------------------------ proposals

  /**
   * Checks a proposal that came from elsewhere against eligibility, quotas and one-achievement-one-award.
   *
   * @param province the organisation data
   * @param groupId the group
   * @param proposal the proposed awards
   * @param leader the honoured leader, if known
   * @param book the rule book
   * @return every problem found
   */
  public static ValidationReport validateProposal(Province province, GroupId groupId, List<ProposedAward> proposal,
      Optional<UnitId> leader, RuleBook book) {
    Objects.requireNonNull(proposal, "proposal");
    AwardEngine engine = new AwardEngine(province, group(province, groupId), book);
    return engine.check(proposal, leader);
  }

  private ValidationReport check(List<ProposedAward> proposal, Optional<UnitId> leader) {
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
      for (Bar bar : bars(line.unit(), line.award(), leader)) {
        findings.violations().add(new Violation(bar.code(), Severity.ERROR, subject, List.of(), line.award(),
            "eligible", bar.rule(), bar.reason()));
      }
      byAward.computeIfAbsent(line.award(), k -> new ArrayList<>()).add(line);
      byAchievement.computeIfAbsent(line.unit() + "/" + line.achievement(), k -> new ArrayList<>()).add(line);
    }
    byAward.forEach((award, lines) -> {
      long eligible = group.distinctMembers().stream().filter(u -> bars(u, award, leader).isEmpty()).count();
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
            String.join(" + ", lines.stream().map(ProposedAward::award).sorted().toList()), "one award for "
                + first.achievement(), new RuleReference("award.one-achievement", Findings.MODEL_LAYER,
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
   * @param province the organisation data (names, the group, the rule book's reference date)
   * @param groupId the group
   * @param award the award's code
   * @param history the past years, in any order
   * @param book the rule book, for the {@code award.rotation-check} parameters
   * @return the report with its evidence
   */
  public static RotationReport checkRotation(Province province, GroupId groupId, String award,
      List<HistoryYear> history, RuleBook book) {
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(history, "history");
    AwardEngine engine = new AwardEngine(province, group(province, groupId), book);
    return engine.rotation(award, history);
  }

  private RotationReport rotation(String award, List<HistoryYear> history) {
    Optional<ResolvedRule> rule = valid(ROTATION).stream().findFirst();
    RuleReference ref = rule.map(AwardEngine::ref).orElse(new RuleReference(ROTATION, Findings.MODEL_LAYER,
        io.github.thidua.emulation.core.rules.Citation.of(
            "Tờ trình của Sở Nội vụ tỉnh Hưng Yên: suy tôn đề nghị khen thưởng còn mang tính chất luân phiên",
            "library default: at least 3 years, half of them not to the top-ranked unit")));
    int minYears = rule.flatMap(r -> r.rule().params().optionalInteger("minYears")).orElse(3);
    BigDecimal minShare = rule.flatMap(r -> r.rule().params().get("minNotTopShare")).map(BigDecimal.class::cast)
        .orElse(new BigDecimal("0.5"));
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
            year.awardees().stream().map(findings::unit).toList(), year.year() + ": " + ids(year.awardees())
                + " at " + positions, "the top " + k + " eligible of " + ids(eligible), ref);
      }
    }
    boolean cycling = found.size() >= minYears && new HashSet<>(winners).size() == winners.size()
        && BigDecimal.valueOf(notTop).compareTo(minShare.multiply(BigDecimal.valueOf(found.size()))) >= 0;
    if (cycling) {
      StringBuilder evidence = new StringBuilder();
      found.forEach(f -> evidence.append(f.year()).append(' ').append(ids(f.awardees())).append(" rank ")
          .append(f.awardeeRanks()).append("; "));
      findings.add(AllocationCodes.ROTATION_SUSPECTED, Severity.WARNING, Findings.group(group),
          winners.stream().distinct().map(findings::unit).toList(), evidence.toString().strip(),
          "the top-ranked eligible unit each year", ref);
    }
    return new RotationReport(group.id(), award, found, cycling, new ValidationReport(findings.violations()));
  }

  private static String ids(List<UnitId> units) {
    return units.stream().map(UnitId::value).toList().toString();
  }
}
