package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingCodes;
import io.github.thidua.emulation.core.ranking.RankingConvention;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.ranking.UnresolvedTie;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.scoring.CriterionScore;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Ranks a group's scored members; the engine behind {@code Emulation.rank}. */
public final class RankingEngine {
  private static final String CONVENTION = "ranking.convention";
  private static final String TIE_BREAK = "ranking.tie-break";
  private static final String UNRESOLVED = "unresolved";

  private final Findings findings;
  private final EmulationGroup group;
  private final List<String> steps;
  private final RuleReference chainRule;
  private final RankingInputs inputs;
  private final List<TraceStep> trace = new ArrayList<>();
  private final List<UnresolvedTie> unresolved = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  private RankingEngine(Findings findings, EmulationGroup group, List<String> steps, RuleReference chainRule,
      RankingInputs inputs) {
    this.findings = findings;
    this.group = group;
    this.steps = steps;
    this.chainRule = chainRule;
    this.inputs = inputs;
  }

  /** A unit placed, with what placed it. */
  private record Placed(UnitScore score, String decidedBy, List<UnitId> tiedWith) {}

  /**
   * Ranks the scored members of a group.
   *
   * @param rules the group's rules, for the convention and the tie-break chain
   * @param scores the group's scores
   * @param inputs the honouring vote's approvals and lots, if any
   * @return the ranking
   */
  public static Ranking rank(GroupRules rules, GroupScores scores, RankingInputs inputs) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(inputs, "inputs");
    EmulationGroup group = rules.group();
    Findings findings = rules.findings();
    Optional<StagePolicies.Convention> conventionRule = rules.convention();
    RankingConvention convention = conventionRule.map(StagePolicies.Convention::convention)
        .orElse(RankingConvention.STANDARD);
    Optional<StagePolicies.TieBreak> chainRule = rules.tieBreak();
    List<String> steps = chainRule.map(StagePolicies.TieBreak::steps).orElse(List.of());
    RuleReference chainRef = chainRule.map(StagePolicies.TieBreak::rule).orElse(new RuleReference(TIE_BREAK,
        Findings.MODEL_LAYER, Citation.of("Mặc định của thư viện emulation / library default: no tie-break",
            "docs/ranking-and-awards.md")));
    RankingEngine engine = new RankingEngine(findings, group, steps, chainRef, inputs);
    List<RankEntry> entries = engine.order(scores.units(), convention,
        conventionRule.map(StagePolicies.Convention::rule).orElse(chainRef));
    return new Ranking(group.id(), scores.year(), convention, steps, entries, engine.unresolved,
        new Trace(engine.trace), new ValidationReport(findings.violations()),
        Canonical.fingerprint(rules.run().form(), scores, rules.resolved(), inputs, entries, engine.unresolved));
  }

  private List<RankEntry> order(List<UnitScore> units, RankingConvention convention, RuleReference conventionRef) {
    TreeMap<BigDecimal, List<UnitScore>> byTotal = new TreeMap<>(Comparator.reverseOrder());
    for (UnitScore unit : units) {
      byTotal.computeIfAbsent(unit.total().stripTrailingZeros(), k -> new ArrayList<>()).add(unit);
    }
    List<Placed> placed = new ArrayList<>();
    for (List<UnitScore> block : byTotal.values()) {
      if (block.size() == 1) {
        placed.add(new Placed(block.get(0), "score", List.of()));
      } else {
        List<UnitScore> sorted = block.stream().sorted(Comparator.comparing(UnitScore::unit)).toList();
        add("total", StepKind.INPUT, block.get(0).total().toPlainString(), "tie at " + block.get(0).total()
            .toPlainString() + " among " + ids(sorted), chainRule);
        placed.addAll(breakTie(sorted, 0, placed.size() + 1, UNRESOLVED));
      }
    }
    return number(placed, convention, conventionRef);
  }

  /**
   * Orders a tied block with the steps from {@code index} on, then lots; what stays tied is reported.
   *
   * @param label what last set this block apart from the other units of its total ({@code unresolved} if nothing)
   */
  private List<Placed> breakTie(List<UnitScore> block, int index, int firstPosition, String label) {
    if (index == steps.size()) {
      return lotsOrUnresolved(block, firstPosition, label);
    }
    String step = steps.get(index);
    Optional<Function<UnitScore, BigDecimal>> key = key(step);
    if (key.isEmpty()) {
      return breakTie(block, index + 1, firstPosition, label);
    }
    TreeMap<BigDecimal, List<UnitScore>> byKey = new TreeMap<>(Comparator.reverseOrder());
    for (UnitScore unit : block) {
      byKey.computeIfAbsent(key.get().apply(unit).stripTrailingZeros(), k -> new ArrayList<>()).add(unit);
    }
    StringBuilder detail = new StringBuilder(step + ":");
    byKey.forEach((value, list) -> detail.append(' ').append(ids(list)).append('=').append(value.toPlainString()));
    add("tie " + ids(block), StepKind.METHOD, byKey.size() == 1 ? "still tied" : "separated", detail.toString(),
        chainRule);
    String next = byKey.size() > 1 ? step : label;
    List<Placed> out = new ArrayList<>();
    for (List<UnitScore> sub : byKey.values()) {
      List<Placed> part = sub.size() == 1
          ? List.of(new Placed(sub.get(0), step, List.of()))
          : breakTie(sub, index + 1, firstPosition + out.size(), next);
      out.addAll(part);
    }
    return out;
  }

  private List<Placed> lotsOrUnresolved(List<UnitScore> block, int firstPosition, String label) {
    List<UnitId> tied = block.stream().map(UnitScore::unit).toList();
    if (!inputs.lots().isEmpty() && inputs.lots().containsAll(tied)) {
      List<UnitScore> drawn = block.stream().sorted(Comparator.comparing(u -> inputs.lots().indexOf(u.unit())))
          .toList();
      add("tie " + ids(block), StepKind.METHOD, "separated", "lots (drawn outside): " + ids(drawn), chainRule);
      return drawn.stream().map(u -> new Placed(u, "lots", List.of())).toList();
    }
    if (!inputs.lots().isEmpty() && inputs.lots().stream().anyMatch(tied::contains)) {
      findings.add(RankingCodes.LOTS_INCOMPLETE, Severity.ERROR, Findings.group(group),
          tied.stream().map(findings::unit).toList(), names(inputs.lots().stream().filter(tied::contains).toList()),
          names(tied), chainRule);
    }
    BigDecimal total = block.get(0).total();
    unresolved.add(new UnresolvedTie(tied, total, firstPosition));
    findings.add(RankingCodes.TIE_UNRESOLVED, Severity.WARNING, Findings.group(group),
        tied.stream().map(findings::unit).toList(), total,
        steps.isEmpty() ? Value.phrase("no-tie-break") : String.join(" → ", steps), chainRule);
    add("tie " + ids(block), StepKind.RESULT, "unresolved", "chain exhausted: lots or a council decision needed",
        chainRule);
    return block.stream().map(u -> new Placed(u, label,
        tied.stream().filter(t -> !t.equals(u.unit())).toList())).toList();
  }

  /** The key of a step, higher is better; empty (and reported once) if the step cannot be applied. */
  private Optional<Function<UnitScore, BigDecimal>> key(String step) {
    if (step.startsWith("group-subtotal:")) {
      String code = step.substring("group-subtotal:".length());
      return Optional.of(u -> u.groups().stream().filter(g -> g.code().equals(code)).map(CriterionScore::points)
          .findFirst().orElseGet(() -> u.criterion(code).map(CriterionScore::points).orElse(BigDecimal.ZERO)));
    }
    switch (step) {
      case "fewer-deductions":
        return Optional.of(u -> u.deductions().negate());
      case "more-bonus":
        return Optional.of(UnitScore::bonus);
      case "vote":
        if (inputs.votes().isEmpty()) {
          once(RankingCodes.VOTE_MISSING, Severity.WARNING, step, Value.phrase("vote-approvals"));
          return Optional.empty();
        }
        return Optional.of(u -> BigDecimal.valueOf(inputs.votes().getOrDefault(u.unit(), 0)));
      default:
        once(RankingCodes.STEP_UNKNOWN, Severity.ERROR, step, Value.phrase("tie-break-steps"));
        return Optional.empty();
    }
  }

  private void once(String code, Severity severity, String observed, Value limit) {
    if (reported.add(code + observed)) {
      findings.add(code, severity, Findings.group(group), List.of(), observed, limit, chainRule);
    }
  }

  /** Numbers the ordered units: distinct ranks where decided, a shared rank per unresolved tie. */
  private List<RankEntry> number(List<Placed> placed, RankingConvention convention, RuleReference conventionRef) {
    List<RankEntry> entries = new ArrayList<>();
    int dense = 0;
    int i = 0;
    while (i < placed.size()) {
      int j = i + 1;
      if (!placed.get(i).tiedWith().isEmpty()) {
        while (j < placed.size() && placed.get(j).tiedWith().contains(placed.get(i).score().unit())) {
          j++;
        }
      }
      dense++;
      int first = i + 1;
      int last = j;
      BigDecimal rank = switch (convention) {
        case MODIFIED -> BigDecimal.valueOf(last);
        case DENSE -> BigDecimal.valueOf(dense);
        case FRACTIONAL -> BigDecimal.valueOf(first + last).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
        default -> BigDecimal.valueOf(first);
      };
      for (int k = i; k < j; k++) {
        Placed p = placed.get(k);
        entries.add(new RankEntry(k + 1, rank, p.score().unit(), p.score().total(), p.decidedBy(), p.tiedWith()));
      }
      i = j;
    }
    add("ranking", StepKind.RESULT, String.valueOf(entries.size()), convention.wireName() + " ranking of "
        + entries.size() + " units", conventionRef);
    return entries;
  }

  private void add(String subject, StepKind kind, String value, String detail, RuleReference rule) {
    trace.add(new TraceStep(subject, kind, value, detail, rule));
  }

  private List<String> names(List<UnitId> units) {
    return units.stream().map(u -> findings.unit(u).name()).toList();
  }

  private static String ids(List<?> units) {
    return units.stream().map(u -> u instanceof UnitScore s ? s.unit().value() : u.toString()).toList().toString();
  }
}
