package io.github.thidua.emulation.core.rules;

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
 */
public record ResolvedRules(
    RuleTarget target, List<RuleSetId> layers, List<ResolvedRule> rules, List<RemovedRule> removed) {

  public ResolvedRules {
    Objects.requireNonNull(target, "target");
    layers = List.copyOf(layers);
    rules = List.copyOf(rules);
    removed = List.copyOf(removed);
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
