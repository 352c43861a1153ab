package io.github.thidua.emulation.core.awards;

import static io.github.thidua.emulation.core.awards.AwardTexts.exact;
import static io.github.thidua.emulation.core.awards.AwardTexts.text;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.internal.Rational;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One apportionment run in exact rationals. Groups are always visited in id order, so the result does not depend
 * on the order of the caller's map; a tie at the cut is never broken by id: it is broken by the caller's lots, or
 * left open.
 */
final class ApportionmentEngine {
  private final ApportionmentMethod method;
  private final int seats;
  private final SortedMap<GroupId, Integer> weights;
  private final List<GroupId> lots;
  private final RuleReference rule;
  private final Rational totalWeight;

  private final Map<GroupId, Integer> won = new TreeMap<>();
  private final Map<GroupId, Rational> quota = new TreeMap<>();
  private final Map<GroupId, Integer> whole = new TreeMap<>();
  private final Map<GroupId, List<Rational>> quotientsWon = new TreeMap<>();
  private final List<SeatAward> order = new ArrayList<>();
  private final List<TraceStep> steps = new ArrayList<>();
  private final Set<GroupId> byMethod = new TreeSet<>();
  private final Set<GroupId> lotsWinners = new TreeSet<>();
  private final Set<GroupId> lotsLosers = new TreeSet<>();
  private Optional<Rational> cutoff = Optional.empty();
  private Optional<Rational> tiedAt = Optional.empty();
  private Optional<TieForSeats> tie = Optional.empty();
  private int leftAfterWhole;

  ApportionmentEngine(ApportionmentMethod method, int seats, SortedMap<GroupId, Integer> weights,
      List<GroupId> lots, RuleReference rule) {
    this.method = method;
    this.seats = seats;
    this.weights = weights;
    this.lots = lots;
    this.rule = rule;
    this.totalWeight = Rational.of(weights.values().stream().mapToLong(Integer::longValue).sum());
    weights.keySet().forEach(g -> {
      won.put(g, 0);
      quotientsWon.put(g, new ArrayList<>());
      quota.put(g, totalWeight.signum() == 0 ? Rational.ZERO
          : Rational.of(seats).times(Rational.of(weights.get(g))).dividedBy(totalWeight));
    });
  }

  /** Runs the method and builds the full result, with the Alabama-paradox check against one seat fewer. */
  ApportionmentResult result() {
    compute();
    List<Violation> violations = new ArrayList<>();
    Map<GroupId, Integer> paradox = new TreeMap<>();
    if (seats >= 1) {
      ApportionmentEngine fewer = new ApportionmentEngine(method, seats - 1, weights, List.of(), rule);
      fewer.compute();
      for (GroupId g : weights.keySet()) {
        int most = won.get(g) + (tie.map(t -> t.groups().contains(g)).orElse(false) ? 1 : 0);
        int before = fewer.won.get(g);
        if (before > most) {
          paradox.put(g, before);
          steps.add(new TraceStep(g.value(), StepKind.RESULT, String.valueOf(most),
              "Alabama paradox: " + before + " seat(s) with " + (seats - 1) + " in all, " + most + " with "
                  + seats, rule));
          violations.add(AwardTexts.violation(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX, Severity.WARNING,
              AwardTexts.group(g), List.of(), most, before, rule));
        }
      }
    }
    tie.ifPresent(t -> violations.add(tieViolation(AwardCodes.APPORTIONMENT_LOTS_NEEDED, Severity.WARNING,
        t.groups(), t.seatsLeft(), t.value())));
    if (!lotsWinners.isEmpty()) {
      List<GroupId> tied = new ArrayList<>(lotsWinners);
      tied.addAll(lotsLosers);
      violations.add(tieViolation(AwardCodes.APPORTIONMENT_LOTS_USED, Severity.INFO, tied.stream().sorted().toList(),
          lotsWinners.size(), exact(tiedAt.orElseThrow())));
    }
    List<Allocation> allocations = new ArrayList<>();
    for (GroupId g : weights.keySet()) {
      int seatsOf = won.get(g);
      steps.add(new TraceStep(g.value(), StepKind.RESULT, String.valueOf(seatsOf), resultDetail(g), rule));
      allocations.add(new Allocation(g, weights.get(g), seatsOf, exact(quota.get(g)), exact(deciding(g)),
          explanation(g, Optional.ofNullable(paradox.get(g)))));
    }
    return new ApportionmentResult(method, seats, allocations, order, tie, rule, new Trace(steps),
        new ValidationReport(violations));
  }

  private Violation tieViolation(String code, Severity severity, List<GroupId> groups, int seatsLeft, String value) {
    Subject first = AwardTexts.group(groups.get(0));
    List<Subject> others = groups.subList(1, groups.size()).stream().map(AwardTexts::group).toList();
    return AwardTexts.violation(code, severity, first, others, seatsLeft, value, rule);
  }

  // ------------------------------------------------------------------------------------------------ the methods

  private void compute() {
    steps.add(new TraceStep("total", StepKind.INPUT, totalWeight.toPlainString(),
        "sum of " + weights.size() + " weights; " + seats + " seats by " + method.wireName(), rule));
    for (GroupId g : weights.keySet()) {
      steps.add(new TraceStep(g.value(), StepKind.INPUT, String.valueOf(weights.get(g)), "weight", rule));
    }
    if (seats == 0) {
      return;
    }
    if (method == ApportionmentMethod.HAMILTON) {
      hamilton();
    } else {
      divisors();
    }
  }

  private void hamilton() {
    int assigned = 0;
    TreeMap<Rational, List<GroupId>> byRemainder = new TreeMap<>(Collections.reverseOrder());
    for (GroupId g : weights.keySet()) {
      Rational q = quota.get(g);
      int f = AwardTexts.floor(q);
      steps.add(new TraceStep(g.value(), StepKind.METHOD, exact(q),
          "quota = " + seats + " × " + weights.get(g) + " / " + totalWeight.toPlainString(), rule));
      steps.add(new TraceStep(g.value(), StepKind.ROUND, String.valueOf(f), "floor(" + exact(q) + ")", rule));
      whole.put(g, f);
      won.put(g, f);
      for (int i = 0; i < f; i++) {
        order.add(new SeatAward(order.size() + 1, g, SeatReason.WHOLE_QUOTA, exact(q)));
      }
      assigned += f;
      Rational r = q.minus(Rational.of(f));
      if (r.signum() > 0) {
        byRemainder.computeIfAbsent(r, k -> new ArrayList<>()).add(g);
      }
    }
    int left = seats - assigned;
    leftAfterWhole = left;
    for (Map.Entry<Rational, List<GroupId>> level : byRemainder.entrySet()) {
      if (left == 0) {
        break;
      }
      Rational r = level.getKey();
      List<GroupId> tied = level.getValue();
      cutoff = Optional.of(r);
      if (tied.size() <= left) {
        for (GroupId g : tied) {
          award(g, SeatReason.LARGEST_REMAINDER, r, "largest remainder " + exact(r) + others(tied, g));
        }
        left -= tied.size();
      } else {
        tie(tied, left, r, "remainder");
        left = 0;
      }
    }
    if (left > 0) {
      throw new IllegalStateException("remainders left " + left + " seats unallocated");
    }
  }

  private void divisors() {
    TreeMap<Rational, List<GroupId>> next = new TreeMap<>(Collections.reverseOrder());
    for (GroupId g : weights.keySet()) {
      if (weights.get(g) > 0) {
        next.computeIfAbsent(quotient(g, 0), k -> new ArrayList<>()).add(g);
      }
    }
    int left = seats;
    while (left > 0) {
      Map.Entry<Rational, List<GroupId>> top = next.pollFirstEntry();
      Rational v = top.getKey();
      List<GroupId> tied = top.getValue().stream().sorted().toList();
      cutoff = Optional.of(v);
      if (tied.size() <= left) {
        for (GroupId g : tied) {
          int before = won.get(g);
          quotientsWon.get(g).add(v);
          award(g, SeatReason.HIGHEST_QUOTIENT, v, "highest quotient " + exact(v) + " = " + weights.get(g) + " / "
              + method.divisor(before) + others(tied, g));
          next.computeIfAbsent(quotient(g, won.get(g)), k -> new ArrayList<>()).add(g);
        }
        left -= tied.size();
      } else {
        tie(tied, left, v, "quotient");
        left = 0;
      }
    }
  }

  private Rational quotient(GroupId g, int seatsWon) {
    return Rational.of(weights.get(g)).dividedBy(Rational.of(method.divisor(seatsWon)));
  }

  private static String others(List<GroupId> tied, GroupId g) {
    if (tied.size() == 1) {
      return "";
    }
    return " (equal with " + tied.stream().filter(o -> !o.equals(g)).map(GroupId::value)
        .collect(Collectors.joining(", ")) + "; all receive a seat)";
  }

  private void award(GroupId g, SeatReason reason, Rational value, String detail) {
    int number = order.size() + 1;
    order.add(new SeatAward(number, g, reason, exact(value)));
    won.merge(g, 1, Integer::sum);
    if (reason != SeatReason.LOTS) {
      byMethod.add(g);
    }
    steps.add(new TraceStep(g.value(), StepKind.METHOD, String.valueOf(won.get(g)),
        "seat " + number + ": " + detail, rule));
  }

  /** A tie for the last {@code left} seats among more groups: lots from the caller, or left open. */
  private void tie(List<GroupId> tied, int left, Rational value, String what) {
    tiedAt = Optional.of(value);
    if (!lots.isEmpty() && lots.containsAll(tied)) {
      List<GroupId> drawn = lots.stream().filter(tied::contains).toList();
      String drawnText = drawn.stream().map(GroupId::value).collect(Collectors.joining(", "));
      for (int i = 0; i < drawn.size(); i++) {
        GroupId g = drawn.get(i);
        if (i < left) {
          lotsWinners.add(g);
          award(g, SeatReason.LOTS, value, "lots among " + tied.size() + " groups tied at " + what + " "
              + exact(value) + " for " + left + " seat(s); order drawn: " + drawnText);
        } else {
          lotsLosers.add(g);
          steps.add(new TraceStep(g.value(), StepKind.METHOD, String.valueOf(won.get(g)), "tied at " + what + " "
              + exact(value) + "; the order drawn by lots (" + drawnText + ") gave the seat(s) to others", rule));
        }
      }
    } else {
      TieForSeats open = new TieForSeats(tied, left, exact(value));
      tie = Optional.of(open);
      for (GroupId g : open.groups()) {
        steps.add(new TraceStep(g.value(), StepKind.METHOD, String.valueOf(won.get(g)), "tied at " + what + " "
            + exact(value) + " with " + (tied.size() - 1) + " other group(s) for " + left
            + " seat(s): lots needed", rule));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ explanations

  private Rational deciding(GroupId g) {
    if (method == ApportionmentMethod.HAMILTON) {
      Rational q = quota.get(g);
      return q.minus(Rational.of(AwardTexts.floor(q)));
    }
    return quotient(g, won.get(g));
  }

  private String resultDetail(GroupId g) {
    long byLots = order.stream().filter(s -> s.group().equals(g) && s.reason() == SeatReason.LOTS).count();
    String detail;
    if (method == ApportionmentMethod.HAMILTON) {
      int w = whole.getOrDefault(g, 0);
      detail = w + " whole + " + (won.get(g) - w - byLots) + " by largest remainder";
    } else {
      detail = (won.get(g) - byLots) + " by highest quotient";
    }
    if (byLots > 0) {
      detail += " + " + byLots + " by lots";
    }
    if (tie.map(t -> t.groups().contains(g)).orElse(false)) {
      detail += "; one more seat possible by lots";
    }
    return detail;
  }

  private LocalizedText explanation(GroupId g, Optional<Integer> paradoxSeats) {
    if (seats == 0) {
      return text("award.explain.none");
    }
    List<LocalizedText> parts = new ArrayList<>();
    if (method == ApportionmentMethod.HAMILTON) {
      parts.add(text("award.explain.hamilton.whole", exact(quota.get(g)), String.valueOf(whole.get(g))));
    } else if (quotientsWon.get(g).isEmpty()) {
      parts.add(text("award.explain.divisor.none"));
    } else {
      parts.add(text("award.explain.divisor.won", String.valueOf(quotientsWon.get(g).size()),
          quotientsWon.get(g).stream().map(AwardTexts::exact).collect(Collectors.joining(", "))));
    }
    String value = tiedAt.map(AwardTexts::exact).orElse("");
    Optional<TieForSeats> open = tie.filter(t -> t.groups().contains(g));
    if (lotsWinners.contains(g)) {
      parts.add(text("award.explain.lots-won", value));
    } else if (lotsLosers.contains(g)) {
      parts.add(text("award.explain.lots-lost", value));
    } else if (open.isPresent()) {
      String others = open.get().groups().stream().filter(o -> !o.equals(g)).map(GroupId::value)
          .collect(Collectors.joining(", "));
      parts.add(text("award.explain.tied", value, others, String.valueOf(open.get().seatsLeft())));
    } else if (method == ApportionmentMethod.HAMILTON) {
      Rational r = deciding(g);
      if (byMethod.contains(g) && won.get(g) > whole.get(g)) {
        parts.add(text("award.explain.hamilton.remainder-won", exact(r)));
      } else if (leftAfterWhole == 0) {
        parts.add(text("award.explain.hamilton.no-remainder-seats", exact(r)));
      } else {
        parts.add(text("award.explain.hamilton.remainder-lost", exact(r), exact(cutoff.orElseThrow())));
      }
    } else {
      parts.add(text("award.explain.divisor.next", exact(deciding(g)), exact(cutoff.orElseThrow())));
    }
    paradoxSeats.ifPresent(before -> parts.add(text("award.explain.paradox", String.valueOf(before),
        String.valueOf(seats - 1))));
    return AwardTexts.sentence(parts);
  }
}
