package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.Names;
import java.util.List;
import java.util.Objects;

/**
 * A claim on a score sheet for a listed bonus achievement, or a listed deduction with its reason.
 *
 * @param code the listed item's code
 * @param count how many times (a bonus is claimed once; a deduction may occur several times)
 * @param reason why: the achievement, or the fault (a deduction without a reason is reported)
 * @param evidence references to evidence
 */
public record Claim(String code, int count, String reason, List<String> evidence) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param code the listed item's code
   * @param count how many times (a bonus is claimed once; a deduction may occur several times)
   * @param reason why: the achievement, or the fault (a deduction without a reason is reported)
   * @param evidence references to evidence
   */
  public Claim {
    checkArgument(code != null && ListedItem.CODE.matcher(code).matches(),
        "a claim names a listed item by its upper-case code: '%s'", code);
    checkArgument(count >= 1, "a claim counts at least once: %s", count);
    reason = Names.nfc(Objects.requireNonNull(reason, "reason").strip());
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns a claim counted once.
   *
   * @param code the item's code
   * @param reason why
   * @return the claim
   */
  public static Claim of(String code, String reason) {
    return new Claim(code, 1, reason, List.of());
  }
}
