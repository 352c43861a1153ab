package io.github.thidua.emulation.core.ranking;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.CriterionScore;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test support: groups of scored units and rule books with a convention and a tie-break chain. */
final class Rankings {
  static final GroupId GROUP = GroupId.of("khoi-1");

  private Rankings() {}

  /** A score with a total, a subtotal of criterion group "1", a bonus and deductions. */
  record S(String unit, String total, String group1, String bonus, String deductions) {
    static S of(String unit, String total) {
      return new S(unit, total, "0", "0", "0");
    }
  }

  static Province province(List<String> units) {
    Province.Builder b = Province.builder("p", "Tỉnh thử", 2024)
        .organisers(Organiser.of("ubnd", "UBND tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE));
    EmulationGroup.Builder g = EmulationGroup.builder(GROUP.value(), "Khối 1", GroupKind.BLOC,
        OrganiserId.of("ubnd"), 2024);
    for (String unit : units) {
      b.units(Unit.builder(unit, "Đơn vị " + unit).staffCount(20).build());
      g.members(unit);
    }
    if (!units.isEmpty()) {
      g.head(units.get(0));
    }
    return b.groups(g.build()).build();
  }

  static GroupScores scores(List<S> scores) {
    List<UnitScore> units = new ArrayList<>();
    for (S s : scores) {
      units.add(new UnitScore(UnitId.of(s.unit()), List.of(),
          List.of(new CriterionScore("1", new BigDecimal(s.group1()), new BigDecimal("60"))),
          new BigDecimal(s.bonus()), new BigDecimal(s.deductions()), new BigDecimal(s.total()), "test",
          List.of(), new Trace(List.of())));
    }
    return new GroupScores(GROUP, 2024, "scale@1", units, new ValidationReport(List.of()));
  }

  static RuleBook book(String convention, List<String> steps) {
    RuleSet.Builder b = RuleSet.builder("test", "1", LayerLevel.NATIONAL)
        .rule(Rule.of("ranking.convention", RuleScope.LOCAL, Citation.of("Quy chế thử"),
            RuleParameters.of("convention", convention)));
    if (!steps.isEmpty()) {
      b.rule(Rule.of("ranking.tie-break", RuleScope.LOCAL, Citation.of("Quy chế thử", "Điều 9"),
          RuleParameters.of(Map.of("steps", steps))));
    }
    return RuleBook.of(b.build());
  }
}
