package io.github.thidua.emulation.core.year;

/** The stable codes of the year's own findings; each is also the key of its message in Vietnamese and English. */
public final class YearCodes {
  private YearCodes() {}

  /** A sheet, vote, proposal, history or lot names a group the province does not have. */
  public static final String UNKNOWN_GROUP = "year.input.unknown-group";
  /** Two vote sessions of one group, purpose and year have the same round: which one decides is not known. */
  public static final String ROUND_REPEATED = "year.vote.round-repeated";
  /** A council vote (or council lots) for an award that no {@code award.council-review} rule in force reviews. */
  public static final String COUNCIL_INPUT_UNUSED = "year.council.input-unused";
  /** Lots drawn for an award's apportionment repeat a group or name one that takes no part. */
  public static final String LOTS_INVALID = "year.lots.invalid";
}
