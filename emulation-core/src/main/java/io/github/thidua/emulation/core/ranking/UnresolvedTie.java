package io.github.thidua.emulation.core.ranking;

import io.github.thidua.emulation.core.UnitId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Units the tie-break chain could not separate: lots or a council decision are needed. Draw lots outside the
 * library and rank again with the drawn order.
 *
 * @param units the tied units, by id
 * @param total their shared total
 * @param firstPosition the first position they share
 */
public record UnresolvedTie(List<UnitId> units, BigDecimal total, int firstPosition) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param units the tied units, by id
   * @param total their shared total
   * @param firstPosition the first position they share
   */
  public UnresolvedTie {
    units = units.stream().sorted().toList();
    Objects.requireNonNull(total, "total");
  }
}
