package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.rules.Citation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scoring scale (thang điểm): a tree of criteria with maximum points on a base of, say, 100 or 1000, listed
 * bonus achievements with a cap, listed deductions, and the declared arithmetic. Bound to a group or an organiser
 * and a year; a change after the pledge is a new version.
 *
 * <p>A unit's total is {@code max(floor, Σ criteria + min(Σ bonus, bonusCap) − min(Σ deductions, deductionCap))},
 * so a total above the base is valid when bonus points are earned (97 + 10 = 107).
 *
 * @param id the scale's id
 * @param version its version
 * @param name its name
 * @param base the points of a perfect score without bonus (e.g. 100 or 1000)
 * @param arithmetic decimal places, rounding mode and rounding point
 * @param criteria the top-level nodes (criterion groups), in order
 * @param bonuses the listed achievements that earn bonus points
 * @param bonusCap the most bonus points a unit can earn in total
 * @param deductions the listed faults that cost points
 * @param deductionCap the most points deductions can remove in total, if capped
 * @param floor the lowest total (usually 0)
 * @param binding what the scale applies to and when it was adopted
 * @param citation the document that sets the scale
 */
public record ScoringScale(
    String id,
    String version,
    LocalizedText name,
    BigDecimal base,
    Arithmetic arithmetic,
    List<Criterion> criteria,
    List<ListedItem> bonuses,
    BigDecimal bonusCap,
    List<ListedItem> deductions,
    Optional<BigDecimal> deductionCap,
    BigDecimal floor,
    ScaleBinding binding,
    Citation citation) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,127}");

  /**
   * Creates the value, checking its invariants.
   *
   * @param id the scale's id
   * @param version its version
   * @param name its name
   * @param base the points of a perfect score without bonus (e.g. 100 or 1000)
   * @param arithmetic decimal places, rounding mode and rounding point
   * @param criteria the top-level nodes (criterion groups), in order
   * @param bonuses the listed achievements that earn bonus points
   * @param bonusCap the most bonus points a unit can earn in total
   * @param deductions the listed faults that cost points
   * @param deductionCap the most points deductions can remove in total, if capped
   * @param floor the lowest total (usually 0)
   * @param binding what the scale applies to and when it was adopted
   * @param citation the document that sets the scale
   */
  public ScoringScale {
    checkArgument(id != null && ID.matcher(id).matches(), "scale id must be lower-case ASCII: '%s'", id);
    checkArgument(version != null && !version.isBlank(), "scale %s has no version", id);
    Objects.requireNonNull(name, "name");
    Numbers.requireInBounds(Objects.requireNonNull(base, "base"), "scale " + id + "'s base");
    checkArgument(base.signum() > 0, "scale %s has a base of %s", id, base);
    Objects.requireNonNull(arithmetic, "arithmetic");
    criteria = List.copyOf(criteria);
    checkArgument(!criteria.isEmpty(), "scale %s has no criteria", id);
    bonuses = List.copyOf(bonuses);
    Numbers.requireInBounds(Objects.requireNonNull(bonusCap, "bonusCap"), "scale " + id + "'s bonus cap");
    checkArgument(bonusCap.signum() >= 0, "scale %s has a negative bonus cap", id);
    checkArgument(bonuses.isEmpty() || bonusCap.signum() > 0,
        "scale %s lists bonus items but its bonus cap is 0, which would cancel them", id);
    deductions = List.copyOf(deductions);
    Objects.requireNonNull(deductionCap, "deductionCap");
    deductionCap.ifPresent(c -> Numbers.requireInBounds(c, "scale " + id + "'s deduction cap"));
    Numbers.requireInBounds(Objects.requireNonNull(floor, "floor"), "scale " + id + "'s floor");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(citation, "citation");
    Set<String> codes = new HashSet<>();
    for (Criterion top : criteria) {
      for (Criterion c : top.flatten()) {
        checkArgument(codes.add(c.code()), "scale %s uses criterion code %s twice", id, c.code());
      }
    }
    Set<String> items = new HashSet<>();
    for (ListedItem item : bonuses) {
      checkArgument(items.add("+" + item.code()), "scale %s lists bonus %s twice", id, item.code());
    }
    for (ListedItem item : deductions) {
      checkArgument(items.add("-" + item.code()), "scale %s lists deduction %s twice", id, item.code());
    }
  }

  /**
   * Returns every node of the tree, depth first.
   *
   * @return the nodes
   */
  public List<Criterion> allCriteria() {
    List<Criterion> all = new ArrayList<>();
    criteria.forEach(c -> all.addAll(c.flatten()));
    return all;
  }

  /**
   * Returns the leaves: the criteria that are scored directly.
   *
   * @return the leaves, depth first
   */
  public List<Criterion> leaves() {
    return allCriteria().stream().filter(Criterion::isLeaf).toList();
  }

  /**
   * Looks a criterion up by code.
   *
   * @param code the code
   * @return the criterion, if any
   */
  public Optional<Criterion> criterion(String code) {
    return allCriteria().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Looks a bonus item up by code.
   *
   * @param code the code
   * @return the item, if listed
   */
  public Optional<ListedItem> bonus(String code) {
    return bonuses.stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /**
   * Looks a deduction item up by code.
   *
   * @param code the code
   * @return the item, if listed
   */
  public Optional<ListedItem> deduction(String code) {
    return deductions.stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /**
   * Returns the highest total a unit can reach when the top-level maxima add up to the base: the base plus the
   * bonus cap.
   *
   * @return the ceiling
   */
  public BigDecimal ceiling() {
    return base.add(bonusCap);
  }

  /**
   * Starts a builder.
   *
   * @param id the scale's id
   * @param version its version
   * @param base its base, e.g. {@code "100"}
   * @param binding what it applies to
   * @return a builder with 2 decimals, {@code HALF_UP} at the total, no bonus and a floor of 0
   */
  public static Builder builder(String id, String version, String base, ScaleBinding binding) {
    return new Builder(id, version, new BigDecimal(base), binding);
  }

  /** Builds a {@link ScoringScale}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final BigDecimal base;
    private final ScaleBinding binding;
    private LocalizedText name;
    private Arithmetic arithmetic = new Arithmetic(2, RoundingMode.HALF_UP, RoundingPoint.TOTAL);
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<ListedItem> bonuses = new ArrayList<>();
    private BigDecimal bonusCap = BigDecimal.ZERO;
    private final List<ListedItem> deductions = new ArrayList<>();
    private Optional<BigDecimal> deductionCap = Optional.empty();
    private BigDecimal floor = BigDecimal.ZERO;
    private Citation citation;

    private Builder(String id, String version, BigDecimal base, ScaleBinding binding) {
      this.id = id;
      this.version = version;
      this.base = base;
      this.binding = binding;
      this.name = LocalizedText.both(id);
      this.citation = Citation.of(id);
    }

    /**
     * Sets the name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(LocalizedText value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the arithmetic.
     *
     * @param value the arithmetic
     * @return this builder
     */
    public Builder arithmetic(Arithmetic value) {
      this.arithmetic = value;
      return this;
    }

    /**
     * Adds top-level criteria.
     *
     * @param values the criteria
     * @return this builder
     */
    public Builder criteria(Criterion... values) {
      criteria.addAll(List.of(values));
      return this;
    }

    /**
     * Adds listed bonus items.
     *
     * @param values the items
     * @return this builder
     */
    public Builder bonuses(ListedItem... values) {
      bonuses.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the bonus cap.
     *
     * @param value the cap
     * @return this builder
     */
    public Builder bonusCap(String value) {
      this.bonusCap = new BigDecimal(value);
      return this;
    }

    /**
     * Adds listed deduction items.
     *
     * @param values the items
     * @return this builder
     */
    public Builder deductions(ListedItem... values) {
      deductions.addAll(List.of(values));
      return this;
    }

    /**
     * Caps all deductions together.
     *
     * @param value the cap
     * @return this builder
     */
    public Builder deductionCap(String value) {
      this.deductionCap = Optional.of(new BigDecimal(value));
      return this;
    }

    /**
     * Sets the floor of totals.
     *
     * @param value the floor
     * @return this builder
     */
    public Builder floor(String value) {
      this.floor = new BigDecimal(value);
      return this;
    }

    /**
     * Sets the source document.
     *
     * @param value the citation
     * @return this builder
     */
    public Builder citation(Citation value) {
      this.citation = value;
      return this;
    }

    /**
     * Builds the scale.
     *
     * @return the immutable scale
     */
    public ScoringScale build() {
      return new ScoringScale(id, version, name, base, arithmetic, criteria, bonuses, bonusCap, deductions,
          deductionCap, floor, binding, citation);
    }
  }
}
