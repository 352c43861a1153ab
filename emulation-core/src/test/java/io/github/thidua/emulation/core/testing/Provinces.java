package io.github.thidua.emulation.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of provinces for the rule book of {@link TestRules}, and helpers to change one.
 *
 * <p>A generated province is valid under {@link TestRules#book()}: every organiser of kind DEPARTMENT, DISTRICT or
 * COLLEGE sets up exactly its expected number of clusters, the provincial committee sets up 1–3 blocs, each group
 * has 5–9 distinct, active member units with at least 5 staff, one head and one deputy (distinct) among its
 * members, and no unit is in two groups of one kind and organiser. Bloc members are often units that are also
 * members of some organiser's cluster (allowed: another organiser). Spare units that belong to no group may have
 * any staff and may be dissolved.
 *
 * <p>Every generated province also has: at least one group with exactly 5 members (the first bloc), at least one
 * organiser with two or more clusters (the first organiser) and at least one organiser that needs exactly one
 * cluster (the second organiser), so that every single mutation of the properties is applicable.
 */
public final class Provinces {
  /** The emulation year of generated provinces. */
  public static final int YEAR = 2025;
  /** The id of the provincial committee organiser that sets up the blocs. */
  public static final String COMMITTEE = "ubnd-tinh";

  private Provinces() {}

  /** One member unit to create: its staff, its lifecycle history (see {@link #history}) and a reuse pick. */
  record MemberPlan(int staff, int history, int reuse) {}

  /** One group: its members, the index of the head and the index of the deputy (distinct). */
  record GroupPlan(List<MemberPlan> members, int head, int deputy) {}

  /** An organiser's kind and sector. */
  record KindSector(OrganiserKind kind, Optional<String> sector) {
    int expectedClusters() {
      return TestRules.expectedClusters(new Organiser(
          io.github.thidua.emulation.core.OrganiserId.of("x"), "x", kind, sector, Optional.empty()));
    }
  }

  /** One organiser with its clusters. */
  record OrganiserPlan(KindSector kindSector, List<GroupPlan> clusters) {}

  /** The whole province. */
  record Plan(int dayOfYear, List<OrganiserPlan> organisers, List<GroupPlan> blocs, List<MemberPlan> spares) {}

  private static final List<KindSector> MULTI_CLUSTER = List.of(
      new KindSector(OrganiserKind.DISTRICT, Optional.empty()),
      new KindSector(OrganiserKind.DISTRICT, Optional.of("AGRICULTURE")),
      new KindSector(OrganiserKind.DEPARTMENT, Optional.of("EDUCATION")),
      new KindSector(OrganiserKind.DEPARTMENT, Optional.of("HEALTH")),
      new KindSector(OrganiserKind.COLLEGE, Optional.of("HEALTH")),
      new KindSector(OrganiserKind.DISTRICT, Optional.of("EDUCATION")));

  private static final List<KindSector> SINGLE_CLUSTER = List.of(
      new KindSector(OrganiserKind.DEPARTMENT, Optional.empty()),
      new KindSector(OrganiserKind.DEPARTMENT, Optional.of("AGRICULTURE")),
      new KindSector(OrganiserKind.COLLEGE, Optional.empty()),
      new KindSector(OrganiserKind.COLLEGE, Optional.of("FINANCE")));

  private static final List<KindSector> ANY = concat(MULTI_CLUSTER, SINGLE_CLUSTER);

  /**
   * Returns a generator of provinces that are valid under {@link TestRules#book()}.
   *
   * @return the generator
   */
  public static Gen<Province> valid() {
    return plans().map(Provinces::build).describedAs(Provinces::describe);
  }

  static Gen<Plan> plans() {
    Gen<Integer> day = integers().between(2, 365);
    Gen<List<OrganiserPlan>> organisers = organiser(MULTI_CLUSTER).zip(organiser(SINGLE_CLUSTER),
        lists().of(organiser(ANY)).ofSizeBetween(0, 2), (multi, single, more) -> {
          List<OrganiserPlan> all = new ArrayList<>();
          all.add(multi);
          all.add(single);
          all.addAll(more);
          return all;
        });
    Gen<List<GroupPlan>> blocs = group(Generate.constant(5)).zip(
        lists().of(group(integers().between(5, 9))).ofSizeBetween(0, 2), (first, rest) -> {
          List<GroupPlan> all = new ArrayList<>();
          all.add(first);
          all.addAll(rest);
          return all;
        });
    Gen<MemberPlan> spare = integers().between(0, 60).zip(integers().between(0, 4), (staff, history) ->
        new MemberPlan(staff, history, -1));
    Gen<List<MemberPlan>> spares = lists().of(spare).ofSizeBetween(0, 3);
    return day.zip(organisers, blocs, spares, Plan::new);
  }

  private static Gen<OrganiserPlan> organiser(List<KindSector> choices) {
    return Generate.pick(choices).flatMap(ks ->
        lists().of(group(integers().between(5, 9))).ofSize(ks.expectedClusters())
            .map(clusters -> new OrganiserPlan(ks, clusters)));
  }

  private static Gen<GroupPlan> group(Gen<Integer> sizes) {
    Gen<MemberPlan> member = integers().between(TestRules.MIN, 400).zip(integers().between(0, 3),
        Generate.frequency(Pair.of(2, Generate.constant(-1)), Pair.of(3, integers().between(0, 10_000))),
        MemberPlan::new);
    return sizes.flatMap(n -> lists().of(member).ofSize(n).zip(integers().between(0, n - 1),
        integers().between(0, n - 2), (members, head, deputy) ->
            new GroupPlan(members, head, deputy >= head ? deputy + 1 : deputy)));
  }

  /**
   * A member's lifecycle. 0: none; 1: merging since last year (still a member); 2: dissolved from the day after
   * the reference date; 3: active since 2000, merged from the day after the reference date; 4 (spare units
   * only): dissolved before the reference date.
   */
  private static void history(Unit.Builder b, int history, LocalDate reference) {
    switch (history) {
      case 1 -> b.status(LifecycleStatus.MERGING, LocalDate.of(YEAR - 1, 6, 1));
      case 2 -> b.status(LifecycleStatus.DISSOLVED, reference.plusDays(1));
      case 3 -> b.status(LifecycleStatus.ACTIVE, LocalDate.of(2000, 1, 1))
          .status(LifecycleStatus.MERGED, reference.plusDays(1));
      case 4 -> b.status(LifecycleStatus.DISSOLVED, LocalDate.of(YEAR - 1, 3, 1));
      default -> { }
    }
  }

  static Province build(Plan plan) {
    LocalDate reference = LocalDate.ofYearDay(YEAR, plan.dayOfYear());
    List<Unit> units = new ArrayList<>();
    List<Organiser> organisers = new ArrayList<>();
    List<EmulationGroup> groups = new ArrayList<>();
    int[] next = {1};

    for (int i = 0; i < plan.organisers().size(); i++) {
      OrganiserPlan op = plan.organisers().get(i);
      OrganiserKind kind = op.kindSector().kind();
      String orgName = switch (kind.code()) {
        case "DISTRICT" -> "Ủy ban nhân dân huyện số " + (i + 1);
        case "COLLEGE" -> "Trường Cao đẳng số " + (i + 1);
        default -> "Sở số " + (i + 1);
      };
      Unit orgUnit = Unit.builder("dv-to-chuc-" + (i + 1), orgName)
          .kind(kind.equals(OrganiserKind.DISTRICT) ? UnitKind.DISTRICT
              : kind.equals(OrganiserKind.COLLEGE) ? UnitKind.COLLEGE : UnitKind.AGENCY)
          .staffCount(30 + i).build();
      units.add(orgUnit);
      Organiser organiser = Organiser.of("to-chuc-" + (i + 1), orgName, kind).withUnit(orgUnit.id());
      if (op.kindSector().sector().isPresent()) {
        organiser = organiser.withSector(op.kindSector().sector().get());
      }
      organisers.add(organiser);
      for (int j = 0; j < op.clusters().size(); j++) {
        GroupPlan gp = op.clusters().get(j);
        List<UnitId> members = new ArrayList<>();
        for (MemberPlan mp : gp.members()) {
          Unit.Builder b = Unit.builder("dv-" + next[0], memberName(kind, next[0]))
              .staffCount(mp.staff()).parent(orgUnit.id());
          if (kind.equals(OrganiserKind.DISTRICT)) {
            b.kind(UnitKind.COMMUNE).level(UnitLevel.COMMUNE);
          } else if (kind.equals(OrganiserKind.COLLEGE)) {
            b.kind(UnitKind.FACULTY).level(UnitLevel.DIVISION).divisionLevel(true);
          } else {
            b.kind(UnitKind.DIVISION).level(UnitLevel.DIVISION).divisionLevel(true);
          }
          next[0]++;
          history(b, mp.history(), reference);
          Unit unit = b.build();
          units.add(unit);
          members.add(unit.id());
        }
        groups.add(group("cum-" + (i + 1) + "-" + (j + 1), "Cụm thi đua số " + (j + 1) + " – " + orgName,
            GroupKind.CLUSTER, organiser, members, gp));
      }
    }

    Organiser committee = Organiser.of(COMMITTEE, "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE);
    organisers.add(committee);
    Set<UnitId> inBlocs = new HashSet<>();
    List<Unit> candidates = List.copyOf(units);
    for (int k = 0; k < plan.blocs().size(); k++) {
      GroupPlan gp = plan.blocs().get(k);
      List<UnitId> members = new ArrayList<>();
      for (MemberPlan mp : gp.members()) {
        Unit unit = null;
        if (mp.reuse() >= 0) {
          Unit candidate = candidates.get(mp.reuse() % candidates.size());
          if (!inBlocs.contains(candidate.id())) {
            unit = candidate;
          }
        }
        if (unit == null) {
          Unit.Builder b = Unit.builder("dv-" + next[0], "Cơ quan số " + next[0]).staffCount(mp.staff());
          next[0]++;
          history(b, mp.history(), reference);
          unit = b.build();
          units.add(unit);
        }
        inBlocs.add(unit.id());
        members.add(unit.id());
      }
      groups.add(group("khoi-" + (k + 1), "Khối thi đua số " + (k + 1), GroupKind.BLOC, committee, members, gp));
    }

    for (MemberPlan sp : plan.spares()) {
      Unit.Builder b = Unit.builder("dv-" + next[0], "Đơn vị dự phòng số " + next[0]).staffCount(sp.staff());
      next[0]++;
      history(b, sp.history(), reference);
      units.add(b.build());
    }

    return Province.builder("tinh-thu-nghiem", "Tỉnh thử nghiệm", YEAR).referenceDate(reference)
        .units(units).organisers(organisers).groups(groups).build();
  }

  private static String memberName(OrganiserKind kind, int n) {
    return switch (kind.code()) {
      case "DISTRICT" -> "Xã số " + n;
      case "COLLEGE" -> "Khoa số " + n;
      default -> "Phòng số " + n;
    };
  }

  private static EmulationGroup group(String id, String name, GroupKind kind, Organiser organiser,
      List<UnitId> members, GroupPlan gp) {
    return EmulationGroup.builder(id, name, kind, organiser.id(), YEAR).members(members)
        .head(members.get(gp.head()).value()).deputy(members.get(gp.deputy()).value()).build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers to change a province.

  /** Returns the province with every unit of the given unit's id replaced by it. */
  public static Province withUnit(Province p, Unit unit) {
    List<Unit> units = p.units().stream().map(u -> u.id().equals(unit.id()) ? unit : u).toList();
    return p.toBuilder().clear().units(units).organisers(p.organisers()).groups(p.groups()).build();
  }

  /** Returns the province with every group of the given group's id replaced by it. */
  public static Province withGroup(Province p, EmulationGroup group) {
    List<EmulationGroup> groups = p.groups().stream().map(g -> g.id().equals(group.id()) ? group : g).toList();
    return p.toBuilder().clear().units(p.units()).organisers(p.organisers()).groups(groups).build();
  }

  /** Returns the province without the groups of an id. */
  public static Province withoutGroup(Province p, GroupId id) {
    List<EmulationGroup> groups = p.groups().stream().filter(g -> !g.id().equals(id)).toList();
    return p.toBuilder().clear().units(p.units()).organisers(p.organisers()).groups(groups).build();
  }

  /**
   * Returns the same province with its units, organisers and groups, and each group's members, heads and deputies,
   * in another order.
   *
   * @param p the province
   * @param random the source of the order
   * @return the shuffled province
   */
  public static Province shuffled(Province p, Random random) {
    List<Unit> units = new ArrayList<>(p.units());
    Collections.shuffle(units, random);
    List<Organiser> organisers = new ArrayList<>(p.organisers());
    Collections.shuffle(organisers, random);
    List<EmulationGroup> groups = new ArrayList<>();
    for (EmulationGroup g : p.groups()) {
      List<UnitId> members = new ArrayList<>(g.members());
      Collections.shuffle(members, random);
      List<UnitId> heads = new ArrayList<>(g.heads());
      Collections.shuffle(heads, random);
      List<UnitId> deputies = new ArrayList<>(g.deputies());
      Collections.shuffle(deputies, random);
      groups.add(g.toBuilder().clearMembers().members(members).heads(heads).deputies(deputies).build());
    }
    Collections.shuffle(groups, random);
    return p.toBuilder().clear().units(units).organisers(organisers).groups(groups).build();
  }

  /**
   * Describes a province in full, for failure messages.
   *
   * @param p the province
   * @return one line per unit, organiser and group
   */
  public static String describe(Province p) {
    StringBuilder s = new StringBuilder(p + " reference " + p.referenceDate() + "\n");
    for (Organiser o : p.organisers()) {
      s.append("  organiser ").append(o.id()).append(' ').append(o.kind()).append(' ')
          .append(o.sector().orElse("-")).append(" unit=").append(o.unit().map(UnitId::value).orElse("-"))
          .append('\n');
    }
    for (EmulationGroup g : p.groups()) {
      s.append("  group ").append(g.id()).append(' ').append(g.kind()).append(" by ").append(g.organiser())
          .append(" members=").append(g.members()).append(" heads=").append(g.heads())
          .append(" deputies=").append(g.deputies()).append('\n');
    }
    s.append("  units ").append(p.units().stream()
        .map(u -> u.id() + "(" + u.staffCount() + (u.lifecycle().isEmpty() ? "" : " " + u.lifecycle()) + ")")
        .collect(Collectors.joining(", ")));
    return s.toString();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
