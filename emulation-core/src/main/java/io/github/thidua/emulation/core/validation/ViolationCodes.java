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

  /** A score lies outside the criterion's range (points outside [0, max], pass/fail not 0 or 1, a negative count). */
  public static final String SCORE_OUT_OF_RANGE = "score.out-of-range";
  /**
   * A score's value or target is beyond the library's number bounds ({@code Numbers}): the entry is not used, so the
   * criterion counts as not scored on that sheet.
   */
  public static final String SCORE_OUT_OF_BOUNDS = "score.out-of-bounds";
  /** A sheet scores a criterion the scale does not have. */
  public static final String SCORE_CRITERION_UNKNOWN = "score.criterion.unknown";
  /** A sheet does not score a leaf criterion of the scale. */
  public static final String SCORE_CRITERION_MISSING = "score.criterion.missing";
  /** A sheet scores a criterion group directly instead of its sub-criteria. */
  public static final String SCORE_CRITERION_NOT_LEAF = "score.criterion.not-leaf";
  /** A sheet scores one criterion twice. */
  public static final String SCORE_CRITERION_REPEATED = "score.criterion.repeated";
  /** A target-based criterion's entry has no positive target. */
  public static final String SCORE_TARGET_MISSING = "score.target.missing";
  /** A criterion that requires evidence was scored without any. */
  public static final String SCORE_EVIDENCE_MISSING = "score.evidence.missing";
  /** A bonus is claimed for an achievement the scale does not list. */
  public static final String SCORE_BONUS_UNLISTED = "score.bonus.unlisted";
  /** A deduction names a fault the scale does not list. */
  public static final String SCORE_DEDUCTION_UNLISTED = "score.deduction.unlisted";
  /** A deduction gives no reason. */
  public static final String SCORE_DEDUCTION_NO_REASON = "score.deduction.no-reason";
  /** A sheet scores a unit that is not a member of the group. */
  public static final String SCORE_SHEET_NOT_MEMBER = "score.sheet.not-member";
  /** A sheet is for another group or year than the one being scored. */
  public static final String SCORE_SHEET_OTHER_GROUP = "score.sheet.other-group";
  /** Two sheets for the same unit, role and scorer (or two head, self or council sheets for one unit). */
  public static final String SCORE_SHEET_DUPLICATE = "score.sheet.duplicate";
  /** A member has no usable sheet, so it has no score. */
  public static final String SCORE_SHEET_MISSING = "score.sheet.missing";
  /** A peer sheet was filled in by the unit it scores. */
  public static final String SCORE_PEER_SELF = "score.peer.self";
  /** Fewer peer sheets than the aggregation policy requires. */
  public static final String SCORE_RATERS_TOO_FEW = "score.raters.too-few";
  /** A self-score exceeds the final, verified score by more than the configured margin. */
  public static final String SCORE_SELF_EXCEEDS_VERIFIED = "score.self.exceeds-verified";
  /** The scale was adopted after the group signed its pledge: a change after the pledge needs a new version. */
  public static final String SCORE_SCALE_CHANGED_AFTER_PLEDGE = "score.scale.changed-after-pledge";
  /** No scale of the rule book is bound to the group (or its organiser) for its year. */
  public static final String SCORE_SCALE_MISSING = "score.scale.missing";
  /** More than one scale of the rule book is bound to the group (or its organiser) for its year. */
  public static final String SCORE_SCALE_AMBIGUOUS = "score.scale.ambiguous";
  /** A peer sheet's scorer is not a member of the group. */
  public static final String SCORE_SCORER_NOT_MEMBER = "score.scorer.not-member";
  /** The scale is not bound to this group (or its organiser) and year. */
  public static final String SCORE_SCALE_NOT_BOUND = "score.scale.not-bound";
  /** A node's maximum differs from the sum of its children's maxima (or the base from the groups' sum). */
  public static final String SCALE_MAX_MISMATCH = "scale.max.mismatch";
}
