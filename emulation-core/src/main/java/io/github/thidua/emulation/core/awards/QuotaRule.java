package io.github.thidua.emulation.core.awards;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The most places of one award a group may propose, read from the rule kind {@code award.quota}: either a fixed
 * count (R27, R35: one provincial flag per bloc by default in the guidelines), or a percentage of a base (the
 * group's members or its eligible units) rounded as declared.
 *
 * @param award the award's code, e.g. {@code PROV_FLAG}
 * @param count the fixed count, if the quota is fixed; exactly one of {@code count} and {@code percent} is present
 * @param percent the percentage and its rounding, if the quota is a percentage
 * @param base what the percentage applies to (ignored by a fixed count)
 * @param rule the rule it came from, with its citation
 */
public record QuotaRule(String award, Optional<Integer> count, Optional<PercentCap> percent, QuotaBase base,
    RuleReference rule) {
  /** The rule kind this record is read from. */
  public static final String KIND = "award.quota";

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code, e.g. {@code PROV_FLAG}
   * @param count the fixed count, if the quota is fixed; exactly one of {@code count} and {@code percent} is present
   * @param percent the percentage and its rounding, if the quota is a percentage
   * @param base what the percentage applies to (ignored by a fixed count)
   * @param rule the rule it came from, with its citation
   */
  public QuotaRule {
    Objects.requireNonNull(award, "award");
    checkArgument(!award.isBlank(), "award code is blank");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(percent, "percent");
    checkArgument(count.isPresent() != percent.isPresent(),
        "a quota is either a fixed count or a percentage, exactly one of them (award %s)", award);
    count.ifPresent(c -> checkArgument(c >= 0, "a quota count is not negative: %s", c));
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Returns a fixed quota, with the library's own rule reference.
   *
   * @param award the award's code
   * @param count the most places, {@code ≥ 0}
   * @return the quota rule
   */
  public static QuotaRule fixed(String award, int count) {
    return new QuotaRule(award, Optional.of(count), Optional.empty(), QuotaBase.MEMBERS,
        AwardTexts.libraryRule(KIND));
  }

  /**
   * Returns a percentage quota, with the library's own rule reference.
   *
   * @param award the award's code
   * @param cap the percentage and rounding
   * @param base what the percentage applies to
   * @return the quota rule
   */
  public static QuotaRule ofPercent(String award, PercentCap cap, QuotaBase base) {
    return new QuotaRule(award, Optional.empty(), Optional.of(cap), base, AwardTexts.libraryRule(KIND));
  }

  /**
   * Reads a rule of kind {@code award.quota}. Parameters: {@code award} (text, required); {@code count} (whole
   * number) or {@code percent} (decimal, 0–100), exactly one; {@code base} ({@code members} or
   * {@code eligible}, default {@code members}); {@code rounding} ({@code floor}, {@code ceiling} or
   * {@code half-up}, default {@code floor}). {@code base} and {@code rounding} matter only for a percentage.
   *
   * @param rule the resolved rule
   * @return the quota rule
   * @throws IllegalArgumentException if the rule is of another kind, gives both or neither of {@code count} and
   *     {@code percent}, or has a missing or invalid parameter
   */
  public static QuotaRule fromRule(ResolvedRule rule) {
    checkArgument(rule.rule().kind().equals(KIND), "rule %s is of kind %s, not %s", rule.id(), rule.rule().kind(),
        KIND);
    RuleParameters p = rule.rule().params();
    try {
      String award = p.optionalText("award")
          .orElseThrow(() -> new IllegalArgumentException("rule " + rule.id() + " lacks the parameter award"));
      Optional<Integer> count = p.optionalInteger("count");
      Optional<PercentCap> percent = p.get("percent").map(v -> {
        if (!(v instanceof BigDecimal d)) {
          throw new IllegalArgumentException("rule " + rule.id() + ": percent is not a number: " + v);
        }
        return new PercentCap(d, p.optionalText("rounding").map(QuotaRounding::fromWireName)
            .orElse(QuotaRounding.FLOOR));
      });
      QuotaBase base = p.optionalText("base").map(QuotaBase::fromWireName).orElse(QuotaBase.MEMBERS);
      return new QuotaRule(award, count, percent, base,
          RuleReference.of(rule));
    } catch (IllegalStateException wrongType) {
      throw new IllegalArgumentException("rule " + rule.id() + ": " + wrongType.getMessage(), wrongType);
    }
  }

  /**
   * Finds the quota of an award: the first rule of kind {@code award.quota} in force, by rule id, whose
   * {@code award} parameter is the award.
   *
   * @param rules the rules in force (usually resolved for a group)
   * @param award the award's code
   * @return the quota rule, if any
   * @throws IllegalArgumentException if that rule's parameters are invalid
   */
  public static Optional<QuotaRule> find(ResolvedRules rules, String award) {
    Objects.requireNonNull(award, "award");
    return rules.ofKind(KIND).stream()
        .filter(r -> r.rule().params().get("award").filter(award::equals).isPresent())
        .findFirst().map(QuotaRule::fromRule);
  }

  /**
   * Returns the quota for a group.
   *
   * @param members the group's number of member units, {@code ≥ 0}
   * @param eligible its number of eligible units, {@code ≥ 0}
   * @return the fixed count, or the rounded percentage of the base
   * @throws IllegalArgumentException if a count is negative
   */
  public int quota(int members, int eligible) {
    checkArgument(members >= 0 && eligible >= 0, "negative counts: members %s, eligible %s", members, eligible);
    return count.orElseGet(() -> percent.orElseThrow().limit(baseCount(members, eligible)));
  }

  /**
   * Describes the quota for a group, e.g. {@code 2 = floor(20 % × 12 = 2.4)} or {@code 1}.
   *
   * @param members the group's number of member units, {@code ≥ 0}
   * @param eligible its number of eligible units, {@code ≥ 0}
   * @return the description
   */
  public String describe(int members, int eligible) {
    return count.map(String::valueOf)
        .orElseGet(() -> percent.orElseThrow().describe(baseCount(members, eligible)) + " " + base.wireName());
  }

  private int baseCount(int members, int eligible) {
    return base == QuotaBase.MEMBERS ? members : eligible;
  }
}
