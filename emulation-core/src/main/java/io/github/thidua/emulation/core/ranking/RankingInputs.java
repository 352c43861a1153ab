package io.github.thidua.emulation.core.ranking;

import io.github.thidua.emulation.core.UnitId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ranking may use besides the scores: the honouring vote's approvals (for a {@code vote} tie-break step) and
 * an order drawn by lots or decided by the council for ties the chain cannot break.
 *
 * @param votes approvals per unit from the honouring vote, if a tie-break step uses it
 * @param lots an order of units drawn by lots (or decided by the council) outside the library; for each tie,
 *     the tied units are placed in this order
 */
public record RankingInputs(Map<UnitId, Integer> votes, List<UnitId> lots) {

  /** No votes and no lots. */
  public static final RankingInputs NONE = new RankingInputs(Map.of(), List.of());

  /**
   * Creates the value, checking its invariants.
   *
   * @param votes approvals per unit from the honouring vote, if a tie-break step uses it
   * @param lots an order of units drawn by lots (or decided by the council) outside the library; for each tie,
   *     the tied units are placed in this order
   */
  public RankingInputs {
    votes = java.util.Collections.unmodifiableMap(new TreeMap<>(votes));
    lots = List.copyOf(lots);
  }

  /**
   * Returns a copy with an order drawn by lots.
   *
   * @param order the drawn order
   * @return the copy
   */
  public RankingInputs withLots(List<UnitId> order) {
    return new RankingInputs(votes, order);
  }

  /**
   * Returns a copy with the honouring vote's approvals.
   *
   * @param approvals approvals per unit
   * @return the copy
   */
  public RankingInputs withVotes(Map<UnitId, Integer> approvals) {
    return new RankingInputs(approvals, lots);
  }
}
