package io.github.thidua.emulation.core.scoring;

import io.github.thidua.emulation.core.Names;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion's entry on a score sheet. What {@code value} means depends on the criterion's method: points
 * ({@code manual}), 1 or 0 ({@code pass-fail}), the result achieved ({@code against-target},
 * {@code relative-to-group}, with {@code target}) or a count ({@code per-occurrence}).
 *
 * @param criterion the criterion's code
 * @param value the value entered
 * @param target the unit's own target, for target-based methods
 * @param note the scorer's note
 * @param evidence references to evidence (file names, document numbers)
 */
public record ScoreEntry(String criterion, BigDecimal value, Optional<BigDecimal> target, String note,
    List<String> evidence) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param criterion the criterion's code
   * @param value the value entered
   * @param target the unit's own target, for target-based methods
   * @param note the scorer's note
   * @param evidence references to evidence (file names, document numbers)
   */
  public ScoreEntry {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    note = Names.nfc(Objects.requireNonNull(note, "note"));
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns an entry of a value alone.
   *
   * @param criterion the code
   * @param value the value, e.g. {@code "8.5"}
   * @return the entry
   */
  public static ScoreEntry of(String criterion, String value) {
    return new ScoreEntry(criterion, new BigDecimal(value), Optional.empty(), "", List.of());
  }

  /**
   * Returns an entry of a result against a target.
   *
   * @param criterion the code
   * @param achieved what was achieved
   * @param target the target
   * @return the entry
   */
  public static ScoreEntry ofTarget(String criterion, String achieved, String target) {
    return new ScoreEntry(criterion, new BigDecimal(achieved), Optional.of(new BigDecimal(target)), "", List.of());
  }

  /**
   * Returns a copy with evidence references.
   *
   * @param references the references
   * @return the copy
   */
  public ScoreEntry withEvidence(String... references) {
    return new ScoreEntry(criterion, value, target, note, List.of(references));
  }
}
