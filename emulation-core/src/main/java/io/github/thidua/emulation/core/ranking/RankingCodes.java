package io.github.thidua.emulation.core.ranking;

/** The stable codes ranking reports. Each is also the key of its message in Vietnamese and English. */
public final class RankingCodes {
  private RankingCodes() {}

  /** Units are still tied after the whole tie-break chain: lots or a council decision are needed. */
  public static final String TIE_UNRESOLVED = "ranking.tie.unresolved";
  /** The lots given name some of the tied units but not all of them; the tie stays unresolved. */
  public static final String LOTS_INCOMPLETE = "ranking.lots.incomplete";
  /** A tie-break step of the rule set is not understood. */
  public static final String STEP_UNKNOWN = "ranking.step.unknown";
  /** A tie-break step needs the honouring vote, and no vote counts were given (a warning; the step is skipped). */
  public static final String VOTE_MISSING = "ranking.vote.missing";
}
