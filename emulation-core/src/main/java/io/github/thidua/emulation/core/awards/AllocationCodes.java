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
  /** The group is not a cluster or bloc of the provincial system, whose leading units alone may receive the award. */
  public static final String OUTSIDE_SYSTEM = "award.group.outside-system";
  /** The group has no leading unit yet: no deciding honouring vote, or a tie at the top that waits for lots. */
  public static final String LEADER_NONE = "award.leader.none";
  /** The honouring vote acclaimed another unit than the top-ranked one (both are named, with ranks and votes). */
  public static final String LEADER_NOT_TOP_RANKED = "award.leader.not-top-ranked";
  /** The leading unit does not meet the award's own eligibility rules, so the award it would follow stays open. */
  public static final String LEADER_INELIGIBLE = "award.leader.ineligible";
  /** The rule's fallback gives the award to the next eligible unit instead of the ineligible leading unit. */
  public static final String LEADER_FALLBACK = "award.leader.fallback";
  /** The rule's fallback asks for a new honouring vote without the ineligible leading unit. */
  public static final String LEADER_NEW_VOTE = "award.leader.new-vote-needed";
  /** The provincial council cut a group's proposal (its vote, its ranking, or the province's quota). */
  public static final String COUNCIL_CUT = "award.council.cut";
  /** Proposals tie for the province's last places; lots or the council decide. */
  public static final String COUNCIL_TIE = "award.council.tie";
  /** The council decides by vote, and no council vote was given for the award. */
  public static final String COUNCIL_VOTE_MISSING = "award.council.vote-missing";
  /** A group proposes a unit that is not one of its members. */
  public static final String PROPOSAL_NOT_MEMBER = "award.proposal.not-member";
  /** The award needs the group's vote of a purpose, and the unit was not elected by it (or no such vote was held). */
  public static final String NOT_VOTED = "award.not-voted";
}
