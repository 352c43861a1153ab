package io.github.thidua.emulation.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolution of layered rule sets, and rule parameters. */
class RuleBookTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final Citation LAW = Citation.of("Luật Thi đua, khen thưởng 06/2022/QH15", "Điều 25");
  private static final Citation LOCAL = Citation.of("Hướng dẫn 01/HD-TĐKT (thử nghiệm)");

  private static Rule minMembers(int min) {
    return Rule.of("group.min-members", RuleScope.LOCAL, LOCAL, RuleParameters.of("min", min));
  }

  private static RuleSet national() {
    return RuleSet.builder("vn-test", "1", LayerLevel.NATIONAL)
        .rule(Rule.of("group.min-members", RuleScope.NATIONAL_LAW, LAW, RuleParameters.of("min", 5)))
        .rule(Rule.of("group.head-count", RuleScope.NATIONAL_LAW, LAW, RuleParameters.of("count", 1)))
        .rule(Rule.of("group.deputy-count", RuleScope.NATIONAL_LAW, LAW, RuleParameters.of("count", 1)))
        .build();
  }

  private static RuleSet.Builder province() {
    return RuleSet.builder("vn-test-tinh", "1", LayerLevel.PROVINCE).parent("vn-test");
  }

  private static RuleSet.Builder organiserLayer(String id, String organiser) {
    return RuleSet.builder(id, "1", LayerLevel.ORGANISER).parent("vn-test-tinh").target(organiser);
  }

  private static RuleSet.Builder groupLayer(String id, String group) {
    return RuleSet.builder(id, "1", LayerLevel.GROUP).parent("vn-test-tinh").target(group);
  }

  private static RuleTarget on(LocalDate day) {
    return RuleTarget.on(day);
  }

  private static RuleTarget forGroup(String organiser, String group) {
    return on(DAY).forOrganiser(OrganiserId.of(organiser)).forGroup(GroupId.of(group));
  }

  private static int min(ResolvedRules rules) {
    return rules.rule("group.min-members").orElseThrow().rule().params().integer("min");
  }

  private static List<String> ids(List<RuleSetId> layers) {
    return layers.stream().map(RuleSetId::value).toList();
  }

  private static RuleBook layered() {
    return RuleBook.of(
        groupLayer("cum-1-rules", "cum-1").rule(minMembers(2)).build(),
        national(),
        organiserLayer("so-a-rules", "so-a").rule(minMembers(3)).build(),
        province().rule(minMembers(4)).build());
  }

  @Test
  void layersAreSortedFromTheMostGeneral() {
    assertThat(ids(layered().layers().stream().map(RuleSet::id).toList()))
        .containsExactly("vn-test", "vn-test-tinh", "so-a-rules", "cum-1-rules");
    assertThat(layered().leaf().id()).isEqualTo(RuleSetId.of("vn-test-tinh"));
  }

  @Test
  void anOverrideRecordsTheLayersItReplaced() {
    RuleBook book = layered();

    ResolvedRules provinceWide = book.resolve(on(DAY));
    ResolvedRule rule = provinceWide.rule("group.min-members").orElseThrow();
    assertThat(rule.layer().value()).isEqualTo("vn-test-tinh");
    assertThat(rule.level()).isEqualTo(LayerLevel.PROVINCE);
    assertThat(rule.citation()).isEqualTo(LOCAL);
    assertThat(ids(rule.overridden())).containsExactly("vn-test");
    assertThat(min(provinceWide)).isEqualTo(4);

    ResolvedRules forGroup = book.resolve(forGroup("so-a", "cum-1"));
    ResolvedRule most = forGroup.rule("group.min-members").orElseThrow();
    assertThat(most.layer().value()).isEqualTo("cum-1-rules");
    assertThat(most.level()).isEqualTo(LayerLevel.GROUP);
    assertThat(ids(most.overridden())).containsExactly("vn-test", "vn-test-tinh", "so-a-rules");
    assertThat(min(forGroup)).isEqualTo(2);
    assertThat(ids(forGroup.layers())).containsExactly("vn-test", "vn-test-tinh", "so-a-rules", "cum-1-rules");

    ResolvedRule untouched = forGroup.rule("group.head-count").orElseThrow();
    assertThat(untouched.layer().value()).isEqualTo("vn-test");
    assertThat(untouched.overridden()).isEmpty();
    assertThat(untouched.citation()).isEqualTo(LAW);

    assertThat(forGroup.rules()).extracting(ResolvedRule::id)
        .containsExactly("group.deputy-count", "group.head-count", "group.min-members");
  }

  @Test
  void organiserAndGroupOverlaysApplyOnlyToTheirTargets() {
    RuleBook book = layered();

    assertThat(min(book.resolve(on(DAY)))).isEqualTo(4);
    assertThat(min(book.resolve(on(DAY).forOrganiser(OrganiserId.of("so-a"))))).isEqualTo(3);
    assertThat(min(book.resolve(on(DAY).forOrganiser(OrganiserId.of("so-b"))))).isEqualTo(4);
    assertThat(min(book.resolve(forGroup("so-a", "cum-2")))).isEqualTo(3);
    assertThat(min(book.resolve(forGroup("so-b", "cum-2")))).isEqualTo(4);
    assertThat(min(book.resolve(forGroup("so-b", "cum-1")))).isEqualTo(2);
    assertThat(min(book.resolve(on(DAY).forGroup(GroupId.of("cum-1"))))).isEqualTo(2);
    assertThat(ids(book.resolve(forGroup("so-b", "cum-2")).layers())).containsExactly("vn-test", "vn-test-tinh");
  }

  @Test
  void twoOverlaysOfOneTargetApplyInIdOrder() {
    RuleBook book = RuleBook.of(national(), province().build(),
        organiserLayer("so-a-z", "so-a").rule(minMembers(7)).build(),
        organiserLayer("so-a-a", "so-a").rule(minMembers(6)).build());
    ResolvedRule rule = book.resolve(on(DAY).forOrganiser(OrganiserId.of("so-a")))
        .rule("group.min-members").orElseThrow();
    assertThat(rule.layer().value()).isEqualTo("so-a-z");
    assertThat(ids(rule.overridden())).containsExactly("vn-test", "so-a-a");
  }

  @Test
  void layersOutsideTheirDatesAreSkipped() {
    RuleSet firstHalf = organiserLayer("so-a-2025-h1", "so-a")
        .validity(LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 6, 30)))
        .rule(minMembers(3))
        .remove("group.deputy-count", "Không quy định phó trưởng", LOCAL)
        .build();
    RuleBook book = RuleBook.of(national(), province().build(), firstHalf);
    OrganiserId soA = OrganiserId.of("so-a");

    ResolvedRules inside = book.resolve(on(LocalDate.of(2025, 6, 30)).forOrganiser(soA));
    assertThat(ids(inside.layers())).containsExactly("vn-test", "vn-test-tinh", "so-a-2025-h1");
    assertThat(min(inside)).isEqualTo(3);
    assertThat(inside.rule("group.deputy-count")).isEmpty();
    assertThat(inside.removed()).extracting(r -> r.layer().value()).containsExactly("so-a-2025-h1");

    for (LocalDate outside : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 7, 1))) {
      ResolvedRules resolved = book.resolve(on(outside).forOrganiser(soA));
      assertThat(ids(resolved.layers())).as("on %s", outside).containsExactly("vn-test", "vn-test-tinh");
      assertThat(min(resolved)).as("on %s", outside).isEqualTo(5);
      assertThat(resolved.rule("group.deputy-count")).as("on %s", outside).isPresent();
      assertThat(resolved.removed()).as("on %s", outside).isEmpty();
    }
  }

  @Test
  void rulesOutsideTheirDatesAreSkipped() {
    Rule fromJuly = minMembers(4).withValidity(Optional.of(LocalDate.of(2025, 7, 1)), Optional.empty());
    Rule untilLastYear = Rule.of("group.max-members", RuleScope.LOCAL, LOCAL, RuleParameters.of("max", 20))
        .withValidity(Optional.empty(), Optional.of(LocalDate.of(2024, 12, 31)));
    RuleBook book = RuleBook.of(national(), province().rule(fromJuly).rule(untilLastYear).build());

    ResolvedRules june = book.resolve(on(LocalDate.of(2025, 6, 30)));
    ResolvedRule general = june.rule("group.min-members").orElseThrow();
    assertThat(general.layer().value()).isEqualTo("vn-test");
    assertThat(general.overridden()).isEmpty();
    assertThat(min(june)).isEqualTo(5);
    assertThat(june.rule("group.max-members")).isEmpty();

    ResolvedRules july = book.resolve(on(LocalDate.of(2025, 7, 1)));
    assertThat(july.rule("group.min-members").orElseThrow().layer().value()).isEqualTo("vn-test-tinh");
    assertThat(min(july)).isEqualTo(4);

    assertThat(book.resolve(on(LocalDate.of(2024, 12, 31))).rule("group.max-members")).isPresent();
  }

  @Test
  void aRemovedRuleCanBeDefinedAgainByAMoreSpecificLayer() {
    RuleBook book = RuleBook.of(national(), province().build(),
        organiserLayer("so-a-rules", "so-a").remove("group.min-members", "Tự quy định", LOCAL).build(),
        groupLayer("cum-1-rules", "cum-1").rule(minMembers(3)).build());

    ResolvedRules organiserWide = book.resolve(on(DAY).forOrganiser(OrganiserId.of("so-a")));
    assertThat(organiserWide.rule("group.min-members")).isEmpty();
    assertThat(organiserWide.removed()).singleElement().satisfies(r -> {
      assertThat(r.removal().ruleId()).isEqualTo("group.min-members");
      assertThat(r.removal().reason()).isEqualTo("Tự quy định");
      assertThat(r.layer().value()).isEqualTo("so-a-rules");
      assertThat(r.was().layer().value()).isEqualTo("vn-test");
    });

    ResolvedRules group = book.resolve(forGroup("so-a", "cum-1"));
    assertThat(min(group)).isEqualTo(3);
    assertThat(group.rule("group.min-members").orElseThrow().overridden()).isEmpty();
    assertThat(group.removed()).isEmpty();
  }

  @Test
  void aRuleBookRefusesLayersThatDoNotFormOneChain() {
    RuleSet orphan = RuleSet.builder("mo-coi", "1", LayerLevel.PROVINCE).parent("khong-co").build();
    assertThatThrownBy(() -> RuleBook.of(national(), orphan)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleBook.of(national(), national())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleBook.of(national(), province().build(),
        RuleSet.builder("so-a", "1", LayerLevel.ORGANISER).parent("cum-1-rules").target("so-a").build(),
        groupLayer("cum-1-rules", "cum-1").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.builder("so-a", "1", LayerLevel.ORGANISER).parent("vn-test").build())
        .as("an organiser layer needs a target").isInstanceOf(IllegalArgumentException.class);
  }

  // RuleParameters ---------------------------------------------------------------------------------------------

  @Test
  void parametersRefuseFloatingPointNumbers() {
    assertThatThrownBy(() -> RuleParameters.of("min", 5.0d)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min");
    assertThatThrownBy(() -> RuleParameters.of("min", 5.0f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleParameters.of(Map.of("byKind", Map.of("DISTRICT", 6.0d))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleParameters.of(Map.of("values", List.of(1, 2.5d))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parametersNormaliseEqualNumbers() {
    RuleParameters five = RuleParameters.of("min", 5);
    for (Object same : List.of(5L, new BigDecimal("5.0"), new BigDecimal("5.000"), BigInteger.valueOf(5),
        new BigDecimal("0.5E1"))) {
      RuleParameters other = RuleParameters.of("min", same);
      assertThat(other).as("%s", same).isEqualTo(five);
      assertThat(other.hashCode()).as("%s", same).isEqualTo(five.hashCode());
      assertThat(other.integer("min")).isEqualTo(5);
    }
    assertThat(RuleParameters.of("min", new BigDecimal("5.5"))).isNotEqualTo(five);
    assertThat(RuleParameters.of("min", 6)).isNotEqualTo(five);
    assertThat(RuleParameters.of("min", 0)).isEqualTo(RuleParameters.of("min", new BigDecimal("0.00")));
    assertThat(RuleParameters.of("byKind", Map.of("DISTRICT", 6)))
        .isEqualTo(RuleParameters.of("byKind", Map.of("DISTRICT", new BigDecimal("6.00"))));
    assertThat(RuleParameters.of("byKind", Map.of("DISTRICT", new BigDecimal("60.0"))).integerMap("byKind"))
        .containsExactly(Map.entry("DISTRICT", 60));
  }
}
