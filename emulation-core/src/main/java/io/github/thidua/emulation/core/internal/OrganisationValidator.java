package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Validates a province's organisation against a rule book; the engine behind {@code Emulation.validate}. */
public final class OrganisationValidator {
  private OrganisationValidator() {}

  /**
   * Validates the rule data alone.
   *
   * @param book the rule book
   * @return every problem of the rule data
   */
  public static ValidationReport checkRules(RuleBook book) {
    Objects.requireNonNull(book, "book");
    Findings f = new Findings(Province.builder("rules", "rules", 2000).build());
    RuleBookChecks.check(f, book, Optional.empty(), Optional.empty(), new HashMap<>());
    return new ValidationReport(f.violations());
  }

  /**
   * Validates a province against a rule book.
   *
   * @param run the run: the province, and the rule book checked once
   * @return every violation found, the rule book's own findings first
   */
  public static ValidationReport validate(RunContext run) {
    Province province = run.province();
    Findings f = run.findings();
    integrity(f, province);
    for (EmulationGroup group : new LinkedHashSet<>(province.groups())) {
      // a repeated group id (reported above) resolves for each of its groups, not only the first
      boolean first = province.group(group.id()).filter(g -> g == group).isPresent();
      ResolvedRules rules = first ? run.group(group.id()).resolved() : run.book().resolve(
          RuleTarget.on(province.referenceDate()).forOrganiser(group.organiser()).forGroup(group.id()));
      for (ResolvedRule rule : rules.rules()) {
        if (run.policy(rule).orElse(null) instanceof OrganisationRules.GroupRule check
            && check.appliesTo(group.kind())) {
          check.check(f, group);
        }
      }
    }
    RuleTarget base = RuleTarget.on(province.referenceDate());
    for (Organiser organiser : new LinkedHashSet<>(province.organisers())) {
      for (ResolvedRule rule : run.book().resolve(base.forOrganiser(organiser.id())).rules()) {
        if (run.policy(rule).orElse(null) instanceof OrganisationRules.OrganiserRule check) {
          check.check(f, organiser);
        }
      }
    }
    return new ValidationReport(f.violations());
  }

  /** The data model's own checks: unique ids, resolvable references, one year, no parent cycles. */
  private static void integrity(Findings f, Province p) {
    duplicates(f, ViolationCodes.UNIT_ID_DUPLICATE, SubjectType.UNIT,
        p.units().stream().map(u -> u.id().value()).toList(), id -> p.unit(UnitId.of(id)).orElseThrow().name());
    duplicates(f, ViolationCodes.ORGANISER_ID_DUPLICATE, SubjectType.ORGANISER,
        p.organisers().stream().map(o -> o.id().value()).toList(),
        id -> p.organiser(OrganiserId.of(id)).orElseThrow().name());
    duplicates(f, ViolationCodes.GROUP_ID_DUPLICATE, SubjectType.GROUP,
        p.groups().stream().map(g -> g.id().value()).toList(),
        id -> p.group(GroupId.of(id)).orElseThrow().name());
    for (Unit unit : new LinkedHashSet<>(p.units())) {
      unit.parent().filter(parent -> p.unit(parent).isEmpty()).ifPresent(parent -> f.integrity(
          "integrity.references", ViolationCodes.REFERENCE_UNIT_UNKNOWN, f.unit(unit.id()), parent, Value.phrase("unit-id")));
    }
    parentCycles(f, p);
    for (Organiser organiser : new LinkedHashSet<>(p.organisers())) {
      organiser.unit().filter(u -> p.unit(u).isEmpty()).ifPresent(u -> f.integrity("integrity.references",
          ViolationCodes.REFERENCE_UNIT_UNKNOWN, Findings.organiser(organiser), u, Value.phrase("unit-id")));
    }
    for (EmulationGroup group : p.groups()) {
      Subject subject = Findings.group(group);
      if (p.organiser(group.organiser()).isEmpty()) {
        f.integrity("integrity.references", ViolationCodes.REFERENCE_ORGANISER_UNKNOWN, subject, group.organiser(),
            Value.phrase("organiser-id"));
      }
      if (group.year() != p.year()) {
        f.integrity("integrity.year", ViolationCodes.GROUP_YEAR_MISMATCH, subject, group.year(), p.year());
      }
      Set<UnitId> referenced = new LinkedHashSet<>(group.members());
      referenced.addAll(group.heads());
      referenced.addAll(group.deputies());
      for (UnitId id : referenced) {
        if (p.unit(id).isEmpty()) {
          f.integrity("integrity.references", ViolationCodes.REFERENCE_UNIT_UNKNOWN, subject, id,
              Value.phrase("unit-id"));
        }
      }
      Set<UnitId> repeated = new LinkedHashSet<>();
      for (List<UnitId> ids : List.of(group.members(), group.heads(), group.deputies())) {
        Set<UnitId> once = new HashSet<>();
        ids.stream().filter(id -> !once.add(id)).forEach(repeated::add);
      }
      repeated.forEach(id -> f.integrity("integrity.unique-ids", ViolationCodes.GROUP_MEMBER_REPEATED, subject,
          f.unit(id).name(), Value.phrase("once")));
    }
  }

  private static void duplicates(Findings f, String code, SubjectType type, List<String> ids,
      Function<String, String> name) {
    Map<String, Integer> counts = new TreeMap<>();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    counts.forEach((id, n) -> {
      if (n > 1) {
        f.integrity("integrity.unique-ids", code, new Subject(type, id, name.apply(id)), n, 1);
      }
    });
  }

  private static void parentCycles(Findings f, Province p) {
    Set<UnitId> reported = new HashSet<>();
    for (Unit start : p.units()) {
      List<UnitId> path = new ArrayList<>();
      Optional<UnitId> next = Optional.of(start.id());
      while (next.isPresent() && !path.contains(next.get())) {
        path.add(next.get());
        next = p.unit(next.get()).flatMap(Unit::parent);
      }
      if (next.isPresent() && next.get().equals(start.id()) && reported.add(start.id())) {
        path.add(start.id());
        f.integrity("integrity.hierarchy", ViolationCodes.UNIT_PARENT_CYCLE, f.unit(start.id()),
            Value.phrase("path", String.join(" → ", path.stream().map(u -> f.unit(u).name()).toList())),
            Value.phrase("no-cycle"));
      }
    }
  }
}
