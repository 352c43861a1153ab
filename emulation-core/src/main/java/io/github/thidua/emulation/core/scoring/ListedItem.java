package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.rules.Citation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A listed achievement that earns bonus points (điểm thưởng), or a listed fault that costs points (điểm trừ).
 *
 * @param code a stable code, e.g. {@code GOV_FLAG} or {@code LATE_REPORT}
 * @param text what it is
 * @param points points per claim (for a deduction, per occurrence), positive
 * @param cap the most this item can add or remove in total, if capped
 * @param citation the text that lists it, if any
 */
public record ListedItem(String code, LocalizedText text, BigDecimal points, Optional<BigDecimal> cap,
    Optional<Citation> citation) {
  /** An item code: upper-case letters, digits and underscores, starting with a letter, at most 64 characters. */
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");


  /**
   * Creates the value, checking its invariants.
   *
   * @param code a stable code, e.g. {@code GOV_FLAG} or {@code LATE_REPORT}
   * @param text what it is
   * @param points points per claim (for a deduction, per occurrence), positive
   * @param cap the most this item can add or remove in total, if capped
   * @param citation the text that lists it, if any
   */
  public ListedItem {
    checkArgument(code != null && CODE.matcher(code).matches(), "item code must be upper-case: '%s'", code);
    Objects.requireNonNull(text, "text");
    Numbers.requireInBounds(Objects.requireNonNull(points, "points"), "item " + code + "'s points");
    checkArgument(points.signum() > 0, "item %s must be worth positive points", code);
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> Numbers.requireInBounds(c, "item " + code + "'s cap"));
    cap.ifPresent(c -> checkArgument(c.signum() >= 0, "item %s has a negative cap", code));
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * Returns an uncapped item.
   *
   * @param code the code
   * @param text the Vietnamese text
   * @param points the points
   * @return the item
   */
  public static ListedItem of(String code, String text, String points) {
    return new ListedItem(code, LocalizedText.both(text), new BigDecimal(points), Optional.empty(), Optional.empty());
  }
}
