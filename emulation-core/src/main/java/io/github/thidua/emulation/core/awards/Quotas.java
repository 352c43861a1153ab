package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/** Award quotas and percentage caps: computing them and checking proposal lists against them. */
public final class Quotas {
  private Quotas() {}

  /**
   * Returns a group's quota: a fixed count, or a percentage of its members or eligible units, rounded as the rule
   * declares (20 % of 12 members: floor 2, ceiling 3, half-up 2).
   *
   * @param rule the quota rule
   * @param members the group's number of member units, {@code ≥ 0}
   * @param eligible its number of eligible units, {@code ≥ 0}
   * @return the most places it may propose
   * @throws IllegalArgumentException if a count is negative
   */
  public static int quota(QuotaRule rule, int members, int eligible) {
    return rule.quota(members, eligible);
  }

  /**
   * Checks a group's proposal list for an award against its quota: more distinct proposed units than the quota
   * is an {@link AwardCodes#QUOTA_EXCEEDED} error, about the group, with the proposed units as related subjects.
   *
   * @param rule the quota rule
   * @param group the proposing group
   * @param members the group's number of member units, {@code ≥ 0}
   * @param eligible its number of eligible units, {@code ≥ 0}
   * @param proposed the units proposed for the award
   * @return the violation, or nothing if the list fits
   */
  public static List<Violation> checkProposals(QuotaRule rule, Subject group, int members, int eligible,
      List<Subject> proposed) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(group, "group");
    List<Subject> distinct = proposed.stream().distinct().toList();
    int quota = rule.quota(members, eligible);
    if (distinct.size() <= quota) {
      return List.of();
    }
    return List.of(AwardTexts.violation(AwardCodes.QUOTA_EXCEEDED, Severity.ERROR, group, distinct,
        distinct.size(), quota, rule.rule()));
  }

  /**
   * Checks a number of proposals against a percentage cap on a base chosen by the caller (R13: e.g. Government
   * flags at most 20 % of the collectives meeting the provincial flag's standard; the base is configurable because
   * it could not be verified). More than the cap allows is an {@link AwardCodes#CAP_EXCEEDED} error; its limit
   * text shows the exact arithmetic, e.g. {@code 6 = floor(20 % × 31 = 6.2)}.
   *
   * @param cap the cap
   * @param subject what the proposals are counted for (a province, an organiser)
   * @param proposed the number of proposals, {@code ≥ 0}
   * @param base the base count, {@code ≥ 0}
   * @param rule the rule behind the cap, with its citation
   * @return the violation, or nothing if the proposals fit
   */
  public static List<Violation> checkCap(PercentCap cap, Subject subject, int proposed, int base,
      RuleReference rule) {
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    checkArgument(proposed >= 0, "a number of proposals is not negative: %s", proposed);
    if (cap.allows(proposed, base)) {
      return List.of();
    }
    return List.of(AwardTexts.violation(AwardCodes.CAP_EXCEEDED, Severity.ERROR, subject, List.of(), proposed,
        Value.phrase("percent-cap", cap.limit(base), cap.rounding().wireName(), cap.percent(), base,
            cap.exactShare(base)), rule));
  }
}
