package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules in force for one {@link RuleTarget}: every rule with the layer it came from, every inherited rule
 * that was removed and by whom, and the layers that applied. Rules are sorted by id.
 *
 * @param target what the rules were resolved for
 * @param layers the ids of the layers that applied, most general first
 * @param rules the rules in force, sorted by id
 * @param removed the rules removed by a more specific layer, sorted by id
 * @param scales the scoring scales of the applied layers, a more specific layer's replacing a general one's of the
 *     same id, sorted by id
 */
public record ResolvedRules(
    RuleTarget target, List<RuleSetId> layers, List<ResolvedRule> rules, List<RemovedRule> removed,
    List<ScoringScale> scales) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param target what the rules were resolved for
   * @param layers the ids of the layers that applied, most general first
   * @param rules the rules in force, sorted by id
   * @param removed the rules removed by a more specific layer, sorted by id
   * @param scales the scoring scales of the applied layers, a more specific layer's replacing a general one's of the
   *     same id, sorted by id
   */
  public ResolvedRules {
    Objects.requireNonNull(target, "target");
    layers = List.copyOf(layers);
    rules = List.copyOf(rules);
    removed = List.copyOf(removed);
    scales = List.copyOf(scales);
  }

  /**
   * Returns the scale for a group and year: one bound to the group itself, else one bound to its organiser.
   *
   * @param group the group
   * @return the scale, if the applied layers define one (the first by id if several qualify)
   */
  public Optional<ScoringScale> scaleFor(EmulationGroup group) {
    return scalesFor(group).stream().findFirst();
  }

  /**
   * Returns every scale that could apply to a group and year: those bound to the group itself if any, else those
   * bound to its organiser; more than one means the rule data is ambiguous.
   *
   * @param group the group
   * @return the candidates, by id
   */
  public List<ScoringScale> scalesFor(EmulationGroup group) {
    List<ScoringScale> own = scales.stream().filter(s -> s.binding().year() == group.year()
        && s.binding().group().filter(group.id()::equals).isPresent()).toList();
    return !own.isEmpty() ? own : scales.stream().filter(s -> s.binding().year() == group.year()
        && s.binding().organiser().filter(group.organiser()::equals).isPresent()).toList();
  }

  /**
   * Looks a rule up by id.
   *
   * @param ruleId the id
   * @return the rule in force, if any
   */
  public Optional<ResolvedRule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * Returns the rules of one kind, sorted by id.
   *
   * @param kind the rule kind
   * @return the rules of that kind in force
   */
  public List<ResolvedRule> ofKind(String kind) {
    return rules.stream().filter(r -> r.rule().kind().equals(kind)).toList();
  }
}
