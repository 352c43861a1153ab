package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Apportions a number of seats (places of an award, such as a province-wide quota of flags) among groups in
 * proportion to their weights (such as their numbers of members), by Hamilton, D'Hondt or Sainte-Laguë.
 *
 * <p>Arithmetic is exact: quotas and quotients are rationals, compared exactly, and shown as exact text. The
 * result never depends on the iteration order of the weights. A tie for the last seat or seats (equal
 * remainders, or equal quotients straddling the cut) is never broken by id or input order: if the caller passes
 * an order drawn by lots that covers the tied groups, it decides and the result says so
 * ({@link SeatReason#LOTS}, {@link AwardCodes#APPORTIONMENT_LOTS_USED}); otherwise the result holds the certain
 * seats and an {@linkplain ApportionmentResult#unresolved() unresolved} tie
 * ({@link AwardCodes#APPORTIONMENT_LOTS_NEEDED}), and the caller draws lots and calls again.
 *
 * <pre>{@code
 * ApportionmentResult first = Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 10, weights, List.of());
 * if (!first.isComplete()) {
 *   List<GroupId> drawn = drawLots(first.unresolved().get().groups());   // outside the library, minuted
 *   ApportionmentResult done = Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 10, weights, drawn);
 * }
 * }</pre>
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * Apportions seats by a method, with the library's own rule reference in the trace and report.
   *
   * @param method the method
   * @param seats the number of seats, {@code ≥ 0}
   * @param weights each group's weight, {@code ≥ 0}; with at least one positive weight when {@code seats > 0}
   * @param lotsOrder an order of group ids drawn by lots outside the library, first drawn first served; used
   *     only to break a tie at the cut, and only if it names every tied group; empty if no lots were drawn
   * @return the result
   * @throws IllegalArgumentException if {@code seats} or a weight is negative, there is no positive weight while
   *     seats are to be apportioned, or the lots order repeats an id or names a group without a weight
   */
  public static ApportionmentResult apportion(ApportionmentMethod method, int seats, Map<GroupId, Integer> weights,
      List<GroupId> lotsOrder) {
    Objects.requireNonNull(method, "method");
    return run(method, seats, weights, lotsOrder, AwardTexts.libraryRule(ApportionmentRule.KIND));
  }

  /**
   * Apportions an award's total by the method of its rule; the rule's citation goes into the trace and report.
   *
   * @param rule the apportionment rule
   * @param weights each group's weight, {@code ≥ 0}
   * @param lotsOrder an order drawn by lots, or empty (see
   *     {@link #apportion(ApportionmentMethod, int, Map, List)})
   * @return the result
   * @throws IllegalArgumentException as for {@link #apportion(ApportionmentMethod, int, Map, List)}
   */
  public static ApportionmentResult apportion(ApportionmentRule rule, Map<GroupId, Integer> weights,
      List<GroupId> lotsOrder) {
    Objects.requireNonNull(rule, "rule");
    return run(rule.method(), rule.total(), weights, lotsOrder, rule.rule());
  }

  /**
   * Apportions an award's province-wide total by the {@code award.apportionment} rule a rule book has in force on
   * a date (resolved province-wide: national and provincial layers; see {@link ApportionmentRule#find}).
   *
   * @param rules the rule book
   * @param date the day the rule must be in force
   * @param award the award's code, e.g. {@code PROV_FLAG}
   * @param weights each group's weight, {@code ≥ 0}
   * @param lotsOrder an order drawn by lots, or empty
   * @return the result
   * @throws IllegalArgumentException if no valid {@code award.apportionment} rule for the award is in force on
   *     the date, or as for {@link #apportion(ApportionmentMethod, int, Map, List)}
   */
  public static ApportionmentResult apportion(RuleBook rules, LocalDate date, String award,
      Map<GroupId, Integer> weights, List<GroupId> lotsOrder) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(award, "award");
    ApportionmentRule rule = ApportionmentRule.find(rules.resolve(RuleTarget.on(date)), award)
        .orElseThrow(() -> new IllegalArgumentException("no " + ApportionmentRule.KIND + " rule for award " + award
            + " is in force on " + date + " in " + rules));
    return apportion(rule, weights, lotsOrder);
  }

  private static ApportionmentResult run(ApportionmentMethod method, int seats, Map<GroupId, Integer> weights,
      List<GroupId> lotsOrder, RuleReference rule) {
    checkArgument(seats >= 0, "the number of seats is negative: %s", seats);
    TreeMap<GroupId, Integer> sorted = new TreeMap<>();
    long total = 0;
    for (Map.Entry<GroupId, Integer> e : weights.entrySet()) {
      GroupId group = Objects.requireNonNull(e.getKey(), "group id");
      int weight = Objects.requireNonNull(e.getValue(), () -> "weight of " + group);
      checkArgument(weight >= 0, "the weight of %s is negative: %s", group, weight);
      sorted.put(group, weight);
      total += weight;
    }
    checkArgument(seats == 0 || total > 0, "%s seats cannot be apportioned without a positive weight: %s", seats,
        sorted);
    List<GroupId> lots = List.copyOf(lotsOrder);
    Set<GroupId> seen = new HashSet<>();
    for (GroupId g : lots) {
      checkArgument(seen.add(g), "the lots order names %s twice: %s", g, lots);
      checkArgument(sorted.containsKey(g), "the lots order names %s, which has no weight", g);
    }
    return new ApportionmentEngine(method, seats, sorted, lots, rule).result();
  }
}
