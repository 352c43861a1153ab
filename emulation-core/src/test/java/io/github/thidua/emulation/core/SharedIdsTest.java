package io.github.thidua.emulation.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two entries with one id are a data error; the report must still not depend on which comes first. */
class SharedIdsTest {

  private static Province province(List<Unit> units) {
    return Province.builder("p", "Tỉnh thử", 2024)
        .units(units)
        .organisers(Organiser.of("ubnd", "UBND tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE))
        .groups(EmulationGroup.builder("khoi-1", "Khối 1", GroupKind.BLOC, OrganiserId.of("ubnd"), 2024)
            .members("a", "b", "c", "d", "e").head("a").deputy("b").build())
        .build();
  }

  @Test
  void twoUnitsWithOneIdGiveTheSameReportInEitherOrder() {
    List<Unit> units = new ArrayList<>();
    for (String id : List.of("b", "c", "d", "e")) {
      units.add(Unit.builder(id, "Đơn vị " + id).staffCount(9).build());
    }
    units.add(Unit.builder("a", "Alpha").staffCount(10).build());
    units.add(Unit.builder("a", "Beta").staffCount(3).build());
    ValidationReport forward = Emulation.validate(province(units), TestRules.book());
    List<Unit> reversed = new ArrayList<>(units);
    Collections.reverse(reversed);
    ValidationReport backward = Emulation.validate(province(reversed), TestRules.book());
    assertThat(forward).isEqualTo(backward);
    assertThat(forward.codes()).contains("unit.id.duplicate");
  }

  @Test
  void aRepeatedDeputyIsReported() {
    List<Unit> units = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      units.add(Unit.builder(id, "Đơn vị " + id).staffCount(9).build());
    }
    Province p = province(units);
    EmulationGroup g = p.groups().get(0).toBuilder().deputy("b").build();
    ValidationReport report = Emulation.validate(
        p.toBuilder().clear().units(units).organisers(p.organisers()).groups(g).build(), TestRules.book());
    assertThat(report.codes()).containsExactly("group.member.repeated");
    assertThat(report.violations().get(0).observed().en()).isEqualTo("Đơn vị b");
  }
}
