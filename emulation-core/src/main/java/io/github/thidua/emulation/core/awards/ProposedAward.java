package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.UnitId;
import java.util.Objects;

/**
 * One line of an award proposal that came from elsewhere (a bloc's minutes, a portal form).
 *
 * @param unit the unit proposed
 * @param award the award's code
 * @param achievement what achievement it rewards (one achievement, one award), e.g. {@code bloc-2024}
 */
public record ProposedAward(UnitId unit, String award, String achievement) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the unit proposed
   * @param award the award's code
   * @param achievement what achievement it rewards (one achievement, one award), e.g. {@code bloc-2024}
   */
  public ProposedAward {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(award, "award");
    achievement = Names.nfc(Objects.requireNonNull(achievement, "achievement"));
  }
}
