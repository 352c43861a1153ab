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
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
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

/**
 * The organisation rule kinds, each read once from its rule into a typed value that checks one group or one
 * organiser. Every kind takes the common {@code severity}; the group kinds also take {@code groupKinds}.
 */
sealed interface OrganisationRules {

  /** The rule's severity, group kinds and reference. */
  Common common();

  /** Whether the rule applies to a group of this kind (every kind if the rule names none). */
  default boolean appliesTo(GroupKind kind) {
    return common().groupKinds().isEmpty() || common().groupKinds().contains(kind);
  }

  /** A rule checked once per group. */
  sealed interface GroupRule extends OrganisationRules {
    void check(Findings f, EmulationGroup group);
  }

  /** A rule checked once per organiser. */
  sealed interface OrganiserRule extends OrganisationRules {
    void check(Findings f, Organiser organiser);
  }

  /** The common parts of an organisation rule: severity, group kinds and reference. */
  record Common(Severity severity, Set<GroupKind> groupKinds, RuleReference rule) {
    static Common of(ResolvedRule rule) {
      RuleParameters p = rule.rule().params();
      Set<GroupKind> kinds = new TreeSet<>();
      p.textList("groupKinds").forEach(k -> kinds.add(GroupKind.valueOf(k)));
      return new Common(p.optionalText("severity").map(Severity::valueOf).orElse(Severity.ERROR), Set.copyOf(kinds),
          RuleReference.of(rule));
    }

    void report(Findings f, String code, Subject subject, List<Subject> related, Object observed, Object limit) {
      f.add(code, severity, subject, related, observed, limit, rule);
    }
  }

  /** Known members: distinct member ids that name a unit (unknown ids are reported by the integrity checks). */
  private static List<Unit> knownMembers(Province province, EmulationGroup group) {
    List<Unit> units = new ArrayList<>();
    for (UnitId id : group.distinctMembers()) {
      province.unit(id).ifPresent(units::add);
    }
    return units;
  }

  private static List<Subject> unitSubjects(Findings f, List<UnitId> ids) {
    return new LinkedHashSet<>(ids).stream().map(f::unit).toList();
  }

  /** {@code group.min-members}: at least {@code min} member units. */
  record MinMembers(int min, Common common) implements GroupRule {
    static MinMembers read(ResolvedRule rule) {
      return new MinMembers(rule.rule().params().integer("min"), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      int count = knownMembers(f.province(), group).size();
      if (count < min) {
        common.report(f, ViolationCodes.GROUP_MEMBERS_TOO_FEW, Findings.group(group), List.of(), count, min);
      }
    }
  }

  /** {@code group.max-members}: at most {@code max} member units. */
  record MaxMembers(int max, Common common) implements GroupRule {
    static MaxMembers read(ResolvedRule rule) {
      return new MaxMembers(rule.rule().params().integer("max"), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      int count = knownMembers(f.province(), group).size();
      if (count > max) {
        common.report(f, ViolationCodes.GROUP_MEMBERS_TOO_MANY, Findings.group(group), List.of(), count, max);
      }
    }
  }

  /** {@code unit.min-staff}: each member unit has at least {@code min} staff. */
  record MinStaff(int min, Common common) implements GroupRule {
    static MinStaff read(ResolvedRule rule) {
      return new MinStaff(rule.rule().params().integer("min"), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      for (Unit unit : knownMembers(f.province(), group)) {
        if (unit.staffCount() < min) {
          common.report(f, ViolationCodes.UNIT_STAFF_TOO_FEW, f.unit(unit.id()), List.of(Findings.group(group)),
              unit.staffCount(), min);
        }
      }
    }
  }

  /** {@code group.head-count}: exactly {@code count} heads. */
  record HeadCount(int count, Common common) implements GroupRule {
    static HeadCount read(ResolvedRule rule) {
      return new HeadCount(rule.rule().params().integer("count"), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      int heads = new LinkedHashSet<>(group.heads()).size();
      if (heads < count) {
        common.report(f, ViolationCodes.GROUP_HEAD_MISSING, Findings.group(group), List.of(), heads, count);
      } else if (heads > count) {
        common.report(f, ViolationCodes.GROUP_HEAD_MULTIPLE, Findings.group(group), unitSubjects(f, group.heads()),
            heads, count);
      }
    }
  }

  /** {@code group.deputy-count}: the unified number of deputy heads. */
  record DeputyCount(int count, Common common) implements GroupRule {
    static DeputyCount read(ResolvedRule rule) {
      return new DeputyCount(rule.rule().params().integer("count"), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      int deputies = new LinkedHashSet<>(group.deputies()).size();
      if (deputies != count) {
        common.report(f, ViolationCodes.GROUP_DEPUTIES_COUNT, Findings.group(group),
            unitSubjects(f, group.deputies()), deputies, count);
      }
    }
  }

  /** {@code group.leader-membership}: heads and deputies are members. */
  record LeadersAreMembers(Common common) implements GroupRule {
    static LeadersAreMembers read(ResolvedRule rule) {
      return new LeadersAreMembers(Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      Set<UnitId> members = group.distinctMembers();
      Set<UnitId> leaders = new LinkedHashSet<>(group.heads());
      leaders.addAll(group.deputies());
      for (UnitId leader : leaders) {
        if (!members.contains(leader)) {
          common.report(f, ViolationCodes.GROUP_LEADER_NOT_MEMBER, Findings.group(group), List.of(f.unit(leader)),
              f.unit(leader).name(), Value.phrase("a-member"));
        }
      }
    }
  }

  /** {@code unit.active-membership}: units of the barred statuses are no longer members. */
  record ActiveMembers(Set<String> statuses, Common common) implements GroupRule {
    static ActiveMembers read(ResolvedRule rule) {
      RuleParameters p = rule.rule().params();
      return new ActiveMembers(p.has("statuses") ? Set.copyOf(p.textList("statuses"))
          : Set.of(LifecycleStatus.MERGED.name(), LifecycleStatus.DISSOLVED.name()), Common.of(rule));
    }

    @Override
    public void check(Findings f, EmulationGroup group) {
      for (Unit unit : knownMembers(f.province(), group)) {
        LifecycleStatus status = unit.statusOn(f.province().referenceDate());
        if (statuses.contains(status.name())) {
          common.report(f, ViolationCodes.UNIT_INACTIVE, f.unit(unit.id()), List.of(Findings.group(group)), status,
              LifecycleStatus.ACTIVE);
        }
      }
    }
  }

  /** How a counted number of clusters is compared with the expected one. */
  enum Comparison {
    EXACTLY, AT_MOST, AT_LEAST;

    static Comparison fromWireName(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * {@code organiser.cluster-count}: the number of clusters an organiser sets up, the most specific count that
   * names it (by id, then sector, then kind, then the default).
   */
  record ClusterCount(int defaultCount, Map<String, Integer> byKind, Map<String, Integer> bySector,
      Map<String, Integer> byOrganiser, Set<String> organiserKinds, Comparison comparison, Common common)
      implements OrganiserRule {
    static ClusterCount read(ResolvedRule rule) {
      RuleParameters p = rule.rule().params();
      return new ClusterCount(p.integer("default"), Map.copyOf(p.integerMap("byKind")),
          Map.copyOf(p.integerMap("bySector")), Map.copyOf(p.integerMap("byOrganiser")),
          Set.copyOf(p.textList("organiserKinds")),
          Comparison.fromWireName(p.optionalText("comparison").orElse("exactly")), Common.of(rule));
    }

    int expected(Organiser organiser) {
      Integer byId = byOrganiser.get(organiser.id().value());
      if (byId != null) {
        return byId;
      }
      Optional<Integer> sector = organiser.sector().map(bySector::get);
      if (sector.isPresent()) {
        return sector.get();
      }
      return byKind.getOrDefault(organiser.kind().code(), defaultCount);
    }

    @Override
    public void check(Findings f, Organiser organiser) {
      if (!organiserKinds.isEmpty() && !organiserKinds.contains(organiser.kind().code())) {
        return;
      }
      int expected = expected(organiser);
      long count = f.province().groupsOrganisedBy(organiser.id()).stream()
          .filter(g -> g.kind() == GroupKind.CLUSTER).map(EmulationGroup::id).distinct().count();
      boolean ok = switch (comparison) {
        case AT_MOST -> count <= expected;
        case AT_LEAST -> count >= expected;
        default -> count == expected;
      };
      if (!ok) {
        Value limit = switch (comparison) {
          case AT_MOST -> Value.phrase("at-most", expected);
          case AT_LEAST -> Value.phrase("at-least", expected);
          default -> new Value.Count(expected);
        };
        common.report(f, ViolationCodes.ORGANISER_CLUSTERS_COUNT, Findings.organiser(organiser), List.of(),
            count, limit);
      }
    }
  }

  /** {@code unit.single-membership}: one group of a kind and organiser per unit and year. */
  record SingleMembership(Common common) implements OrganiserRule {
    static SingleMembership read(ResolvedRule rule) {
      return new SingleMembership(Common.of(rule));
    }

    @Override
    public void check(Findings f, Organiser organiser) {
      Map<String, Map<UnitId, Set<GroupId>>> byKindYear = new TreeMap<>();
      for (EmulationGroup group : f.province().groupsOrganisedBy(organiser.id())) {
        if (appliesTo(group.kind())) {
          Map<UnitId, Set<GroupId>> units =
              byKindYear.computeIfAbsent(group.kind() + "/" + group.year(), k -> new TreeMap<>());
          group.distinctMembers().forEach(m -> units.computeIfAbsent(m, k -> new TreeSet<>()).add(group.id()));
        }
      }
      for (Map<UnitId, Set<GroupId>> units : byKindYear.values()) {
        units.forEach((unit, groups) -> {
          if (groups.size() > 1) {
            common.report(f, ViolationCodes.UNIT_MEMBERSHIP_DUPLICATE, f.unit(unit),
                groups.stream().map(id -> Findings.group(f.province().group(id).orElseThrow())).toList(),
                groups.size(), 1);
          }
        });
      }
    }
  }
}
