package io.github.thidua.emulation.core.voting;

import java.util.Arrays;

/**
 * How blank ballots and abstentions count. This matters only with the base {@link VoteBase#VALID}: with the base
 * {@link VoteBase#MEMBERS} or {@link VoteBase#PRESENT} the denominator does not depend on ballots, so a blank
 * ballot simply approves nobody either way.
 */
public enum BlankBallots {
  /** A blank ballot or an abstention is a valid ballot that approves nobody: it counts against every candidate. */
  AGAINST("against"),
  /** Blank ballots and abstentions are left out of the valid ballots, so they count neither for nor against. */
  EXCLUDED("excluded");

  private final String wireName;

  BlankBallots(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return {@code against} or {@code excluded}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the treatment with a rule-data name.
   *
   * @param name {@code against} or {@code excluded}
   * @return the treatment
   * @throws IllegalArgumentException if the name is unknown
   */
  public static BlankBallots fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown blank-ballot treatment: " + name));
  }
}
