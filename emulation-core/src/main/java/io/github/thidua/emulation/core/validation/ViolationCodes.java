package io.github.thidua.emulation.core.validation;

/**
 * The stable violation codes of organisation validation. A code never changes meaning; new codes may be added.
 * Each code is also the key of its message in the library's Vietnamese and English bundles.
 */
public final class ViolationCodes {
  private ViolationCodes() {}

  /** A group has fewer members than its rule set's minimum. */
  public static final String GROUP_MEMBERS_TOO_FEW = "group.members.too-few";
  /** A group has more members than its rule set's maximum. */
  public static final String GROUP_MEMBERS_TOO_MANY = "group.members.too-many";
  /** A member unit has fewer staff than the minimum. */
  public static final String UNIT_STAFF_TOO_FEW = "unit.staff.too-few";
  /** An organiser set up a number of clusters other than its rule set allows. */
  public static final String ORGANISER_CLUSTERS_COUNT = "organiser.clusters.count";
  /** A group has a number of deputy heads other than the unified count. */
  public static final String GROUP_DEPUTIES_COUNT = "group.deputies.count";
  /** A group has no head. */
  public static final String GROUP_HEAD_MISSING = "group.head.missing";
  /** A group has more than one head. */
  public static final String GROUP_HEAD_MULTIPLE = "group.head.multiple";
  /** A group's head or deputy is not one of its members. */
  public static final String GROUP_LEADER_NOT_MEMBER = "group.leader.not-member";
  /** A unit is in two groups of the same kind and organiser in one year. */
  public static final String UNIT_MEMBERSHIP_DUPLICATE = "unit.membership.duplicate";
  /** A dissolved or merged unit is still a member. */
  public static final String UNIT_INACTIVE = "unit.inactive";

  /** A group, member, head, deputy, parent or organiser refers to a unit id that names no unit. */
  public static final String REFERENCE_UNIT_UNKNOWN = "reference.unit.unknown";
  /** A group refers to an organiser id that names no organiser. */
  public static final String REFERENCE_ORGANISER_UNKNOWN = "reference.organiser.unknown";
  /** Two units share an id. */
  public static final String UNIT_ID_DUPLICATE = "unit.id.duplicate";
  /** Two organisers share an id. */
  public static final String ORGANISER_ID_DUPLICATE = "organiser.id.duplicate";
  /** Two groups share an id. */
  public static final String GROUP_ID_DUPLICATE = "group.id.duplicate";
  /** A unit is listed twice among one group's members, heads or deputies. */
  public static final String GROUP_MEMBER_REPEATED = "group.member.repeated";
  /** A group's year differs from the province's year. */
  public static final String GROUP_YEAR_MISMATCH = "group.year.mismatch";
  /** A unit's chain of parents loops back to itself. */
  public static final String UNIT_PARENT_CYCLE = "unit.parent.cycle";

  /** A rule names a kind the library does not know. */
  public static final String RULESET_KIND_UNKNOWN = "ruleset.kind.unknown";
  /** A rule lacks a required parameter. */
  public static final String RULESET_PARAM_MISSING = "ruleset.param.missing";
  /** A rule gives a parameter its kind does not accept (often a typo). */
  public static final String RULESET_PARAM_UNKNOWN = "ruleset.param.unknown";
  /** A rule gives a parameter a value of the wrong type or out of range. */
  public static final String RULESET_PARAM_INVALID = "ruleset.param.invalid";
  /** A layer removes a rule that no more general layer defines. */
  public static final String RULESET_REMOVAL_UNKNOWN = "ruleset.removal.unknown";
  /** The rule book's leaf layer is not in force on the reference date. */
  public static final String RULESET_NOT_IN_FORCE = "ruleset.not-in-force";
  /** An organiser or group layer targets an organiser or group that the province does not have. */
  public static final String RULESET_TARGET_UNKNOWN = "ruleset.target.unknown";
}
