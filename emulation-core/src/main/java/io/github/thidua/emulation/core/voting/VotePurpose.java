package io.github.thidua.emulation.core.voting;

/** What an honouring vote decides (rules.md §2.9). */
public enum VotePurpose {
  /** Acclaiming the leading unit of the group (đơn vị dẫn đầu); one winner. */
  LEADER(true),
  /** Proposing the group's emulation flag (cờ thi đua); one winner. */
  FLAG(true),
  /** Proposing certificates of merit (bằng khen); every candidate that passes is proposed. */
  CERTIFICATE(false),
  /** Choosing next year's head (trưởng cụm, khối); one winner. */
  NEXT_HEAD(true),
  /** Choosing next year's deputy head (phó trưởng cụm, khối); one winner. */
  NEXT_DEPUTY(true);

  private final boolean singleWinner;

  VotePurpose(boolean singleWinner) {
    this.singleWinner = singleWinner;
  }

  /**
   * Tells whether the vote elects exactly one unit: the passing candidate with most approvals. Only
   * {@link #CERTIFICATE} elects every candidate that passes.
   *
   * @return whether there is a single winner
   */
  public boolean singleWinner() {
    return singleWinner;
  }
}
