package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's award proposal as it came from elsewhere (the bloc's minutes, a portal form), to be checked by
 * {@code Emulation.validateProposal}; kept in a proposals document.
 *
 * @param group the proposing group
 * @param year the emulation year
 * @param leader the unit the honouring vote chose as leading unit, if any
 * @param awards the proposed awards, in the order given
 */
public record Proposal(GroupId group, int year, Optional<UnitId> leader, List<ProposedAward> awards) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the proposing group
   * @param year the emulation year
   * @param leader the unit the honouring vote chose as leading unit, if any
   * @param awards the proposed awards, in the order given
   */
  public Proposal {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(leader, "leader");
    awards = List.copyOf(awards);
  }
}
