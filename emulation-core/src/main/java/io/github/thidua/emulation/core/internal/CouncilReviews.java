package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.awards.AllocationCodes;
import io.github.thidua.emulation.core.awards.CouncilCut;
import io.github.thidua.emulation.core.awards.CouncilItem;
import io.github.thidua.emulation.core.awards.CouncilMethod;
import io.github.thidua.emulation.core.awards.CouncilReview;
import io.github.thidua.emulation.core.awards.CouncilReviewRule;
import io.github.thidua.emulation.core.awards.CouncilVote;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.voting.ThresholdComparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provincial council's review (R20): the province's list of proposals for one award, cut to the province's
 * quota by the council's vote or by rank. Proposals that failed their group's proposal check are cut first; a tie
 * for the last places is decided by lots drawn outside, or left undecided and reported.
 */
public final class CouncilReviews {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private CouncilReviews() {}

  /** Reads a rule of kind {@code award.council-review}. */
  static CouncilReviewRule readRule(ResolvedRule rule) {
    RuleParameters p = rule.rule().params();
    BigDecimal threshold = p.get("threshold").map(BigDecimal.class::cast).orElse(HALF);
    if (threshold.compareTo(BigDecimal.ONE) > 0) {
      throw new Catalogue.Invalid(Value.phrase("param-value", "threshold", threshold), Value.phrase("share"));
    }
    return new CouncilReviewRule(p.optionalText("award").orElseThrow(), p.optionalInteger("total").orElseThrow(),
        CouncilMethod.fromWireName(p.optionalText("by").orElse("vote")), threshold,
        ThresholdComparison.fromWireName(p.optionalText("comparison").orElse("greater")),
        RuleReference.of(rule));
  }

  /**
   * Reviews the province's list for one award.
   *
   * @param run the run (names, the rule book's findings are not repeated here)
   * @param rule the council's rule for the award
   * @param proposed the province's list
   * @param refused for a proposal that failed its group's proposal check, the codes of its errors
   * @param vote the council's vote on the award, if it voted
   * @param lots an order of units drawn by lots outside, or empty
   * @return the review
   */
  public static CouncilReview review(RunContext run, CouncilReviewRule rule, List<CouncilItem> proposed,
      Map<CouncilItem, List<String>> refused, Optional<CouncilVote> vote, List<UnitId> lots) {
    Objects.requireNonNull(rule, "rule");
    Findings f = new Findings(run.province());
    RuleReference ref = rule.rule();
    Subject province = new Subject(SubjectType.PROVINCE, run.province().id(), run.province().name());
    List<TraceStep> trace = new ArrayList<>();
    List<CouncilItem> sortedProposals = proposed.stream().sorted(LIST_ORDER).toList();
    List<CouncilItem> list = sortedProposals.stream().map(i -> withApprovals(i, vote)).toList();
    trace.add(new TraceStep(rule.award(), StepKind.INPUT, String.valueOf(list.size()), "proposals from "
        + list.stream().map(CouncilItem::group).distinct().count() + " groups; the province's quota is "
        + rule.total(), ref));
    List<CouncilCut> cut = new ArrayList<>();
    List<CouncilItem> standing = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      CouncilItem item = list.get(k);
      List<String> errors = refused.getOrDefault(sortedProposals.get(k), List.of());
      if (!errors.isEmpty()) {
        cut.add(cut(f, item, Value.phrase("refused-by-check", errors), Value.phrase("eligible"), ref));
      } else {
        standing.add(item);
      }
    }
    if (rule.method() == CouncilMethod.VOTE) {
      if (vote.isEmpty()) {
        f.add(AllocationCodes.COUNCIL_VOTE_MISSING, Severity.WARNING, province, List.of(), rule.award(),
            Value.phrase("council-vote-on", rule.award()), ref);
        trace.add(new TraceStep(rule.award(), StepKind.RESULT, "undecided", "no council vote was given", ref));
        return new CouncilReview(rule.award(), rule.total(), rule.method(), list, List.of(), cut, standing,
            new Trace(trace), new ValidationReport(f.violations()), ref);
      }
      List<CouncilItem> passed = new ArrayList<>();
      for (CouncilItem item : standing) {
        int approvals = item.approvals().orElse(0);
        if (passes(rule, approvals, vote.get().members())) {
          passed.add(item);
        } else {
          cut.add(cut(f, item, Value.phrase("council-approvals", approvals, vote.get().members()),
              Value.phrase("threshold-of-members", rule.comparison().symbol(), rule.threshold()), ref));
        }
      }
      standing = passed;
    }
    Comparator<CouncilItem> order = rule.method() == CouncilMethod.VOTE
        ? Comparator.comparing((CouncilItem i) -> i.approvals().orElse(0)).reversed()
        : Comparator.comparing((CouncilItem i) -> i.rank().orElse(BigDecimal.valueOf(Integer.MAX_VALUE)))
            .thenComparing(i -> i.score().orElse(BigDecimal.ZERO), Comparator.reverseOrder());
    List<CouncilItem> sorted = standing.stream().sorted(order.thenComparing(LIST_ORDER)).toList();
    List<CouncilItem> approved = new ArrayList<>();
    List<CouncilItem> undecided = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      while (j < sorted.size() && order.compare(sorted.get(i), sorted.get(j)) == 0) {
        j++;
      }
      List<CouncilItem> tier = sorted.subList(i, j);
      int left = rule.total() - approved.size();
      if (left <= 0) {
        tier.forEach(item -> cut.add(cut(f, item, describe(item, rule.method()), Value.phrase("quota-filled",
            rule.total()), ref)));
      } else if (tier.size() <= left) {
        approved.addAll(tier);
      } else {
        List<UnitId> tied = tier.stream().map(CouncilItem::unit).toList();
        if (!lots.isEmpty() && lots.containsAll(tied)) {
          List<CouncilItem> drawn = tier.stream().sorted(Comparator.comparing(t -> lots.indexOf(t.unit()))).toList();
          approved.addAll(drawn.subList(0, left));
          drawn.subList(left, drawn.size()).forEach(item -> cut.add(cut(f, item, Value.phrase("lots"),
              Value.phrase("quota-filled", rule.total()), ref)));
          trace.add(new TraceStep(rule.award(), StepKind.METHOD, "separated", "lots (drawn outside): " + tied, ref));
        } else {
          undecided.addAll(tier);
          f.add(AllocationCodes.COUNCIL_TIE, Severity.WARNING, province,
              tier.stream().map(t -> f.unit(t.unit())).toList(), tier.size(), left, ref);
          trace.add(new TraceStep(rule.award(), StepKind.RESULT, "undecided", tier.size() + " proposals tie for "
              + left + " places: lots or a council decision needed", ref));
        }
        for (CouncilItem item : sorted.subList(j, sorted.size())) {
          cut.add(cut(f, item, describe(item, rule.method()), Value.phrase("quota-filled", rule.total()), ref));
        }
        break;
      }
      i = j;
    }
    trace.add(new TraceStep(rule.award(), StepKind.RESULT, String.valueOf(approved.size()), approved.size()
        + " approved, " + cut.size() + " cut, " + undecided.size() + " undecided", ref));
    cut.sort(Comparator.comparing(CouncilCut::item, LIST_ORDER));
    return new CouncilReview(rule.award(), rule.total(), rule.method(), list, approved, cut, undecided,
        new Trace(trace), new ValidationReport(f.violations()), ref);
  }

  private static final Comparator<CouncilItem> LIST_ORDER = Comparator.comparing(CouncilItem::group)
      .thenComparing(CouncilItem::unit);

  private static CouncilItem withApprovals(CouncilItem item, Optional<CouncilVote> vote) {
    return new CouncilItem(item.group(), item.unit(), item.award(), item.rank(), item.score(),
        vote.map(v -> v.approvals().getOrDefault(item.unit(), 0)));
  }

  private static boolean passes(CouncilReviewRule rule, int approvals, int members) {
    int c = BigDecimal.valueOf(approvals).compareTo(rule.threshold().multiply(BigDecimal.valueOf(members)));
    return rule.comparison() == ThresholdComparison.GREATER ? c > 0 : c >= 0;
  }

  private static Value describe(CouncilItem item, CouncilMethod method) {
    return method == CouncilMethod.VOTE ? Value.phrase("approvals", item.approvals().orElse(0))
        : Value.phrase("rank-score", item.rank().<Value>map(Value.Decimal::new).orElse(Value.phrase("not-ranked")),
            item.score().<Value>map(Value.Decimal::new).orElse(Value.phrase("none")));
  }

  private static CouncilCut cut(Findings f, CouncilItem item, Value observed, Value limit, RuleReference ref) {
    Subject unit = f.unit(item.unit());
    Subject group = f.province().group(item.group()).map(Findings::group)
        .orElse(new Subject(SubjectType.GROUP, item.group().value(), item.group().value()));
    f.add(AllocationCodes.COUNCIL_CUT, Severity.INFO, unit, List.of(group), observed, limit, ref);
    return new CouncilCut(item, f.violations().get(f.violations().size() - 1).message(), ref);
  }
}
