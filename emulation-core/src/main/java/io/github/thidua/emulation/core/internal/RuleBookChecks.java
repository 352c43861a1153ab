package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.ParameterSpec;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleKind;
import io.github.thidua.emulation.core.rules.RuleRemoval;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks rule data against the kind catalogue: known kinds, accepted parameters of the right types, removals. */
final class RuleBookChecks {
  private RuleBookChecks() {}

  /**
   * Reports every problem of the rule data, and reads every rule that passes into its typed value (keyed by
   * {@link RunContext#key layer and rule id}); a rule with problems has no typed value and is skipped by every
   * stage.
   */
  static void check(Findings f, RuleBook book, Optional<Province> province, Optional<LocalDate> date,
      Map<String, Object> parsed) {
    for (RuleSet layer : book.layers()) {
      Subject subject = new Subject(SubjectType.RULE_SET, layer.id().value(), layer.id().value());
      for (Rule rule : layer.rules()) {
        checkRule(f, layer, rule).ifPresent(value -> parsed.put(RunContext.key(layer.id().value(), rule.id()),
            value));
      }
      for (RuleRemoval removal : layer.removals()) {
        if (!definedAbove(book, layer, removal.ruleId())) {
          f.add(ViolationCodes.RULESET_REMOVAL_UNKNOWN, Severity.WARNING, subject, List.of(), removal.ruleId(),
              Value.phrase("inherited-rule"), new RuleReference(removal.ruleId(), layer.id().value(), removal.citation()));
        }
      }
      for (ScoringScale scale : layer.scales()) {
        ScoringEngine.maxima(f, scale, new RuleReference("scale", scale.id() + "@" + scale.version(),
            scale.citation()));
      }
      province.ifPresent(p -> checkTarget(f, layer, subject, p));
    }
    date.ifPresent(d -> {
      RuleSet leaf = book.leaf();
      if (!leaf.isValidOn(d)) {
        Value validity = leaf.validTo().map(to -> Value.phrase("validity-range", leaf.validFrom(), to))
            .orElse(Value.phrase("validity-from", leaf.validFrom()));
        f.add(ViolationCodes.RULESET_NOT_IN_FORCE, Severity.ERROR,
            new Subject(SubjectType.RULE_SET, leaf.id().value(), leaf.name().vi()), List.of(), d, validity,
            new RuleReference("ruleset.validity", leaf.id().value(), leaf.citation()));
      }
    });
  }

  private static void checkTarget(Findings f, RuleSet layer, Subject subject, Province province) {
    layer.target().ifPresent(target -> {
      boolean known;
      try {
        known = layer.level() == LayerLevel.ORGANISER
            ? province.organiser(io.github.thidua.emulation.core.OrganiserId.of(target)).isPresent()
            : province.group(io.github.thidua.emulation.core.GroupId.of(target)).isPresent();
      } catch (IllegalArgumentException notAnId) {
        known = false;
      }
      if (!known) {
        f.add(ViolationCodes.RULESET_TARGET_UNKNOWN, Severity.WARNING, subject, List.of(), target,
            layer.level() == LayerLevel.ORGANISER ? Value.phrase("organiser-of-data") : Value.phrase("group-of-data"),
            new RuleReference("ruleset.target", layer.id().value(), layer.citation()));
      }
    });
  }

  private static boolean definedAbove(RuleBook book, RuleSet layer, String ruleId) {
    RuleSetId current = layer.id();
    Map<RuleSetId, RuleSet> byId = book.layers().stream().collect(Collectors.toMap(RuleSet::id, l -> l));
    Optional<RuleSetId> parent = byId.get(current).parent();
    while (parent.isPresent()) {
      RuleSet above = byId.get(parent.get());
      if (above == null) {
        return false;
      }
      if (above.rule(ruleId).isPresent()) {
        return true;
      }
      parent = above.parent();
    }
    return false;
  }

  /** Checks one rule; its typed value if it passes. */
  private static Optional<Object> checkRule(Findings f, RuleSet layer, Rule rule) {
    Subject subject = new Subject(SubjectType.RULE_SET, layer.id().value() + "#" + rule.id(), rule.id());
    RuleReference ref = new RuleReference(rule.id(), layer.id().value(), rule.citation());
    Optional<Catalogue.Entry> entry = Catalogue.entry(rule.kind());
    if (entry.isEmpty()) {
      String known = Catalogue.kinds().stream().map(RuleKind::id).collect(Collectors.joining(", "));
      f.add(ViolationCodes.RULESET_KIND_UNKNOWN, Severity.ERROR, subject, List.of(), rule.kind(), known, ref);
      return Optional.empty();
    }
    boolean ok = true;
    List<ParameterSpec> specs = entry.get().kind().parameters();
    Set<String> accepted = specs.stream().map(ParameterSpec::name).collect(Collectors.toSet());
    for (String name : rule.params().names()) {
      if (!accepted.contains(name)) {
        f.add(ViolationCodes.RULESET_PARAM_UNKNOWN, Severity.ERROR, subject, List.of(), name,
            String.join(", ", accepted.stream().sorted().toList()), ref);
        ok = false;
      }
    }
    for (ParameterSpec spec : specs) {
      Object value = rule.params().asMap().get(spec.name());
      if (value == null) {
        if (spec.required()) {
          f.add(ViolationCodes.RULESET_PARAM_MISSING, Severity.ERROR, subject, List.of(), Value.NONE, spec.name(), ref);
          ok = false;
        }
      } else if (!fits(spec, value)) {
        f.add(ViolationCodes.RULESET_PARAM_INVALID, Severity.ERROR, subject, List.of(),
            Value.phrase("param-value", spec.name(), String.valueOf(value)), expected(spec), ref);
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(entry.get().reader().read(new ResolvedRule(rule, layer.id(), layer.level(), List.of())));
    } catch (Catalogue.Invalid invalid) {
      f.add(ViolationCodes.RULESET_PARAM_INVALID, Severity.ERROR, subject, List.of(), invalid.observed,
          invalid.limit, ref);
      return Optional.empty();
    }
  }

  private static boolean fits(ParameterSpec spec, Object value) {
    return switch (spec.type()) {
      case COUNT -> isCount(value);
      case DECIMAL -> value instanceof BigDecimal d && d.signum() >= 0 && Numbers.inBounds(d);
      case TEXT -> value instanceof String;
      case BOOLEAN -> value instanceof Boolean;
      case TEXT_LIST -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
      case COUNT_MAP -> value instanceof Map<?, ?> m && m.values().stream().allMatch(RuleBookChecks::isCount);
      case GROUP_KINDS -> isListOf(value, names(GroupKind.values()));
      case STATUSES -> isListOf(value, names(LifecycleStatus.values()));
      case ROLES -> isListOf(value, names(ScorerRole.values()));
      case SEVERITY -> value instanceof String s && names(Severity.values()).contains(s);
      case CHOICE -> value instanceof String s && spec.choices().contains(s);
    };
  }

  private static Value expected(ParameterSpec spec) {
    return switch (spec.type()) {
      case COUNT -> Value.phrase("type-count");
      case DECIMAL -> Value.phrase("type-decimal");
      case TEXT -> Value.phrase("type-text");
      case BOOLEAN -> Value.phrase("type-boolean");
      case TEXT_LIST -> Value.phrase("type-text-list");
      case COUNT_MAP -> Value.phrase("type-count-map");
      case GROUP_KINDS -> Value.phrase("list-of", names(GroupKind.values()));
      case STATUSES -> Value.phrase("list-of", names(LifecycleStatus.values()));
      case ROLES -> Value.phrase("list-of", names(ScorerRole.values()));
      case SEVERITY -> Value.phrase("one-of", names(Severity.values()));
      case CHOICE -> Value.phrase("one-of", spec.choices());
    };
  }

  private static boolean isCount(Object value) {
    return value instanceof BigDecimal d && d.signum() >= 0 && d.scale() <= 0
        && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
  }

  private static boolean isListOf(Object value, List<String> allowed) {
    return value instanceof List<?> l && l.stream().allMatch(allowed::contains);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

}
