package io.github.thidua.emulation.core.awards;

/**
 * The stable codes of eligibility, allocation, proposal checks and the rotation check. Each is also the key of its
 * message in Vietnamese and English. Quota and apportionment codes are in {@link AwardCodes}.
 */
public final class AllocationCodes {
  private AllocationCodes() {}

  /** Discipline, inspection, investigation or a complaint is pending (Decree 152/2025/NĐ-CP). */
  public static final String INELIGIBLE_PENDING = "award.ineligible.pending";
  /** The unit lacks a title the award requires that year (e.g. Excellent Labour Collective). */
  public static final String PREREQUISITE_MISSING = "award.prerequisite.missing";
  /** The award is only for the group's leading unit, and this unit is not it. */
  public static final String NOT_LEADER = "award.not-leader";
  /** The unit is being, or has been, merged or dissolved. */
  public static final String INELIGIBLE_INACTIVE = "award.ineligible.inactive";
  /** One achievement proposed for more than one award. */
  public static final String DUPLICATE_ACHIEVEMENT = "award.duplicate-achievement";
  /** A proposal names an award type the rule book does not define. */
  public static final String TYPE_UNKNOWN = "award.type.unknown";
  /** Tied units compete for the last places of a quota: lots or a council decision must choose. */
  public static final String TIE_AT_QUOTA = "award.tie.at-quota";
  /** Not an error: an eligible unit below the quota's last place (a reason in a plan's passed-over list). */
  public static final String QUOTA_REACHED = "award.quota.reached";
  /** A past award went to a unit ranked below one that did not get it. */
  public static final String NOT_TOP_RANKED = "award.not-top-ranked";
  /** Over several years the award cycled through the members regardless of their ranks (luân phiên). */
  public static final String ROTATION_SUSPECTED = "award.rotation.suspected";
}
