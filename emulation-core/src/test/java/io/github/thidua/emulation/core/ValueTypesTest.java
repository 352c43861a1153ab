package io.github.thidua.emulation.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.RuleParameters;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Equality contracts and invariants of the value types. */
class ValueTypesTest {

  @Test
  void unitsAreEqualByValueWithNamesComparedInNfc() {
    String nfd = Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD);
    new EqualsTester()
        .addEqualityGroup(Unit.builder("so-y-te", "Sở Y tế").staffCount(80).build(),
            Unit.builder("so-y-te", nfd).staffCount(80).build(),
            Unit.builder("so-y-te", "  Sở Y tế ").staffCount(80).build())
        .addEqualityGroup(Unit.builder("so-y-te", "Sở Y tế").staffCount(81).build())
        .addEqualityGroup(Unit.builder("so-y-te", "Sở Y tế").staffCount(80).divisionLevel(true).build())
        .addEqualityGroup(Unit.builder("so-y-te", "Sở Y tế").staffCount(80)
            .status(LifecycleStatus.MERGED, LocalDate.of(2025, 3, 1)).build())
        .addEqualityGroup(Unit.builder("so-y-te", "Sở Y tế").staffCount(80)
            .facts(2024, new YearFacts(Set.of("TLDXS"), false, false)).build())
        .testEquals();
  }

  @Test
  void groupsKeepMemberOrderAndRepeats() {
    OrganiserId o = OrganiserId.of("ubnd");
    new EqualsTester()
        .addEqualityGroup(EmulationGroup.builder("k", "Khối", GroupKind.BLOC, o, 2024).members("a", "b").build(),
            EmulationGroup.builder("k", "Khối", GroupKind.BLOC, o, 2024).members("a", "b").build())
        .addEqualityGroup(EmulationGroup.builder("k", "Khối", GroupKind.BLOC, o, 2024).members("b", "a").build())
        .addEqualityGroup(EmulationGroup.builder("k", "Khối", GroupKind.BLOC, o, 2024).members("a", "b", "b").build())
        .addEqualityGroup(EmulationGroup.builder("k", "Khối", GroupKind.CLUSTER, o, 2024).members("a", "b").build())
        .testEquals();
  }

  @Test
  void ruleParametersCompareNumbersByValueNotScale() {
    new EqualsTester()
        .addEqualityGroup(RuleParameters.of("min", 5), RuleParameters.of("min", new BigDecimal("5.00")),
            RuleParameters.of(Map.of("min", 5L)))
        .addEqualityGroup(RuleParameters.of("min", 6))
        .addEqualityGroup(RuleParameters.of("min", "5"))
        .addEqualityGroup(RuleParameters.of("kinds", List.of("CLUSTER")))
        .testEquals();
  }

  @Test
  void citationsDropBlankParts() {
    new EqualsTester()
        .addEqualityGroup(Citation.of("Luật 06/2022/QH15"), new Citation("Luật 06/2022/QH15",
            java.util.Optional.of("  "), java.util.Optional.of("")))
        .addEqualityGroup(Citation.of("Luật 06/2022/QH15", "Điều 25"))
        .testEquals();
  }

  @Test
  void invalidValuesAreProgrammerErrors() {
    assertThatThrownBy(() -> UnitId.of("có dấu")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Unit.builder("u", " ").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Unit.builder("u", "U").staffCount(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnitKind.of("agency")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleParameters.of("min", 5.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not allowed");
    assertThatThrownBy(() -> new LocalizedText("", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
