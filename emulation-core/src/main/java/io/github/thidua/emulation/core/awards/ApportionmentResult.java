package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of an apportionment: each group's certain seats with its exact figures and explanation, the seats
 * in the order they were awarded, the tie left for lots if any, the explanation trace and the report.
 *
 * <p>When {@link #unresolved()} is empty, the groups' seats add up to {@link #seats()}. Otherwise they add up to
 * {@code seats − unresolved.seatsLeft}: the library never breaks a tie by id or input order.
 *
 * @param method the method used
 * @param seats the total number of seats apportioned
 * @param allocations one per group, in group id order
 * @param seatOrder every certain seat, in the order awarded (see {@link SeatAward})
 * @param unresolved the tie that needs lots, if any
 * @param rule the rule the method and total came from (or the library's reference when called without a rule)
 * @param trace the steps: quotas, whole parts and each seat with its reason, then each group's result
 * @param report {@code award.apportionment.lots-needed} (warning) for an unresolved tie,
 *     {@code award.apportionment.lots-used} (info) when lots decided, and
 *     {@code award.apportionment.alabama-paradox} (warning) for each group that would have had more seats with
 *     one seat fewer in all
 */
public record ApportionmentResult(ApportionmentMethod method, int seats, List<Allocation> allocations,
    List<SeatAward> seatOrder, Optional<TieForSeats> unresolved, RuleReference rule, Trace trace,
    ValidationReport report) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param method the method used
   * @param seats the total number of seats apportioned
   * @param allocations one per group, in group id order
   * @param seatOrder every certain seat, in the order awarded (see {@link SeatAward})
   * @param unresolved the tie that needs lots, if any
   * @param rule the rule the method and total came from (or the library's reference when called without a rule)
   * @param trace the steps: quotas, whole parts and each seat with its reason, then each group's result
   * @param report {@code award.apportionment.lots-needed} (warning) for an unresolved tie,
   *     {@code award.apportionment.lots-used} (info) when lots decided, and
   *     {@code award.apportionment.alabama-paradox} (warning) for each group that would have had more seats with
   *     one seat fewer in all
   */
  public ApportionmentResult {
    Objects.requireNonNull(method, "method");
    checkArgument(seats >= 0, "seats are negative: %s", seats);
    allocations = allocations.stream().sorted(Comparator.comparing(Allocation::group)).toList();
    checkArgument(allocations.stream().map(Allocation::group).distinct().count() == allocations.size(),
        "a group has two allocations");
    seatOrder = List.copyOf(seatOrder);
    Objects.requireNonNull(unresolved, "unresolved");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    int certain = allocations.stream().mapToInt(Allocation::seats).sum();
    checkArgument(certain + unresolved.map(TieForSeats::seatsLeft).orElse(0) == seats,
        "certain seats %s and seats left in a tie do not add up to %s", certain, seats);
    checkArgument(seatOrder.size() == certain, "seat order lists %s seats, allocations %s", seatOrder.size(),
        certain);
  }

  /**
   * Tells whether every seat is allocated (no tie is waiting for lots).
   *
   * @return whether the result is complete
   */
  public boolean isComplete() {
    return unresolved.isEmpty();
  }

  /**
   * Returns the number of seats certainly allocated.
   *
   * @return the sum of the groups' seats
   */
  public int certainSeats() {
    return allocations.stream().mapToInt(Allocation::seats).sum();
  }

  /**
   * Returns one group's allocation.
   *
   * @param group the group
   * @return its allocation, if the group took part
   */
  public Optional<Allocation> allocation(GroupId group) {
    return allocations.stream().filter(a -> a.group().equals(group)).findFirst();
  }

  /**
   * Returns one group's certain seats.
   *
   * @param group the group
   * @return its seats, 0 if it did not take part
   */
  public int seatsOf(GroupId group) {
    return allocation(group).map(Allocation::seats).orElse(0);
  }

  /**
   * Returns every group's certain seats.
   *
   * @return group id to seats, sorted by id
   */
  public SortedMap<GroupId, Integer> asMap() {
    TreeMap<GroupId, Integer> map = new TreeMap<>();
    allocations.forEach(a -> map.put(a.group(), a.seats()));
    return Collections.unmodifiableSortedMap(map);
  }
}
