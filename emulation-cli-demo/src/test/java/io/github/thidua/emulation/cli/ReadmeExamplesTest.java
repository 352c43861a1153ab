package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's API tour, compiled and checked, so the snippets stay true. */
class ReadmeExamplesTest {

  @Test
  void apiTour() {
    Province province = Province.builder("hung-yen", "Tỉnh Hưng Yên", 2024)
        .units(
            Unit.builder("cong-an-tinh", "Công an tỉnh").staffCount(2500).build(),
            Unit.builder("bo-chqs-tinh", "Bộ Chỉ huy Quân sự tỉnh").staffCount(900).build(),
            Unit.builder("tand-tinh", "Tòa án nhân dân tỉnh").staffCount(140).build(),
            Unit.builder("vksnd-tinh", "Viện Kiểm sát nhân dân tỉnh").staffCount(120).build())
        .organisers(Organiser.of("ubnd-tinh", "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE))
        .groups(EmulationGroup.builder("khoi-noi-chinh", "Khối nội chính", GroupKind.BLOC,
                OrganiserId.of("ubnd-tinh"), 2024)
            .members("cong-an-tinh", "bo-chqs-tinh", "tand-tinh", "vksnd-tinh")
            .head("cong-an-tinh").deputy("bo-chqs-tinh").build())
        .build();

    ValidationReport report = Emulation.validate(province, RuleSets.defaultRules());
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("group.members.too-few");
      assertThat(v.message().vi()).startsWith("Khối nội chính có 4 đơn vị thành viên; tối thiểu là 5 (Tờ trình");
    });

    ResolvedRules rules = RuleSets.defaultRules().resolve(RuleTarget.on(LocalDate.of(2024, 12, 31)));
    ResolvedRule min = rules.rule("group.min-members").orElseThrow();
    assertThat(min.layer().value()).isEqualTo("vn-hung-yen");
    assertThat(min.citation().text()).contains("Mục 2.a");

    RuleSet mine = RuleSet.builder("vn-my-province", "2026.1", LayerLevel.PROVINCE).parent("vn")
        .rule(Rule.of("group.min-members", RuleScope.LOCAL, Citation.of("Quyết định …/QĐ-UBND", "Điều 5"),
            RuleParameters.of("min", 4)))
        .build();
    RuleBook book = RuleBook.of(RuleSets.embedded("vn").layers().get(0), mine);
    assertThat(Emulation.validate(province, book).violations()).isEmpty();
  }
}
