package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped rule sets load through the Jackson reader found by ServiceLoader, and hold what the seed says. */
class EmbeddedRuleSetsTest {

  static List<String> ids() {
    return RuleSets.embeddedIds();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyShippedRuleSetLoadsAndPassesTheCatalogueCheck(String id) {
    RuleBook book = RuleSets.embedded(id);
    assertThat(book.leaf().id().value()).isEqualTo(id);
    assertThat(Emulation.checkRules(book).violations()).isEmpty();
    for (RuleSet layer : book.layers()) {
      for (Rule rule : layer.rules()) {
        assertThat(rule.citation().document()).as(rule.id()).isNotBlank();
      }
    }
  }

  @Test
  void theOptionalDivisionBanLayerExtendsHungYenAndBringsBackTheBlanketRule() {
    RuleBook strict = RuleSets.embedded("vn-hung-yen-division-ban");
    assertThat(strict.layers()).extracting(l -> l.id().value())
        .containsExactly("vn", "vn-hung-yen", "vn-hung-yen-division-ban");
    assertThat(strict.leaf().id().value()).isEqualTo("vn-hung-yen-division-ban");
    var rules = strict.resolve(RuleTarget.on(java.time.LocalDate.of(2024, 12, 31)));
    assertThat(rules.rule("award.eligibility.not-division-level").orElseThrow().layer().value())
        .isEqualTo("vn-hung-yen-division-ban");
    assertThat(rules.rule("award.eligibility.provincial-system")).isPresent();
  }

  @Test
  void shippedIdsAreTheThreeDocumentedOnes() {
    assertThat(RuleSets.embeddedIds())
        .containsExactly("vn", "vn-hung-yen", "vn-hung-yen-division-ban", "vn-two-tier-example");
  }

  @Test
  void hungYenDefaultResolvesTheSeedValuesWithTheirLayers() {
    ResolvedRules rules = RuleSets.defaultRules().resolve(RuleTarget.on(LocalDate.of(2024, 12, 31)));
    assertThat(rules.layers()).extracting(Object::toString).containsExactly("vn", "vn-hung-yen");
    assertThat(param(rules, "group.min-members", "min")).isEqualTo(5);
    assertThat(param(rules, "unit.min-staff", "min")).isEqualTo(5);
    assertThat(param(rules, "group.deputy-count", "count")).isEqualTo(1);
    assertThat(rules.rule("group.deputy-count").orElseThrow().layer().value()).isEqualTo("vn");
    assertThat(rules.rule("group.min-members").orElseThrow().layer().value()).isEqualTo("vn-hung-yen");
    RuleParameters clusters = rules.rule("organiser.cluster-count").orElseThrow().rule().params();
    assertThat(clusters.integer("default")).isEqualTo(1);
    assertThat(clusters.integerMap("bySector")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "EDUCATION", 5, "HEALTH", 3, "CULTURE_SPORTS_TOURISM", 2, "LABOUR_INVALIDS_SOCIAL_AFFAIRS", 2,
        "AGRICULTURE", 2));
    assertThat(clusters.integerMap("byKind")).containsExactlyInAnyOrderEntriesOf(Map.of("DISTRICT", 6, "COLLEGE", 1));
    // R30: the flag goes to the leading unit of a group of the provincial system, division-level or not
    assertThat(rules.rule("award.eligibility.not-division-level")).isEmpty();
    assertThat(rules.rule("award.eligibility.provincial-system").orElseThrow().rule().params().textList("awards"))
        .containsExactly("PROV_FLAG");
    assertThat(rules.rule("group.leading-unit").orElseThrow().rule().params().optionalText("by")).contains("vote");
  }

  @Test
  void hungYenDefaultIsNotInForceAfterTheDistrictLevelEnded() {
    ResolvedRules rules = RuleSets.defaultRules().resolve(RuleTarget.on(LocalDate.of(2025, 7, 1)));
    assertThat(rules.layers()).extracting(Object::toString).containsExactly("vn");
  }

  @Test
  void twoTierExampleBoundsClustersBetweenFiveAndElevenWithoutClusterQuotas() {
    ResolvedRules rules = RuleSets.embedded("vn-two-tier-example").resolve(RuleTarget.on(LocalDate.of(2026, 1, 1)));
    assertThat(param(rules, "group.min-members", "min")).isEqualTo(5);
    assertThat(param(rules, "group.max-members", "max")).isEqualTo(11);
    assertThat(rules.rule("organiser.cluster-count")).isEmpty();
  }

  @Test
  void theShippedHungYenLayerEqualsTheSameLayerBuiltInJava() {
    Citation seed = Citation.of(
        "Tờ trình của Sở Nội vụ tỉnh Hưng Yên (dự thảo Hướng dẫn tổ chức và hoạt động của Cụm, Khối thi đua)",
        "Mục 2.a: mỗi cụm thi đua phải có tối thiểu từ 05 phòng, ban, đơn vị cấu thành trở lên");
    RuleSet shipped = RuleSets.defaultRules().leaf();
    assertThat(shipped.level()).isEqualTo(LayerLevel.PROVINCE);
    assertThat(shipped.parent().orElseThrow().value()).isEqualTo("vn");
    assertThat(shipped.validTo()).contains(LocalDate.of(2025, 6, 30));
    assertThat(shipped.rule("group.min-members")).contains(
        Rule.of("group.min-members", RuleScope.LOCAL, seed, RuleParameters.of("min", 5)));
  }

  private static int param(ResolvedRules rules, String id, String name) {
    ResolvedRule rule = rules.rule(id).orElseThrow(() -> new AssertionError("no rule " + id));
    return rule.rule().params().integer(name);
  }
}
