package io.github.thidua.emulation.core.ranking;

import io.github.thidua.emulation.core.UnitId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's place in a ranking.
 *
 * @param position the 1-based position in the ranking's order
 * @param rank the rank under the convention (fractional ranks such as 2.5 are possible)
 * @param unit the unit
 * @param total its final score
 * @param decidedBy what placed it apart from the units with the same total: {@code score} (no one shared its
 *     total), the tie-break step that last separated it, such as {@code group-subtotal:1}, {@code lots}, or
 *     {@code unresolved} if nothing did
 * @param tiedWith the units it is still tied with (a tie the chain could not break); empty once decided
 */
public record RankEntry(int position, BigDecimal rank, UnitId unit, BigDecimal total, String decidedBy,
    List<UnitId> tiedWith) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param position the 1-based position in the ranking's order
   * @param rank the rank under the convention (fractional ranks such as 2.5 are possible)
   * @param unit the unit
   * @param total its final score
   * @param decidedBy what placed it apart from the units with the same total: {@code score} (no one shared its
   *     total), the tie-break step that last separated it, such as {@code group-subtotal:1}, {@code lots}, or
   *     {@code unresolved} if nothing did
   * @param tiedWith the units it is still tied with (a tie the chain could not break); empty once decided
   */
  public RankEntry {
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(decidedBy, "decidedBy");
    tiedWith = tiedWith.stream().sorted().toList();
  }
}
