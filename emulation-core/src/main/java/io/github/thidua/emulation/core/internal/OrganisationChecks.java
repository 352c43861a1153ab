package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The organisation rule kinds' checks: one method per kind, named in {@link Catalogue}. */
final class OrganisationChecks {
  private OrganisationChecks() {}

  /** Known members: distinct member ids that name a unit (unknown ids are reported by the integrity checks). */
  private static List<Unit> knownMembers(Province province, EmulationGroup group) {
    List<Unit> units = new ArrayList<>();
    for (UnitId id : group.distinctMembers()) {
      province.unit(id).ifPresent(units::add);
    }
    return units;
  }

  static void minMembers(Findings f, ResolvedRule rule, EmulationGroup group) {
    int min = rule.rule().params().integer("min");
    int count = knownMembers(f.province(), group).size();
    if (count < min) {
      f.report(rule, ViolationCodes.GROUP_MEMBERS_TOO_FEW, Findings.group(group), List.of(), count, min);
    }
  }

  static void maxMembers(Findings f, ResolvedRule rule, EmulationGroup group) {
    int max = rule.rule().params().integer("max");
    int count = knownMembers(f.province(), group).size();
    if (count > max) {
      f.report(rule, ViolationCodes.GROUP_MEMBERS_TOO_MANY, Findings.group(group), List.of(), count, max);
    }
  }

  static void minStaff(Findings f, ResolvedRule rule, EmulationGroup group) {
    int min = rule.rule().params().integer("min");
    for (Unit unit : knownMembers(f.province(), group)) {
      if (unit.staffCount() < min) {
        f.report(rule, ViolationCodes.UNIT_STAFF_TOO_FEW, f.unit(unit.id()), List.of(Findings.group(group)),
            unit.staffCount(), min);
      }
    }
  }

  static void headCount(Findings f, ResolvedRule rule, EmulationGroup group) {
    int expected = rule.rule().params().integer("count");
    int heads = new LinkedHashSet<>(group.heads()).size();
    if (heads < expected) {
      f.report(rule, ViolationCodes.GROUP_HEAD_MISSING, Findings.group(group), List.of(), heads, expected);
    } else if (heads > expected) {
      f.report(rule, ViolationCodes.GROUP_HEAD_MULTIPLE, Findings.group(group), unitSubjects(f, group.heads()),
          heads, expected);
    }
  }

  static void deputyCount(Findings f, ResolvedRule rule, EmulationGroup group) {
    int expected = rule.rule().params().integer("count");
    int deputies = new LinkedHashSet<>(group.deputies()).size();
    if (deputies != expected) {
      f.report(rule, ViolationCodes.GROUP_DEPUTIES_COUNT, Findings.group(group), unitSubjects(f, group.deputies()),
          deputies, expected);
    }
  }

  static void leadersAreMembers(Findings f, ResolvedRule rule, EmulationGroup group) {
    Set<UnitId> members = group.distinctMembers();
    Set<UnitId> leaders = new LinkedHashSet<>(group.heads());
    leaders.addAll(group.deputies());
    for (UnitId leader : leaders) {
      if (!members.contains(leader)) {
        f.report(rule, ViolationCodes.GROUP_LEADER_NOT_MEMBER, Findings.group(group), List.of(f.unit(leader)),
            f.unit(leader).name(), Value.phrase("a-member"));
      }
    }
  }

  static void activeMembers(Findings f, ResolvedRule rule, EmulationGroup group) {
    RuleParameters p = rule.rule().params();
    Set<String> inactive = p.has("statuses")
        ? Set.copyOf(p.textList("statuses"))
        : Set.of(LifecycleStatus.MERGED.name(), LifecycleStatus.DISSOLVED.name());
    for (Unit unit : knownMembers(f.province(), group)) {
      LifecycleStatus status = unit.statusOn(f.province().referenceDate());
      if (inactive.contains(status.name())) {
        f.report(rule, ViolationCodes.UNIT_INACTIVE, f.unit(unit.id()), List.of(Findings.group(group)), status,
            LifecycleStatus.ACTIVE);
      }
    }
  }

  static void clusterCount(Findings f, ResolvedRule rule, Organiser organiser) {
    RuleParameters p = rule.rule().params();
    List<String> kinds = p.textList("organiserKinds");
    if (!kinds.isEmpty() && !kinds.contains(organiser.kind().code())) {
      return;
    }
    int expected = expectedClusters(p, organiser);
    long count = f.province().groupsOrganisedBy(organiser.id()).stream()
        .filter(g -> g.kind() == GroupKind.CLUSTER)
        .map(EmulationGroup::id).distinct().count();
    String comparison = p.optionalText("comparison").orElse("exactly");
    boolean ok = switch (comparison) {
      case "at-most" -> count <= expected;
      case "at-least" -> count >= expected;
      default -> count == expected;
    };
    if (!ok) {
      String limit = switch (comparison) {
        case "at-most" -> "≤ " + expected;
        case "at-least" -> "≥ " + expected;
        default -> String.valueOf(expected);
      };
      f.report(rule, ViolationCodes.ORGANISER_CLUSTERS_COUNT, Findings.organiser(organiser), List.of(), count, limit);
    }
  }

  /** The most specific count that names this organiser: by id, then by sector, then by kind, then the default. */
  static int expectedClusters(RuleParameters p, Organiser organiser) {
    Integer byId = p.integerMap("byOrganiser").get(organiser.id().value());
    if (byId != null) {
      return byId;
    }
    Optional<Integer> bySector = organiser.sector().map(s -> p.integerMap("bySector").get(s));
    if (bySector.isPresent()) {
      return bySector.get();
    }
    Integer byKind = p.integerMap("byKind").get(organiser.kind().code());
    return byKind != null ? byKind : p.integer("default");
  }

  static void singleMembership(Findings f, ResolvedRule rule, Organiser organiser) {
    Map<String, Map<UnitId, Set<GroupId>>> byKindYear = new TreeMap<>();
    for (EmulationGroup group : f.province().groupsOrganisedBy(organiser.id())) {
      if (Catalogue.appliesTo(rule, group.kind())) {
        Map<UnitId, Set<GroupId>> units =
            byKindYear.computeIfAbsent(group.kind() + "/" + group.year(), k -> new TreeMap<>());
        group.distinctMembers().forEach(member -> units.computeIfAbsent(member, k -> new TreeSet<>()).add(group.id()));
      }
    }
    for (Map<UnitId, Set<GroupId>> units : byKindYear.values()) {
      units.forEach((unit, groups) -> {
        if (groups.size() > 1) {
          f.report(rule, ViolationCodes.UNIT_MEMBERSHIP_DUPLICATE, f.unit(unit),
              groups.stream().map(id -> Findings.group(f.province().group(id).orElseThrow())).toList(),
              groups.size(), 1);
        }
      });
    }
  }

  private static List<Subject> unitSubjects(Findings f, List<UnitId> ids) {
    return new LinkedHashSet<>(ids).stream().map(f::unit).toList();
  }
}
