package io.github.thidua.emulation.jackson.awards;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.CriterionScore;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test support: blocs of units with facts and totals, ranked under the Hưng Yên default. */
final class Blocs {
  static final int YEAR = 2023;

  private Blocs() {}

  /** A member: id, name, total, whether it holds TLDXS, is division-level, has something pending. */
  record M(String id, String name, String total, boolean tldxs, boolean division, boolean pending) {
    static M of(String id, String name, String total) {
      return new M(id, name, total, true, false, false);
    }
  }

  /**
   * Hưng Yên's rules with the optional division ban, and an organiser layer of the district that runs the blocs:
   * the leading unit decided by the ranking (these blocs hold no honouring vote), and the flag allocated by rank
   * like any quota (the provincial-system rule removed), so that these tests exercise the quota mechanics alone;
   * the leading unit's own rules are tested in {@code LeadingUnitYearTest}.
   */
  static RuleBook rules() {
    return RuleSets.embedded("vn-hung-yen-division-ban").with(io.github.thidua.emulation.core.rules.RuleSet
        .builder("ubnd-huyen-rules", "1", io.github.thidua.emulation.core.rules.LayerLevel.ORGANISER)
        .parent("vn-hung-yen-division-ban").target("ubnd-huyen")
        .rule(io.github.thidua.emulation.core.rules.Rule.of("group.leading-unit",
            io.github.thidua.emulation.core.rules.RuleScope.LOCAL,
            io.github.thidua.emulation.core.rules.Citation.of("test: no honouring vote in these blocs"),
            io.github.thidua.emulation.core.rules.RuleParameters.of("by", "ranking")))
        .remove("award.eligibility.provincial-system", "quota mechanics alone",
            io.github.thidua.emulation.core.rules.Citation.of("test"))
        .build());
  }

  static Province province(List<List<M>> blocs) {
    Province.Builder b = Province.builder("quang-nam", "Tỉnh Quảng Nam (ví dụ)", YEAR)
        .organisers(Organiser.of("ubnd-huyen", "Ủy ban nhân dân huyện Bắc Trà My", OrganiserKind.DISTRICT));
    for (int i = 0; i < blocs.size(); i++) {
      EmulationGroup.Builder g = EmulationGroup.builder(bloc(i).value(), String.format("Khối %02d", i + 1),
          GroupKind.BLOC, OrganiserId.of("ubnd-huyen"), YEAR);
      for (M m : blocs.get(i)) {
        b.units(Unit.builder(m.id(), m.name()).staffCount(20).divisionLevel(m.division())
            .facts(YEAR, new YearFacts(m.tldxs() ? Set.of("TLDXS") : Set.of(), false, m.pending())).build());
        g.members(m.id());
      }
      g.head(blocs.get(i).get(0).id()).deputy(blocs.get(i).get(1).id());
      b.groups(g.build());
    }
    return b.build();
  }

  static GroupId bloc(int index) {
    return GroupId.of(String.format("khoi-%02d", index + 1));
  }

  static Ranking rank(Province province, int index, List<M> members, RankingInputs inputs) {
    List<UnitScore> units = new ArrayList<>();
    for (M m : members) {
      units.add(new UnitScore(UnitId.of(m.id()), List.of(),
          List.of(new CriterionScore("1", new BigDecimal("50"), new BigDecimal("60"))), BigDecimal.ZERO,
          BigDecimal.ZERO, new BigDecimal(m.total()), "test", List.of(), new Trace(List.of())));
    }
    GroupScores scores = new GroupScores(bloc(index), YEAR, "scale@1", units, new ValidationReport(List.of()));
    return Emulation.rank(province, scores, rules(), inputs);
  }
}
