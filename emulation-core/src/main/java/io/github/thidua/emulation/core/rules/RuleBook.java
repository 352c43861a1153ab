package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A stack of rule-set layers: a chain of national and provincial layers, plus any number of organiser and group
 * layers on top. {@link #resolve(RuleTarget)} applies them from the most general to the most specific: a later
 * layer overrides a rule by defining the same id, or removes it, and each resolved rule says which layer supplied
 * it. Immutable and thread-safe.
 *
 * <p>Precedence, most general first: {@link LayerLevel#NATIONAL}, {@link LayerLevel#PROVINCE}, the
 * {@link LayerLevel#ORGANISER} layers whose target is the resolved organiser, then the {@link LayerLevel#GROUP}
 * layers whose target is the resolved group; two layers of one level and target apply in id order. Layers and
 * rules not valid on the target date are skipped.
 */
public final class RuleBook {
  private static final Comparator<RuleSet> ORDER =
      Comparator.comparing(RuleSet::level).thenComparing(RuleSet::id);

  private final List<RuleSet> layers;
  private final RuleSet leaf;
  private final List<RuleSet> chain;
  private final Map<String, List<RuleSet>> organiserLayers;
  private final Map<String, List<RuleSet>> groupLayers;

  private RuleBook(List<RuleSet> layers) {
    checkArgument(!layers.isEmpty(), "a rule book needs at least one layer");
    Map<RuleSetId, RuleSet> byId = new HashMap<>();
    for (RuleSet layer : layers) {
      checkArgument(byId.put(layer.id(), layer) == null, "rule set %s appears twice", layer.id());
    }
    List<RuleSet> chain = chain(layers, byId);
    for (RuleSet layer : layers) {
      layer.parent().ifPresent(p -> checkArgument(byId.containsKey(p),
          "rule set %s extends %s, which is not in the rule book", layer.id(), p));
      if (layer.level() == LayerLevel.ORGANISER) {
        checkArgument(byId.get(layer.parent().orElseThrow()).level().compareTo(LayerLevel.ORGANISER) < 0,
            "organiser layer %s must extend a national or provincial layer", layer.id());
      }
    }
    List<RuleSet> sorted = new ArrayList<>(chain);
    layers.stream().filter(l -> !chain.contains(l)).sorted(ORDER).forEach(sorted::add);
    this.layers = List.copyOf(sorted);
    this.leaf = chain.get(chain.size() - 1);
    this.chain = List.copyOf(chain);
    // resolving visits only the layers of its target, so a province with many organisers resolves in linear time
    this.organiserLayers = byTarget(sorted, LayerLevel.ORGANISER);
    this.groupLayers = byTarget(sorted, LayerLevel.GROUP);
  }

  private static Map<String, List<RuleSet>> byTarget(List<RuleSet> sorted, LayerLevel level) {
    Map<String, List<RuleSet>> map = new HashMap<>();
    sorted.stream().filter(l -> l.level() == level)
        .forEach(l -> map.computeIfAbsent(l.target().orElseThrow(), k -> new ArrayList<>()).add(l));
    map.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(map);
  }

  /**
   * The national and provincial layers as one chain, most general first: at most one national layer, then
   * provincial layers each extending the one before (a province's optional, stricter layer extends the province's
   * own).
   */
  private static List<RuleSet> chain(List<RuleSet> layers, Map<RuleSetId, RuleSet> byId) {
    List<RuleSet> chain = layers.stream()
        .filter(l -> l.level() == LayerLevel.NATIONAL || l.level() == LayerLevel.PROVINCE).toList();
    checkArgument(!chain.isEmpty(), "a rule book needs a national or provincial layer");
    checkArgument(chain.stream().filter(l -> l.level() == LayerLevel.NATIONAL).count() <= 1,
        "a rule book holds at most one national layer: %s", chain.stream().map(RuleSet::id).toList());
    List<RuleSet> roots = chain.stream().filter(l -> l.parent().isEmpty()).toList();
    checkArgument(roots.size() == 1, "the national and provincial layers must form one chain, with one root: %s",
        chain.stream().map(l -> l.id() + l.parent().map(p -> " extends " + p).orElse("")).toList());
    List<RuleSet> ordered = new ArrayList<>(roots);
    while (ordered.size() < chain.size()) {
      RuleSet last = ordered.get(ordered.size() - 1);
      List<RuleSet> next = chain.stream().filter(l -> l.parent().equals(Optional.of(last.id()))).toList();
      checkArgument(next.size() == 1, "rule set %s must be extended by exactly one of %s", last.id(),
          chain.stream().filter(l -> !ordered.contains(l)).map(RuleSet::id).toList());
      checkArgument(next.get(0).level() == LayerLevel.PROVINCE, "rule set %s extends %s: only a provincial layer"
          + " may extend a layer of the chain", next.get(0).id(), last.id());
      ordered.add(next.get(0));
    }
    checkArgument(byId.size() == layers.size(), "rule sets repeat");
    return ordered;
  }

  /**
   * Returns a rule book of the given layers, in any order.
   *
   * @param layers the layers
   * @return the rule book
   * @throws IllegalArgumentException if the layers do not form one chain with overlays on it
   */
  public static RuleBook of(List<RuleSet> layers) {
    return new RuleBook(layers);
  }

  /**
   * Returns a rule book of the given layers, in any order.
   *
   * @param layers the layers
   * @return the rule book
   */
  public static RuleBook of(RuleSet... layers) {
    return new RuleBook(List.of(layers));
  }

  /**
   * Returns a copy with more layers, typically an organiser's or a group's own rules.
   *
   * @param more the layers to add
   * @return the new rule book
   */
  public RuleBook with(RuleSet... more) {
    List<RuleSet> all = new ArrayList<>(layers);
    all.addAll(List.of(more));
    return new RuleBook(all);
  }

  /**
   * Returns every layer, most general first.
   *
   * @return the layers
   */
  public List<RuleSet> layers() {
    return layers;
  }

  /**
   * Returns the most specific layer of the national–provincial chain, whose id names the whole rule book.
   *
   * @return the leaf layer
   */
  public RuleSet leaf() {
    return leaf;
  }

  /**
   * Resolves the rules in force for a target.
   *
   * @param target the date, and optionally the organiser and group
   * @return the resolved rules, each with the layer that supplied it
   */
  public ResolvedRules resolve(RuleTarget target) {
    Objects.requireNonNull(target, "target");
    Map<String, ResolvedRule> inForce = new TreeMap<>();
    Map<String, RemovedRule> removed = new TreeMap<>();
    Map<String, ScoringScale> scales = new TreeMap<>();
    List<RuleSetId> applied = new ArrayList<>();
    List<RuleSet> candidates = new ArrayList<>(chain);
    target.organiser().ifPresent(o -> candidates.addAll(organiserLayers.getOrDefault(o.value(), List.of())));
    target.group().ifPresent(g -> candidates.addAll(groupLayers.getOrDefault(g.value(), List.of())));
    for (RuleSet layer : candidates) {
      if (!applies(layer, target)) {
        continue;
      }
      applied.add(layer.id());
      for (RuleRemoval removal : layer.removals()) {
        ResolvedRule was = inForce.remove(removal.ruleId());
        if (was != null) {
          removed.put(removal.ruleId(), new RemovedRule(removal, layer.id(), layer.level(), was));
        }
      }
      for (Rule rule : layer.rules()) {
        if (!rule.isValidOn(target.date())) {
          continue;
        }
        ResolvedRule previous = inForce.get(rule.id());
        List<RuleSetId> overridden = new ArrayList<>();
        if (previous != null) {
          overridden.addAll(previous.overridden());
          overridden.add(previous.layer());
        }
        removed.remove(rule.id());
        inForce.put(rule.id(), new ResolvedRule(rule, layer.id(), layer.level(), overridden));
      }
      layer.scales().forEach(scale -> scales.put(scale.id(), scale));
    }
    return new ResolvedRules(target, applied, List.copyOf(inForce.values()), List.copyOf(removed.values()),
        List.copyOf(scales.values()));
  }

  private static boolean applies(RuleSet layer, RuleTarget target) {
    if (!layer.isValidOn(target.date())) {
      return false;
    }
    return switch (layer.level()) {
      case NATIONAL, PROVINCE -> true;
      case ORGANISER -> target.organiser().map(o -> layer.target().orElseThrow().equals(o.value())).orElse(false);
      case GROUP -> target.group().map(g -> layer.target().orElseThrow().equals(g.value())).orElse(false);
    };
  }

  /**
   * Returns the ids of every layer, grouped by level, for messages.
   *
   * @return level to layer ids
   */
  public Map<LayerLevel, List<RuleSetId>> layerIds() {
    return layers.stream().collect(Collectors.groupingBy(RuleSet::level, LinkedHashMap::new,
        Collectors.mapping(RuleSet::id, Collectors.toList())));
  }

  /**
   * Returns the ids of the rules that any layer defines, sorted.
   *
   * @return every rule id mentioned in the book
   */
  public Set<String> ruleIds() {
    return layers.stream().flatMap(l -> l.rules().stream()).map(Rule::id)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleBook b && layers.equals(b.layers);
  }

  @Override
  public int hashCode() {
    return layers.hashCode();
  }

  @Override
  public String toString() {
    return "RuleBook" + layers.stream().map(l -> l.id() + "@" + l.version()).toList();
  }
}
