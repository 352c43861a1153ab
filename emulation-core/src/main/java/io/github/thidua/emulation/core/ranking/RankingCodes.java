package io.github.thidua.emulation.core.ranking;

/** The stable codes ranking reports. Each is also the key of its message in Vietnamese and English. */
public final class RankingCodes {
  private RankingCodes() {}

  /** Units are still tied after the whole tie-break chain: lots or a council decision are needed. */
  public static final String TIE_UNRESOLVED = "ranking.tie.unresolved";
  /** The lots given do not name every tied unit (or name a unit that is not tied). */
  public static final String LOTS_INCOMPLETE = "ranking.lots.incomplete";
  /** A tie-break step of the rule set is not understood. */
  public static final String STEP_UNKNOWN = "ranking.step.unknown";
  /** A tie-break step needs the honouring vote, and no vote counts were given. */
  public static final String VOTE_MISSING = "ranking.vote.missing";
}
