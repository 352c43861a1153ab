package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LocalizedText;
import java.util.Objects;

/**
 * One group's share of an apportionment.
 *
 * <p>Exact figures are given as text: a finite decimal such as {@code 2.4}, else a whole part and a fraction in
 * lowest terms such as {@code 24 832/40075} (never rounded, never parsed back).
 *
 * @param group the group
 * @param weight its weight (e.g. its number of members), {@code ≥ 0}
 * @param seats the seats it certainly receives; a seat still open in an unresolved tie is not counted
 * @param quota its exact standard quota {@code seats × weight / Σ weights}, for every method
 * @param deciding the figure that decided its last competition for a seat: for Hamilton its remainder
 *     {@code quota − floor(quota)}; for divisor methods its next quotient {@code weight / divisor(seats)}, the
 *     one it would need for one more seat
 * @param explanation why it received these seats, in Vietnamese and English
 */
public record Allocation(GroupId group, int weight, int seats, String quota, String deciding,
    LocalizedText explanation) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param weight its weight (e.g. its number of members), {@code ≥ 0}
   * @param seats the seats it certainly receives; a seat still open in an unresolved tie is not counted
   * @param quota its exact standard quota {@code seats × weight / Σ weights}, for every method
   * @param deciding the figure that decided its last competition for a seat: for Hamilton its remainder
   *     {@code quota − floor(quota)}; for divisor methods its next quotient {@code weight / divisor(seats)}, the
   *     one it would need for one more seat
   * @param explanation why it received these seats, in Vietnamese and English
   */
  public Allocation {
    Objects.requireNonNull(group, "group");
    checkArgument(weight >= 0, "weight of %s is negative: %s", group, weight);
    checkArgument(seats >= 0, "seats of %s are negative: %s", group, seats);
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(deciding, "deciding");
    Objects.requireNonNull(explanation, "explanation");
  }
}
