package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import java.util.Objects;

/**
 * One seat of an apportionment: which group it went to, and why.
 *
 * <p>Seats are numbered in the order they were awarded. For Hamilton, the whole-quota seats come first, group by
 * group in id order (they are awarded together, so that order carries no meaning), then the remainder seats from
 * the largest remainder down. For divisor methods, seats follow the quotients from the highest down; groups with
 * equal quotients that all receive a seat are listed in id order.
 *
 * @param number the seat's number, from 1
 * @param group the group that received it
 * @param reason why
 * @param value the exact figure behind it, as text: the quota for a whole-quota seat, the remainder for a
 *     remainder seat, the quotient for a quotient seat, the tied value for a seat given by lots
 */
public record SeatAward(int number, GroupId group, SeatReason reason, String value) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param number the seat's number, from 1
   * @param group the group that received it
   * @param reason why
   * @param value the exact figure behind it, as text: the quota for a whole-quota seat, the remainder for a
   *     remainder seat, the quotient for a quotient seat, the tied value for a seat given by lots
   */
  public SeatAward {
    checkArgument(number >= 1, "seat numbers start at 1: %s", number);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
  }
}
