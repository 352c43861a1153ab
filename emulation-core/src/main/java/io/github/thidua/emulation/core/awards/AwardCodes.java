package io.github.thidua.emulation.core.awards;

/**
 * The stable violation codes of the award stage. A code never changes meaning; new codes may be added. Each code
 * is also the key of its message in the library's Vietnamese and English bundles ({@code awardmessages}).
 */
public final class AwardCodes {
  private AwardCodes() {}

  /** A group proposes more units for an award than its quota (rule kind {@code award.quota}) allows. */
  public static final String QUOTA_EXCEEDED = "award.quota.exceeded";
  /** More proposals than a percentage cap of a base allows (e.g. Government flags above 20 % of the base). */
  public static final String CAP_EXCEEDED = "award.cap.exceeded";
  /**
   * Groups tie for the last seat or seats of an apportionment and the method cannot break the tie: lots must be
   * drawn outside the library and passed back in; only the certain seats are allocated meanwhile.
   */
  public static final String APPORTIONMENT_LOTS_NEEDED = "award.apportionment.lots-needed";
  /** An order drawn by lots, supplied by the caller, decided the last seat or seats among tied groups. */
  public static final String APPORTIONMENT_LOTS_USED = "award.apportionment.lots-used";
  /**
   * A group receives fewer seats than it would if one seat fewer were apportioned (the Alabama paradox of the
   * largest-remainder method); reported, never hidden.
   */
  public static final String APPORTIONMENT_ALABAMA_PARADOX = "award.apportionment.alabama-paradox";
  /**
   * A division-level (cấp phòng) unit is proposed for an award that rule kind
   * {@code award.eligibility.not-division-level} withholds from such units. Declared now; reported by the
   * eligibility stage.
   */
  public static final String INELIGIBLE_DIVISION_LEVEL = "award.ineligible.division-level";
}
