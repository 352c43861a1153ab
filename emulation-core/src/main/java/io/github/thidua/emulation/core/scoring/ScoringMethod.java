package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.Numbers;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a leaf criterion turns a score entry into points: a closed set, each serialisable as data by its
 * {@link #type()}. What the entry's {@code value} (and {@code target}) mean depends on the method.
 */
public sealed interface ScoringMethod {

  /**
   * Returns the method's stable name in data files.
   *
   * @return e.g. {@code manual}
   */
  String type();

  /** Points given directly, within {@code [0, max]}; the entry's value is the points. */
  record Manual() implements ScoringMethod {
    @Override
    public String type() {
      return "manual";
    }
  }

  /** Full points if passed, none if not; the entry's value is 1 (passed) or 0 (not passed). */
  record PassFail() implements ScoringMethod {
    @Override
    public String type() {
      return "pass-fail";
    }
  }

  /**
   * Against the unit's own target: the entry's value is what was achieved and its target the target. With no
   * tiers, points are {@code max × min(achieved ÷ target, capRatio) ÷ capRatio}: linear in the ratio, full points
   * at the cap ratio and above. With tiers, the highest tier whose minimum ratio is reached gives its fraction of
   * the maximum (none if no tier is reached).
   *
   * @param tiers the tiers, or empty for linear scoring
   * @param capRatio the ratio that earns full points in linear scoring, usually 1 (target met)
   */
  record AgainstTarget(List<Tier> tiers, BigDecimal capRatio) implements ScoringMethod {

    public AgainstTarget {
      tiers = tiers.stream().sorted(Comparator.comparing(Tier::minRatio)).toList();
      Numbers.requireInBounds(Objects.requireNonNull(capRatio, "capRatio"), "capRatio");
      checkArgument(capRatio.signum() > 0, "capRatio must be positive: %s", capRatio);
    }

    @Override
    public String type() {
      return "against-target";
    }
  }

  /**
   * Points for each occurrence, capped at the criterion's maximum; the entry's value is the count.
   *
   * @param pointsEach the points per occurrence
   */
  record PerOccurrence(BigDecimal pointsEach) implements ScoringMethod {

    public PerOccurrence {
      Numbers.requireInBounds(Objects.requireNonNull(pointsEach, "pointsEach"), "pointsEach");
      checkArgument(pointsEach.signum() > 0, "pointsEach must be positive: %s", pointsEach);
    }

    @Override
    public String type() {
      return "per-occurrence";
    }
  }

  /**
   * Relative to the group, as police clusters score: the entry's value is what was achieved and its target the
   * target. Let {@code r = achieved ÷ target} and {@code best} the highest {@code r} in the group. If nobody
   * exceeded the target, points are {@code max × min(r, 1)}. Otherwise the best earns full points, a unit at or
   * above target earns {@code max × (a + (1 − a) × (r − 1) ÷ (best − 1))}, and a unit below target earns
   * {@code max × a × r}, where {@code a} is the share of the maximum earned exactly at target.
   *
   * @param atTargetFraction the share {@code a} of the maximum earned exactly at target, between 0 and 1
   */
  record RelativeToGroup(BigDecimal atTargetFraction) implements ScoringMethod {

    public RelativeToGroup {
      Numbers.requireInBounds(Objects.requireNonNull(atTargetFraction, "atTargetFraction"), "atTargetFraction");
      checkArgument(atTargetFraction.signum() >= 0 && atTargetFraction.compareTo(BigDecimal.ONE) <= 0,
          "atTargetFraction must be between 0 and 1: %s", atTargetFraction);
    }

    @Override
    public String type() {
      return "relative-to-group";
    }
  }
}
