package io.github.thidua.emulation.core.voting;

/** What an honouring vote came to, in order of precedence: a void vote is void whatever its counts. */
public enum VoteOutcome {
  /**
   * The vote cannot stand: more ballots than members present, more members present than the group has, or no
   * usable {@code vote.honouring} rule. Counts are shown for the minutes; nobody passes; the vote must be held
   * again once the data is fixed.
   */
  VOID,
  /** Fewer members were present than the quorum requires: nobody passes. */
  QUORUM_NOT_MET,
  /** Several passing candidates tie for a single-winner purpose and the policy holds a run-off: no winner yet. */
  RUNOFF_NEEDED,
  /** Several passing candidates tie for a single-winner purpose and the policy holds no run-off: no winner. */
  TIED,
  /** At least one candidate is elected. */
  ELECTED,
  /** The vote was valid, but no candidate reached the threshold. */
  NONE_PASSED
}
