package io.github.thidua.emulation.core.voting;

/**
 * The stable codes of the problems and outcomes an honouring vote reports. A code never changes meaning between
 * versions; every code has a message in Vietnamese and English. Severities are fixed by the library and listed
 * with each code.
 */
public final class VotingCodes {
  private VotingCodes() {}

  /**
   * ERROR: more ballots were cast than members are present (số phiếu thu vào nhiều hơn số người có mặt). The
   * whole vote is void: counts are shown, nobody passes.
   */
  public static final String BALLOTS_TOO_MANY = "vote.ballots.too-many";

  /**
   * WARNING: a ballot approves a unit that is not a candidate. The ballot is invalid (phiếu không hợp lệ) and is
   * not counted.
   */
  public static final String CANDIDATE_UNKNOWN = "vote.candidate.unknown";

  /**
   * WARNING: a ballot marked as an abstention also approves candidates. The ballot is invalid and is not counted.
   */
  public static final String BALLOT_ABSTAIN_APPROVES = "vote.ballot.abstain-approves";

  /**
   * ERROR: two or more ballots carry the same voter token: a member voted more than once. One of them (the first
   * in the order of {@link Ballot#describe()}, so the choice never depends on the order of the list) is counted.
   */
  public static final String VOTER_DUPLICATE = "vote.voter.duplicate";

  /**
   * WARNING: fewer members were present than the quorum requires. Nobody passes; the result's outcome is
   * {@link VoteOutcome#QUORUM_NOT_MET}.
   */
  public static final String QUORUM_NOT_MET = "vote.quorum.not-met";

  /**
   * ERROR: more members are recorded present than the group has. The whole vote is void.
   */
  public static final String PRESENT_TOO_MANY = "vote.present.too-many";

  /**
   * ERROR: the vote is for another year than the group's year. The vote is still tallied.
   */
  public static final String SESSION_YEAR_MISMATCH = "vote.session.year-mismatch";

  /**
   * ERROR: a candidate is not a member of the group. Its approvals are counted for the minutes, but it cannot
   * pass.
   */
  public static final String CANDIDATE_NOT_MEMBER = "vote.candidate.not-member";

  /**
   * ERROR: the policy requires candidates from the top of the ranking ({@code candidatesFromTop} &gt; 0), and a
   * candidate is not among that many first units of the ranking given. It cannot pass.
   */
  public static final String CANDIDATE_NOT_TOP_RANKED = "vote.candidate.not-top-ranked";

  /**
   * WARNING: the policy requires candidates from the top of the ranking, but no ranking was given, so this was
   * not checked.
   */
  public static final String RANKING_MISSING = "vote.ranking.missing";

  /**
   * INFO, one per candidate that fails: the candidate's share of approvals does not reach the threshold. This is
   * an ordinary outcome of a vote, not a problem of the data, hence INFO.
   */
  public static final String THRESHOLD_NOT_MET = "vote.threshold.not-met";

  /**
   * WARNING: passing candidates tie with the most approvals for a single-winner purpose and the policy holds a
   * run-off: the result lists them in {@link VoteResult#runoffNeeded()} and has no winner.
   */
  public static final String RUNOFF_NEEDED = "vote.runoff.needed";

  /**
   * WARNING: passing candidates tie with the most approvals for a single-winner purpose and the policy holds no
   * run-off ({@code runoffOnTie = false}): there is no winner; the tie is left to the group or council.
   */
  public static final String TIE_UNRESOLVED = "vote.tie.unresolved";
}
