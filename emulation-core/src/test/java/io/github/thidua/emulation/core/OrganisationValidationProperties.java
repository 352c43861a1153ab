package io.github.thidua.emulation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.testing.Provinces;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;

/** Properties of organisation validation over generated provinces, under the rule book of {@link TestRules}. */
class OrganisationValidationProperties {
  private static final RuleBook RULES = TestRules.book();

  /** A changed province and the id of the subject every violation of the change must be about. */
  record Mutated(Province province, String subject) {}

  /**
   * One change that breaks exactly one rule. Each is applicable to every generated province; in a sequence of
   * changes a mutation that no longer applies returns empty.
   */
  enum Mutation {
    /** Drops a member (neither head nor deputy) from a group of exactly 5 members. */
    DROP_MEMBER(ViolationCodes.GROUP_MEMBERS_TOO_FEW) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<EmulationGroup> fives = p.groups().stream()
            .filter(g -> g.members().size() == TestRules.MIN && g.distinctMembers().size() == TestRules.MIN
                && g.members().stream().allMatch(m -> p.unit(m).isPresent()))
            .toList();
        if (fives.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup g = pick(fives, r);
        List<UnitId> plain = nonLeaders(g);
        if (plain.isEmpty()) {
          return Optional.empty();
        }
        List<UnitId> members = new ArrayList<>(g.members());
        members.remove(pick(plain, r));
        return Optional.of(new Mutated(Provinces.withGroup(p, withMembers(g, members)), g.id().value()));
      }
    },
    /** Cuts the staff of a member unit below 5. */
    CUT_STAFF(ViolationCodes.UNIT_STAFF_TOO_FEW) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        Unit unit = p.unit(pick(pick(p.groups(), r).members(), r)).orElse(null);
        if (unit == null) {
          return Optional.empty();
        }
        Unit cut = unit.toBuilder().staffCount(r.nextInt(TestRules.MIN)).build();
        return Optional.of(new Mutated(Provinces.withUnit(p, cut), unit.id().value()));
      }
    },
    /** Adds a member that is neither head nor deputy as a second deputy. */
    SECOND_DEPUTY(ViolationCodes.GROUP_DEPUTIES_COUNT) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        EmulationGroup g = pick(p.groups(), r);
        List<UnitId> plain = nonLeaders(g);
        if (plain.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup changed = g.toBuilder().deputy(pick(plain, r).value()).build();
        return Optional.of(new Mutated(Provinces.withGroup(p, changed), g.id().value()));
      }
    },
    /** Removes the head of a group that has exactly one. */
    REMOVE_HEAD(ViolationCodes.GROUP_HEAD_MISSING) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<EmulationGroup> headed = p.groups().stream().filter(g -> g.heads().size() == 1).toList();
        if (headed.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup g = pick(headed, r);
        return Optional.of(new Mutated(Provinces.withGroup(p, g.toBuilder().heads(List.of()).build()),
            g.id().value()));
      }
    },
    /** Adds a member that is neither head nor deputy as a second head of a group that has exactly one. */
    SECOND_HEAD(ViolationCodes.GROUP_HEAD_MULTIPLE) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<EmulationGroup> headed = p.groups().stream()
            .filter(g -> g.heads().size() == 1 && !nonLeaders(g).isEmpty()).toList();
        if (headed.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup g = pick(headed, r);
        EmulationGroup changed = g.toBuilder().head(pick(nonLeaders(g), r).value()).build();
        return Optional.of(new Mutated(Provinces.withGroup(p, changed), g.id().value()));
      }
    },
    /** Makes a unit that exists but is not a member the head, in place of the group's one head. */
    NON_MEMBER_HEAD(ViolationCodes.GROUP_LEADER_NOT_MEMBER) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<EmulationGroup> headed = p.groups().stream().filter(g -> g.heads().size() == 1).toList();
        if (headed.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup g = pick(headed, r);
        Set<UnitId> members = g.distinctMembers();
        List<UnitId> outsiders = p.units().stream().map(Unit::id).filter(id -> !members.contains(id)).toList();
        if (outsiders.isEmpty()) {
          return Optional.empty();
        }
        EmulationGroup changed = g.toBuilder().heads(List.of(pick(outsiders, r))).build();
        return Optional.of(new Mutated(Provinces.withGroup(p, changed), g.id().value()));
      }
    },
    /** Adds a member of one cluster to another cluster of the same organiser. */
    DUPLICATE_MEMBERSHIP(ViolationCodes.UNIT_MEMBERSHIP_DUPLICATE) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<Organiser> multi = p.organisers().stream()
            .filter(o -> clustersOf(p, o).size() >= 2).toList();
        if (multi.isEmpty()) {
          return Optional.empty();
        }
        List<EmulationGroup> clusters = new ArrayList<>(clustersOf(p, pick(multi, r)));
        EmulationGroup from = clusters.remove(r.nextInt(clusters.size()));
        EmulationGroup to = pick(clusters, r);
        List<UnitId> movable = from.distinctMembers().stream()
            .filter(id -> !to.distinctMembers().contains(id) && p.unit(id).isPresent()).toList();
        if (movable.isEmpty()) {
          return Optional.empty();
        }
        UnitId unit = pick(movable, r);
        List<UnitId> members = new ArrayList<>(to.members());
        members.add(r.nextInt(members.size() + 1), unit);
        return Optional.of(new Mutated(Provinces.withGroup(p, withMembers(to, members)), unit.value()));
      }
    },
    /** Dissolves a member unit the day before the reference date. */
    INACTIVE(ViolationCodes.UNIT_INACTIVE) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        Unit unit = p.unit(pick(pick(p.groups(), r).members(), r)).orElse(null);
        LocalDate day = p.referenceDate().minusDays(1);
        if (unit == null || unit.lifecycle().stream().anyMatch(c -> c.effectiveFrom().equals(day))) {
          return Optional.empty();
        }
        Unit dissolved = unit.toBuilder().status(LifecycleStatus.DISSOLVED, day).build();
        return Optional.of(new Mutated(Provinces.withUnit(p, dissolved), unit.id().value()));
      }
    },
    /** Adds a member id that names no unit. */
    UNKNOWN_MEMBER(ViolationCodes.REFERENCE_UNIT_UNKNOWN) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        EmulationGroup g = pick(p.groups(), r);
        String ghost = "khong-ton-tai-" + Math.abs(r.nextInt(1_000_000));
        List<UnitId> members = new ArrayList<>(g.members());
        members.add(r.nextInt(members.size() + 1), UnitId.of(ghost));
        return Optional.of(new Mutated(Provinces.withGroup(p, withMembers(g, members)), g.id().value()));
      }
    },
    /** Removes the one cluster of an organiser that needs exactly one. */
    REMOVE_CLUSTER(ViolationCodes.ORGANISER_CLUSTERS_COUNT) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        List<Organiser> singles = p.organisers().stream()
            .filter(o -> TestRules.expectedClusters(o) == 1 && clustersOf(p, o).size() == 1).toList();
        if (singles.isEmpty()) {
          return Optional.empty();
        }
        Organiser o = pick(singles, r);
        return Optional.of(new Mutated(Provinces.withoutGroup(p, clustersOf(p, o).get(0).id()), o.id().value()));
      }
    },
    /** Repeats a unit's entry. */
    DUPLICATE_UNIT(ViolationCodes.UNIT_ID_DUPLICATE) {
      @Override
      Optional<Mutated> apply(Province p, Random r) {
        Unit unit = pick(p.units(), r);
        List<Unit> units = new ArrayList<>(p.units());
        units.add(r.nextInt(units.size() + 1), unit);
        Province changed = p.toBuilder().clear().units(units).organisers(p.organisers()).groups(p.groups()).build();
        return Optional.of(new Mutated(changed, unit.id().value()));
      }
    };

    final String code;

    Mutation(String code) {
      this.code = code;
    }

    abstract Optional<Mutated> apply(Province p, Random r);
  }

  @Test
  void aGeneratedProvinceIsValid() {
    qt().withExamples(100).forAll(Provinces.valid()).checkAssert(p -> {
      ValidationReport report = Emulation.validate(p, RULES);
      assertThat(report.violations()).as("violations of a generated valid province").isEmpty();
      assertThat(report.isValid()).isTrue();
    });
  }

  @ParameterizedTest
  @EnumSource(Mutation.class)
  void eachSingleMutationBreaksExactlyItsRule(Mutation mutation) {
    qt().withExamples(50).forAll(Provinces.valid(), longs().all()).checkAssert((p, seed) -> {
      Optional<Mutated> mutated = mutation.apply(p, new Random(seed));
      assertThat(mutated).as("%s applies to every generated province", mutation).isPresent();
      ValidationReport report = Emulation.validate(mutated.get().province(), RULES);
      assertThat(report.codes()).as("codes after %s; violations: %s", mutation, report.violations())
          .containsExactly(mutation.code);
      assertThat(report.violations()).extracting(v -> v.subject().id())
          .as("subjects after %s", mutation).containsOnly(mutated.get().subject());
      assertThat(report.isValid()).isFalse();
    });
  }

  @Test
  void validationDoesNotDependOnOrderOfValidProvinces() {
    qt().withExamples(50).forAll(Provinces.valid(), longs().all()).checkAssert((p, seed) -> {
      Province shuffled = Provinces.shuffled(p, new Random(seed));
      assertThat(Emulation.validate(shuffled, RULES).violations()).as("violations of a shuffled valid province")
          .isEmpty();
    });
  }

  @Test
  void validationDoesNotDependOnOrderOfInvalidProvinces() {
    qt().withExamples(100)
        .forAll(Provinces.valid(), lists().of(Generate.enumValues(Mutation.class)).ofSizeBetween(1, 4),
            longs().all())
        .checkAssert((p, mutations, seed) -> {
          Random random = new Random(seed);
          Province mutated = p;
          for (Mutation mutation : mutations) {
            Optional<Mutated> next = mutation.apply(mutated, random);
            if (next.isPresent()) {
              mutated = next.get().province();
            }
          }
          ValidationReport report = Emulation.validate(mutated, RULES);
          assertThat(report.violations()).as("violations after %s", mutations).isNotEmpty();
          for (int i = 0; i < 3; i++) {
            Province shuffled = Provinces.shuffled(mutated, random);
            ValidationReport again = Emulation.validate(shuffled, RULES);
            assertThat(again).as("report of a shuffled copy, after %s", mutations).isEqualTo(report);
          }
        });
  }

  private static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  /** Members that are neither head nor deputy, distinct, in order. */
  private static List<UnitId> nonLeaders(EmulationGroup g) {
    return g.distinctMembers().stream()
        .filter(id -> !g.heads().contains(id) && !g.deputies().contains(id)).toList();
  }

  private static List<EmulationGroup> clustersOf(Province p, Organiser o) {
    return p.groupsOrganisedBy(o.id()).stream().filter(g -> g.kind() == GroupKind.CLUSTER).toList();
  }

  private static EmulationGroup withMembers(EmulationGroup g, List<UnitId> members) {
    return g.toBuilder().clearMembers().members(members).heads(g.heads()).deputies(g.deputies()).build();
  }
}
