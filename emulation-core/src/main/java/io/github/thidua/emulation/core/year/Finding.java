package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of the year: the violation, the stage that found it, and the group whose stage it was (none for
 * province-wide stages).
 *
 * @param stage the first stage that found it
 * @param group the group, for a group's stage
 * @param violation what was found
 */
public record Finding(Stage stage, Optional<GroupId> group, Violation violation) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param stage the first stage that found it
   * @param group the group, for a group's stage
   * @param violation what was found
   */
  public Finding {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(violation, "violation");
  }
}
