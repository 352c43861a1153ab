package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import java.util.List;
import java.util.Objects;

/**
 * A tie the apportionment method cannot break: more groups share the deciding value than there are seats left.
 * Lots must be drawn outside the library; apportion again with the order drawn to complete the result.
 *
 * @param groups the tied groups, in id order; more than {@code seatsLeft}
 * @param seatsLeft the seats still to be given among them, {@code ≥ 1}
 * @param value the value they tie at (a remainder for Hamilton, a quotient for divisor methods), as exact text
 */
public record TieForSeats(List<GroupId> groups, int seatsLeft, String value) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param groups the tied groups, in id order; more than {@code seatsLeft}
   * @param seatsLeft the seats still to be given among them, {@code ≥ 1}
   * @param value the value they tie at (a remainder for Hamilton, a quotient for divisor methods), as exact text
   */
  public TieForSeats {
    groups = groups.stream().sorted().toList();
    checkArgument(groups.stream().distinct().count() == groups.size(), "tied groups repeat: %s", groups);
    checkArgument(seatsLeft >= 1, "a tie leaves at least one seat: %s", seatsLeft);
    checkArgument(groups.size() > seatsLeft, "a tie has more groups (%s) than seats left (%s)", groups.size(),
        seatsLeft);
    Objects.requireNonNull(value, "value");
  }
}
