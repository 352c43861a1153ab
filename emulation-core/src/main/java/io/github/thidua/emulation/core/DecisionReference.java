package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision that established or refreshed a group (quyết định thành lập, kiện toàn).
 *
 * @param number the decision's number, e.g. {@code 1013/QĐ-UBND}
 * @param date the date it was signed, if known
 */
public record DecisionReference(String number, Optional<LocalDate> date) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param number the decision's number, e.g. {@code 1013/QĐ-UBND}
   * @param date the date it was signed, if known
   */
  public DecisionReference {
    Objects.requireNonNull(number, "number");
    number = Names.nfc(number.strip());
    checkArgument(!number.isEmpty(), "decision number is blank");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Returns a reference with a number and date.
   *
   * @param number the number
   * @param date the date
   * @return the reference
   */
  public static DecisionReference of(String number, LocalDate date) {
    return new DecisionReference(number, Optional.of(date));
  }
}
