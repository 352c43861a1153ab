package io.github.thidua.emulation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.RemovedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written provinces with exactly known validation results under {@link TestRules}. */
class ValidationGoldenTest {
  private static final int YEAR = 2025;
  private static final String COMMITTEE = "ubnd-tinh";
  private static final String PARTY_BLOC = "khoi-dang";
  private static final String PARTY_BLOC_NAME = "Khối các cơ quan Đảng";
  private static final String ECONOMY_BLOC = "khoi-kinh-te";
  private static final Citation OWN_RULES = Citation.of("Quy chế hoạt động của khối (thử nghiệm)", "Điều 3");

  /**
   * A province with two blocs of the provincial committee: {@value #PARTY_BLOC} of 4 members and
   * {@value #ECONOMY_BLOC} of 5, each with one head and one deputy among its members, every unit with 10+ staff.
   */
  private static Province province() {
    Organiser committee = Organiser.of(COMMITTEE, "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE);
    EmulationGroup party = EmulationGroup.builder(PARTY_BLOC, PARTY_BLOC_NAME, GroupKind.BLOC, committee.id(), YEAR)
        .members("ban-to-chuc", "ban-tuyen-giao", "ban-dan-van", "ban-kiem-tra")
        .head("ban-to-chuc").deputy("ban-tuyen-giao").build();
    EmulationGroup economy = EmulationGroup.builder(ECONOMY_BLOC, "Khối kinh tế", GroupKind.BLOC, committee.id(), YEAR)
        .members("so-tai-chinh", "so-cong-thuong", "so-xay-dung", "so-nong-nghiep", "so-giao-thong")
        .head("so-tai-chinh").deputy("so-xay-dung").build();
    return Province.builder("tinh-mau", "Tỉnh mẫu", YEAR)
        .units(unit("ban-to-chuc", "Ban Tổ chức Tỉnh ủy", 40), unit("ban-tuyen-giao", "Ban Tuyên giáo Tỉnh ủy", 30),
            unit("ban-dan-van", "Ban Dân vận Tỉnh ủy", 20), unit("ban-kiem-tra", "Ủy ban Kiểm tra Tỉnh ủy", 25),
            unit("so-tai-chinh", "Sở Tài chính", 90), unit("so-cong-thuong", "Sở Công Thương", 70),
            unit("so-xay-dung", "Sở Xây dựng", 60), unit("so-nong-nghiep", "Sở Nông nghiệp và Môi trường", 120),
            unit("so-giao-thong", "Sở Giao thông vận tải", 10))
        .organisers(committee)
        .groups(party, economy)
        .build();
  }

  /** The province with the party bloc completed to 5 members, so the base rules pass. */
  private static Province validProvince() {
    Province p = province();
    EmulationGroup party = p.group(GroupId.of(PARTY_BLOC)).orElseThrow();
    return p.toBuilder().clear()
        .units(p.units()).units(unit("van-phong", "Văn phòng Tỉnh ủy", 50)).organisers(p.organisers())
        .groups(party.toBuilder().members("van-phong").build(), p.group(GroupId.of(ECONOMY_BLOC)).orElseThrow())
        .build();
  }

  private static Unit unit(String id, String name, int staff) {
    return Unit.builder(id, name).staffCount(staff).build();
  }

  private static Rule minMembers(int min) {
    return Rule.of("group.min-members", RuleScope.LOCAL, OWN_RULES, RuleParameters.of(Map.of("min", min)));
  }

  private static RuleSet.Builder overlay(String id, LayerLevel level, String target) {
    return RuleSet.builder(id, "1", level).parent(TestRules.PROVINCE).target(target).citation(OWN_RULES);
  }

  // (a) -------------------------------------------------------------------------------------------------------

  @Test
  void aBlocOfFourBreaksAMinimumOfFive() {
    ValidationReport report = Emulation.validate(province(), TestRules.book());

    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.code()).isEqualTo(ViolationCodes.GROUP_MEMBERS_TOO_FEW);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.subject().type()).isEqualTo(SubjectType.GROUP);
    assertThat(v.subject().id()).isEqualTo(PARTY_BLOC);
    assertThat(v.subject().name()).isEqualTo(PARTY_BLOC_NAME);
    assertThat(v.observed().en()).isEqualTo("4");
    assertThat(v.limit().en()).isEqualTo("5");
    assertThat(v.message().vi()).contains(PARTY_BLOC_NAME).contains("4").contains("5");
    assertThat(v.message().en()).contains(PARTY_BLOC_NAME).contains("4").contains("5");
    assertThat(v.message().vi()).isNotEqualTo(v.message().en());
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void theCompletedProvincePassesTheBaseRules() {
    assertThat(Emulation.validate(validProvince(), TestRules.book()).violations()).isEmpty();
  }

  // (b) -------------------------------------------------------------------------------------------------------

  @Test
  void aGroupLayerLowersTheMinimumForItsGroupOnly() {
    RuleSet own = overlay("khoi-dang-rieng", LayerLevel.GROUP, PARTY_BLOC).rule(minMembers(4)).build();
    assertThat(Emulation.validate(province(), TestRules.book().with(own)).violations()).isEmpty();

    RuleSet other = overlay("khoi-kinh-te-rieng", LayerLevel.GROUP, ECONOMY_BLOC).rule(minMembers(4)).build();
    ValidationReport report = Emulation.validate(province(), TestRules.book().with(other));
    assertThat(report.codes()).containsExactly(ViolationCodes.GROUP_MEMBERS_TOO_FEW);
    assertThat(report.violations()).extracting(v -> v.subject().id()).containsExactly(PARTY_BLOC);
  }

  @Test
  void aProvinceLayerOverridesTheNationalMinimum() {
    RuleSet national = TestRules.national().toBuilder()
        .rule(TestRules.nationalRule("group.min-members", Map.of("min", 5))).build();
    RuleSet strict = TestRules.province();
    RuleSet lenient = TestRules.province().toBuilder()
        .rule(TestRules.localRule("group.min-members", Map.of("min", 4))).build();

    assertThat(Emulation.validate(province(), RuleBook.of(national, strict)).codes())
        .containsExactly(ViolationCodes.GROUP_MEMBERS_TOO_FEW);
    RuleBook book = RuleBook.of(national, lenient);
    assertThat(Emulation.validate(province(), book).violations()).isEmpty();
    var rule = book.resolve(RuleTarget.on(LocalDate.of(YEAR, 12, 31))).rule("group.min-members").orElseThrow();
    assertThat(rule.layer()).isEqualTo(RuleSetId.of(TestRules.PROVINCE));
    assertThat(rule.overridden()).containsExactly(RuleSetId.of(TestRules.NATIONAL));
  }

  // (c) -------------------------------------------------------------------------------------------------------

  @Test
  void anOrganiserLayerLowersTheMinimumForItsOrganiser() {
    RuleSet own = overlay("ubnd-tinh-rieng", LayerLevel.ORGANISER, COMMITTEE).rule(minMembers(4)).build();
    ValidationReport report = Emulation.validate(province(), TestRules.book().with(own));
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void anOrganiserLayerForAnotherOrganiserChangesNothingButIsFlagged() {
    RuleSet own = overlay("so-noi-vu-rieng", LayerLevel.ORGANISER, "so-noi-vu").rule(minMembers(4)).build();
    ValidationReport report = Emulation.validate(province(), TestRules.book().with(own));
    assertThat(report.codes())
        .containsExactly(ViolationCodes.GROUP_MEMBERS_TOO_FEW, ViolationCodes.RULESET_TARGET_UNKNOWN);
    assertThat(report.withCode(ViolationCodes.RULESET_TARGET_UNKNOWN)).singleElement()
        .satisfies(v -> {
          assertThat(v.severity()).isEqualTo(Severity.WARNING);
          assertThat(v.observed().en()).isEqualTo("so-noi-vu");
        });
  }

  // (d) -------------------------------------------------------------------------------------------------------

  @Test
  void aLayerThatRemovesTheDeputyCountLetsTwoDeputiesPass() {
    Province p = validProvince();
    EmulationGroup economy = p.group(GroupId.of(ECONOMY_BLOC)).orElseThrow();
    Province twoDeputies = p.toBuilder().clear().units(p.units()).organisers(p.organisers())
        .groups(p.group(GroupId.of(PARTY_BLOC)).orElseThrow(), economy.toBuilder().deputy("so-nong-nghiep").build())
        .build();

    ValidationReport before = Emulation.validate(twoDeputies, TestRules.book());
    assertThat(before.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCodes.GROUP_DEPUTIES_COUNT);
      assertThat(v.subject().id()).isEqualTo(ECONOMY_BLOC);
      assertThat(v.observed().en()).isEqualTo("2");
      assertThat(v.limit().en()).isEqualTo("1");
      assertThat(v.related()).extracting(s -> s.id()).containsExactly("so-nong-nghiep", "so-xay-dung");
    });

    Citation why = Citation.of("Quyết định 12/QĐ-UBND (thử nghiệm)", "Điều 2");
    RuleSet own = overlay("ubnd-tinh-rieng", LayerLevel.ORGANISER, COMMITTEE)
        .remove("group.deputy-count", "Khối được có hai phó trưởng", why).build();
    RuleBook book = TestRules.book().with(own);
    assertThat(Emulation.validate(twoDeputies, book).violations()).isEmpty();
    assertThat(Emulation.checkRules(book).violations()).isEmpty();

    RuleTarget target = RuleTarget.on(twoDeputies.referenceDate()).forOrganiser(OrganiserId.of(COMMITTEE))
        .forGroup(GroupId.of(ECONOMY_BLOC));
    ResolvedRules resolved = book.resolve(target);
    assertThat(resolved.rule("group.deputy-count")).isEmpty();
    assertThat(resolved.removed()).singleElement().satisfies((RemovedRule removed) -> {
      assertThat(removed.removal().ruleId()).isEqualTo("group.deputy-count");
      assertThat(removed.removal().citation()).isEqualTo(why);
      assertThat(removed.layer()).isEqualTo(RuleSetId.of("ubnd-tinh-rieng"));
      assertThat(removed.level()).isEqualTo(LayerLevel.ORGANISER);
      assertThat(removed.was().layer()).isEqualTo(RuleSetId.of(TestRules.NATIONAL));
    });
    assertThat(book.resolve(RuleTarget.on(twoDeputies.referenceDate())).rule("group.deputy-count")).isPresent();
  }

  @Test
  void removingARuleNoLayerAboveDefinesIsAWarning() {
    RuleSet own = overlay("ubnd-tinh-rieng", LayerLevel.ORGANISER, COMMITTEE)
        .remove("group.max-members", "Không giới hạn", OWN_RULES).build();
    ValidationReport report = Emulation.checkRules(TestRules.book().with(own));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCodes.RULESET_REMOVAL_UNKNOWN);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(report.isValid()).isTrue();
  }

  // (e) -------------------------------------------------------------------------------------------------------

  @Test
  void aViolationNamesTheLayerAndCitationThatSuppliedItsRule() {
    Violation tooFew = Emulation.validate(province(), TestRules.book()).violations().get(0);
    assertThat(tooFew.rule().id()).isEqualTo("group.min-members");
    assertThat(tooFew.rule().layer()).isEqualTo(TestRules.PROVINCE);
    assertThat(tooFew.rule().citation()).isEqualTo(TestRules.GUIDELINE);
    assertThat(tooFew.message().vi()).contains(TestRules.GUIDELINE.text());
    assertThat(tooFew.message().en()).contains(TestRules.GUIDELINE.text());

    Province p = validProvince();
    EmulationGroup economy = p.group(GroupId.of(ECONOMY_BLOC)).orElseThrow();
    Province headless = p.toBuilder().clear().units(p.units()).organisers(p.organisers())
        .groups(p.group(GroupId.of(PARTY_BLOC)).orElseThrow(), economy.toBuilder().heads(List.of()).build())
        .build();
    Violation missing = Emulation.validate(headless, TestRules.book()).violations().get(0);
    assertThat(missing.code()).isEqualTo(ViolationCodes.GROUP_HEAD_MISSING);
    assertThat(missing.rule().layer()).isEqualTo(TestRules.NATIONAL);
    assertThat(missing.rule().citation()).isEqualTo(TestRules.LAW);
  }

  @Test
  void anOverridingLayerIsNamedInItsViolations() {
    RuleSet own = overlay("ubnd-tinh-rieng", LayerLevel.ORGANISER, COMMITTEE).rule(minMembers(6)).build();
    ValidationReport report = Emulation.validate(province(), TestRules.book().with(own));
    // Reports are sorted by subject: khoi-dang before khoi-kinh-te.
    assertThat(report.violations()).extracting(v -> v.subject().id(), v -> v.observed().en(), v -> v.limit().en())
        .containsExactly(
            tuple(PARTY_BLOC, "4", "6"),
            tuple(ECONOMY_BLOC, "5", "6"));
    assertThat(report.violations()).allSatisfy(v -> {
      assertThat(v.rule().layer()).isEqualTo("ubnd-tinh-rieng");
      assertThat(v.rule().citation()).isEqualTo(OWN_RULES);
    });
  }

  @Test
  void integrityViolationsNameTheDataModel() {
    Province p = validProvince();
    Province duplicated = p.toBuilder().units(p.units().get(0)).build();
    Violation v = Emulation.validate(duplicated, TestRules.book()).violations().get(0);
    assertThat(v.code()).isEqualTo(ViolationCodes.UNIT_ID_DUPLICATE);
    assertThat(v.observed().en()).isEqualTo("2");
    assertThat(v.rule().layer()).isEqualTo("emulation");
  }

  // (f) -------------------------------------------------------------------------------------------------------

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThatThrownBy(() -> Emulation.validate(null, TestRules.book())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Emulation.validate(province(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Emulation.checkRules(null)).isInstanceOf(NullPointerException.class);
  }

  // (g) -------------------------------------------------------------------------------------------------------

  @Test
  void theTestRulesAreWellFormed() {
    assertThat(Emulation.checkRules(TestRules.book()).violations()).isEmpty();
  }

  static Stream<Arguments> badRules() {
    return Stream.of(
        Arguments.of("unknown kind", rule("group.min-memberz", Map.of("min", 5)),
            List.of(ViolationCodes.RULESET_KIND_UNKNOWN)),
        Arguments.of("missing required parameter", rule("group.min-members", Map.of()),
            List.of(ViolationCodes.RULESET_PARAM_MISSING)),
        Arguments.of("misspelt optional parameter",
            rule("group.min-members", Map.of("min", 5, "groupKind", List.of("BLOC"))),
            List.of(ViolationCodes.RULESET_PARAM_UNKNOWN)),
        Arguments.of("misspelt required parameter", rule("group.min-members", Map.of("mni", 5)),
            List.of(ViolationCodes.RULESET_PARAM_MISSING, ViolationCodes.RULESET_PARAM_UNKNOWN)),
        Arguments.of("negative count", rule("group.min-members", Map.of("min", -1)),
            List.of(ViolationCodes.RULESET_PARAM_INVALID)),
        Arguments.of("fractional count", rule("group.min-members", Map.of("min", new BigDecimal("4.5"))),
            List.of(ViolationCodes.RULESET_PARAM_INVALID)),
        Arguments.of("text count", rule("group.min-members", Map.of("min", "năm")),
            List.of(ViolationCodes.RULESET_PARAM_INVALID)),
        Arguments.of("negative count in a map", rule("organiser.cluster-count",
                Map.of("default", 1, "byKind", Map.of("DISTRICT", -6))),
            List.of(ViolationCodes.RULESET_PARAM_INVALID)),
        Arguments.of("unknown group kind", rule("unit.single-membership", Map.of("groupKinds", List.of("BLOCK"))),
            List.of(ViolationCodes.RULESET_PARAM_INVALID)));
  }

  private static Rule rule(String kind, Map<String, ?> params) {
    return TestRules.localRule(kind, params);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRules")
  void ruleDataProblemsAreReportedNotThrown(String description, Rule bad, List<String> codes) {
    RuleBook book = RuleBook.of(TestRules.national(), TestRules.province().toBuilder().rule(bad).build());

    ValidationReport checked = Emulation.checkRules(book);
    assertThat(checked.codes()).as(description).containsExactlyInAnyOrderElementsOf(codes);
    assertThat(checked.violations()).allSatisfy(v -> {
      assertThat(v.subject().type()).isEqualTo(SubjectType.RULE_SET);
      assertThat(v.subject().id()).isEqualTo(TestRules.PROVINCE + "#" + bad.id());
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.rule().layer()).isEqualTo(TestRules.PROVINCE);
    });

    // The faulty rule is reported and skipped, never applied: validation of the completed province gives only
    // the rule-data problems, however the faulty rule would have read.
    ValidationReport validated = Emulation.validate(validProvince(), book);
    assertThat(validated.codes()).as(description).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void aFractionalMinimumIsNotAppliedToTheData() {
    RuleBook book = RuleBook.of(TestRules.national(), TestRules.province().toBuilder()
        .rule(rule("group.min-members", Map.of("min", new BigDecimal("4.5")))).build());
    ValidationReport report = Emulation.validate(province(), book);
    assertThat(report.codes()).containsExactly(ViolationCodes.RULESET_PARAM_INVALID);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.observed().en()).isEqualTo("min = 4.5");
      assertThat(v.limit().en()).isEqualTo("a whole number ≥ 0");
    });
  }

  @Test
  void aMissingParameterNamesTheParameter() {
    RuleBook book = RuleBook.of(TestRules.national(), TestRules.province().toBuilder()
        .rule(rule("unit.min-staff", Map.of())).build());
    assertThat(Emulation.checkRules(book).violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCodes.RULESET_PARAM_MISSING);
      assertThat(v.limit().en()).isEqualTo("min");
      assertThat(v.message().en()).contains("min");
    });
  }
}
