package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One layer of rules as versioned data: a national law layer, a province's regulation, one organiser's rules or
 * one group's rules. A layer names the layer it extends; {@link RuleBook} stacks layers and
 * {@link RuleBook#resolve(RuleTarget)} tells which rule applies and which layer it came from.
 *
 * @param id the layer's id, e.g. {@code vn-hung-yen}
 * @param version the version of its data, e.g. {@code 2024.1}; a change after publication is a new version
 * @param level which layer it is
 * @param parent the layer it extends; absent only for a root layer
 * @param target for an {@link LayerLevel#ORGANISER} layer the organiser's id, for a {@link LayerLevel#GROUP} layer
 *     the group's id; absent for national and provincial layers
 * @param name its name in Vietnamese and English
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, if it has ended
 * @param citation the document it comes from as a whole
 * @param rules the rules it defines or overrides, in the order given
 * @param removals the inherited rules it removes
 * @param scales the scoring scales it defines (thang điểm), each bound to a group or organiser and a year; a more
 *     specific layer's scale with the same id replaces it
 */
public record RuleSet(
    RuleSetId id,
    String version,
    LayerLevel level,
    Optional<RuleSetId> parent,
    Optional<String> target,
    LocalizedText name,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    Citation citation,
    List<Rule> rules,
    List<RuleRemoval> removals,
    List<ScoringScale> scales) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id the layer's id, e.g. {@code vn-hung-yen}
   * @param version the version of its data, e.g. {@code 2024.1}; a change after publication is a new version
   * @param level which layer it is
   * @param parent the layer it extends; absent only for a root layer
   * @param target for an {@link LayerLevel#ORGANISER} layer the organiser's id, for a {@link LayerLevel#GROUP} layer
   *     the group's id; absent for national and provincial layers
   * @param name its name in Vietnamese and English
   * @param validFrom the first day it applies
   * @param validTo the last day it applies, if it has ended
   * @param citation the document it comes from as a whole
   * @param rules the rules it defines or overrides, in the order given
   * @param removals the inherited rules it removes
   * @param scales the scoring scales it defines (thang điểm), each bound to a group or organiser and a year; a more
   *     specific layer's scale with the same id replaces it
   */
  public RuleSet {
    Objects.requireNonNull(id, "id");
    checkArgument(version != null && !version.isBlank(), "rule set %s has no version", id);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(citation, "citation");
    validTo.ifPresent(t -> checkArgument(!t.isBefore(validFrom), "rule set %s ends before it starts", id));
    boolean overlay = level == LayerLevel.ORGANISER || level == LayerLevel.GROUP;
    checkArgument(overlay == target.isPresent(),
        "rule set %s: an organiser or group layer names its target, and only such layers do", id);
    checkArgument(overlay ? parent.isPresent() : true, "rule set %s: an organiser or group layer needs a parent", id);
    parent.ifPresent(p -> checkArgument(!p.equals(id), "rule set %s extends itself", id));
    rules = List.copyOf(rules);
    removals = List.copyOf(removals);
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      checkArgument(seen.add(rule.id()), "rule set %s defines rule %s twice", id, rule.id());
    }
    scales = List.copyOf(scales);
    Set<String> scaleIds = new HashSet<>();
    for (ScoringScale scale : scales) {
      checkArgument(scaleIds.add(scale.id()), "rule set %s defines scale %s twice", id, scale.id());
    }
    Set<String> removed = new HashSet<>();
    for (RuleRemoval removal : removals) {
      checkArgument(removed.add(removal.ruleId()), "rule set %s removes rule %s twice", id, removal.ruleId());
      checkArgument(!seen.contains(removal.ruleId()),
          "rule set %s both defines and removes rule %s", id, removal.ruleId());
    }
  }

  /**
   * Tells whether the layer applies on a date.
   *
   * @param date the date
   * @return whether {@code validFrom <= date <= validTo}
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && validTo.map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * Looks a rule of this layer up.
   *
   * @param ruleId the rule's id
   * @return the rule, if this layer defines it
   */
  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @param id the layer's id
   * @param version its data version
   * @param level which layer it is
   * @return a builder valid from 1945-01-01 with no rules
   */
  public static Builder builder(String id, String version, LayerLevel level) {
    return new Builder(RuleSetId.of(id), version, level);
  }

  /**
   * Returns a builder preset with this layer's contents, to make a changed copy (a new version).
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, version, level);
    b.parent = parent;
    b.target = target;
    b.name = name;
    b.validFrom = validFrom;
    b.validTo = validTo;
    b.citation = citation;
    b.rules.addAll(rules);
    b.removals.addAll(removals);
    b.scales.addAll(scales);
    return b;
  }

  /** Builds a {@link RuleSet} in Java, for users without a file format; not thread-safe. */
  public static final class Builder {
    private final RuleSetId id;
    private String version;
    private final LayerLevel level;
    private Optional<RuleSetId> parent = Optional.empty();
    private Optional<String> target = Optional.empty();
    private LocalizedText name;
    private LocalDate validFrom = LocalDate.of(1945, 1, 1);
    private Optional<LocalDate> validTo = Optional.empty();
    private Citation citation;
    private final List<Rule> rules = new ArrayList<>();
    private final List<RuleRemoval> removals = new ArrayList<>();
    private final List<ScoringScale> scales = new ArrayList<>();

    private Builder(RuleSetId id, String version, LayerLevel level) {
      this.id = id;
      this.version = version;
      this.level = level;
      this.name = LocalizedText.both(id.value());
      this.citation = Citation.of(id.value());
    }

    /**
     * Sets the version.
     *
     * @param newVersion the version
     * @return this builder
     */
    public Builder version(String newVersion) {
      this.version = newVersion;
      return this;
    }

    /**
     * Sets the layer this one extends.
     *
     * @param parentId its id
     * @return this builder
     */
    public Builder parent(String parentId) {
      this.parent = Optional.of(RuleSetId.of(parentId));
      return this;
    }

    /**
     * Sets the organiser or group this layer is for.
     *
     * @param targetId its id
     * @return this builder
     */
    public Builder target(String targetId) {
      this.target = Optional.of(targetId);
      return this;
    }

    /**
     * Sets the name.
     *
     * @param newName the name
     * @return this builder
     */
    public Builder name(LocalizedText newName) {
      this.name = newName;
      return this;
    }

    /**
     * Sets the validity.
     *
     * @param from first day
     * @param to last day, if it has ended
     * @return this builder
     */
    public Builder validity(LocalDate from, Optional<LocalDate> to) {
      this.validFrom = from;
      this.validTo = to;
      return this;
    }

    /**
     * Sets the layer's source document.
     *
     * @param source the citation
     * @return this builder
     */
    public Builder citation(Citation source) {
      this.citation = source;
      return this;
    }

    /**
     * Adds (or replaces, by id) a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      rules.removeIf(r -> r.id().equals(rule.id()));
      rules.add(rule);
      return this;
    }

    /**
     * Removes an inherited rule.
     *
     * @param ruleId the rule's id
     * @param reason why
     * @param source the legal text behind the removal
     * @return this builder
     */
    public Builder remove(String ruleId, String reason, Citation source) {
      removals.add(new RuleRemoval(ruleId, reason, source));
      return this;
    }

    /**
     * Adds (or replaces, by id) a scoring scale.
     *
     * @param scale the scale
     * @return this builder
     */
    public Builder scale(ScoringScale scale) {
      scales.removeIf(x -> x.id().equals(scale.id()));
      scales.add(scale);
      return this;
    }

    /**
     * Builds the layer.
     *
     * @return the immutable rule set
     */
    public RuleSet build() {
      return new RuleSet(id, version, level, parent, target, name, validFrom, validTo, citation, rules, removals,
          scales);
    }
  }
}
