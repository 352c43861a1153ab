package io.github.thidua.emulation.core.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotas (fixed or a percentage of a base, with declared rounding) and percentage caps (R13, R27, R35, §6). */
class QuotaTest {
  private static final RuleReference DECREE_91 = new RuleReference("gov-flag.cap", "test-national",
      Citation.of("Nghị định 91/2017/NĐ-CP", "Điều 11"));
  private static final Subject PROVINCE = new Subject(SubjectType.PROVINCE, "ben-tre", "Bến Tre");
  private static final Subject BLOC = new Subject(SubjectType.GROUP, "khoi-1", "Khối 1");

  private static QuotaRule percent(String pct, QuotaRounding rounding) {
    return QuotaRule.ofPercent("PROV_FLAG", new PercentCap(new BigDecimal(pct), rounding), QuotaBase.MEMBERS);
  }

  @Test
  void twentyPercentOfTwelveMembers() {
    // 20 % × 12 = 2.4 exactly
    assertThat(Quotas.quota(percent("20", QuotaRounding.FLOOR), 12, 0)).isEqualTo(2);
    assertThat(Quotas.quota(percent("20", QuotaRounding.CEILING), 12, 0)).isEqualTo(3);
    assertThat(Quotas.quota(percent("20", QuotaRounding.HALF_UP), 12, 0)).isEqualTo(2);
    assertThat(percent("20", QuotaRounding.FLOOR).describe(12, 0)).isEqualTo("2 = floor(20 % × 12 = 2.4) members");
  }

  @Test
  void halfUpRoundsAnExactHalfUp() {
    // 25 % × 10 = 2.5 and 12.5 % × 20 = 2.5: both exactly a half
    assertThat(Quotas.quota(percent("25", QuotaRounding.HALF_UP), 10, 0)).isEqualTo(3);
    assertThat(Quotas.quota(percent("12.5", QuotaRounding.HALF_UP), 20, 0)).isEqualTo(3);
    assertThat(Quotas.quota(percent("25", QuotaRounding.FLOOR), 10, 0)).isEqualTo(2);
    // a third of a percent is not a decimal, but the arithmetic stays exact: 33.33 % × 3 = 0.9999 → 0 (floor)
    assertThat(Quotas.quota(percent("33.33", QuotaRounding.FLOOR), 3, 0)).isZero();
  }

  @Test
  void aFixedCountIgnoresTheBase() {
    QuotaRule one = QuotaRule.fixed("PROV_FLAG", 1);
    assertThat(Quotas.quota(one, 12, 3)).isEqualTo(1);
    assertThat(one.describe(12, 3)).isEqualTo("1");
  }

  @Test
  void theBaseCanBeTheEligibleUnits() {
    QuotaRule eligible = QuotaRule.ofPercent("CHAIRMAN_CERT", PercentCap.atMost("50"), QuotaBase.ELIGIBLE);
    assertThat(eligible.quota(12, 5)).isEqualTo(2);
    assertThat(percent("50", QuotaRounding.FLOOR).quota(12, 5)).isEqualTo(6);
  }

  @Test
  void aQuotaIsEitherACountOrAPercentage() {
    RuleReference ref = DECREE_91;
    assertThatThrownBy(() -> new QuotaRule("X", Optional.of(1), Optional.of(PercentCap.atMost("20")),
        QuotaBase.MEMBERS, ref)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuotaRule("X", Optional.empty(), Optional.empty(), QuotaBase.MEMBERS, ref))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PercentCap.atMost("120")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PercentCap.atMost("20").limit(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PercentCap.atMost("20.0")).isEqualTo(PercentCap.atMost("20"));
  }

  /** A1 Bến Tre 2018: 5 Government flags against 48 provincial flags, 5/48 = 10.4 %, within a 20 % cap (R13). */
  @Test
  void benTreIsWithinTheTwentyPercentCap() {
    PercentCap cap = PercentCap.atMost("20");
    assertThat(cap.exactShare(48)).isEqualTo("9.6");
    assertThat(cap.limit(48)).isEqualTo(9);
    assertThat(cap.allows(5, 48)).isTrue();
    assertThat(Quotas.checkCap(cap, PROVINCE, 5, 48, DECREE_91)).isEmpty();
  }

  /**
   * A3: Nam Định 2021 proposed 11 Government flags against 31 provincial flags, Bắc Ninh 2022 12 against 54. On
   * the provincial flags as base both exceed 20 %; on a wider base (here Bắc Ninh's 54 flags plus 280 TLĐXS) they
   * do not: the base must stay configurable (§9.3).
   */
  @Test
  void namDinhAndBacNinhDependOnTheBase() {
    PercentCap cap = PercentCap.atMost("20");
    List<Violation> namDinh = Quotas.checkCap(cap, new Subject(SubjectType.PROVINCE, "nam-dinh", "Nam Định"), 11,
        31, DECREE_91);
    assertThat(namDinh).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(AwardCodes.CAP_EXCEEDED);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.observed().en()).isEqualTo("11");
      assertThat(v.limit().en()).isEqualTo("6 = floor(20 % × 31 = 6.2)");
      assertThat(v.message().en()).isEqualTo("Nam Định: 11 proposals exceed the cap of 6 = floor(20 % × 31 = 6.2)"
          + " (Nghị định 91/2017/NĐ-CP, Điều 11).");
      assertThat(v.message().vi()).startsWith("Nam Định: 11 đề nghị vượt mức trần 6");
    });
    assertThat(cap.limit(54)).isEqualTo(10);
    assertThat(cap.allows(12, 54)).isFalse();
    assertThat(cap.allows(12, 54 + 280)).isTrue();
  }

  @Test
  void aProposalListLongerThanTheQuotaIsReported() {
    QuotaRule one = QuotaRule.fixed("PROV_FLAG", 1);
    Subject u1 = new Subject(SubjectType.UNIT, "u1", "Sở Tư pháp");
    Subject u2 = new Subject(SubjectType.UNIT, "u2", "Sở Y tế");
    assertThat(Quotas.checkProposals(one, BLOC, 6, 6, List.of(u1))).isEmpty();
    assertThat(Quotas.checkProposals(one, BLOC, 6, 6, List.of(u1, u1))).as("a unit counts once").isEmpty();
    assertThat(Quotas.checkProposals(one, BLOC, 6, 6, List.of(u2, u1))).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(AwardCodes.QUOTA_EXCEEDED);
      assertThat(v.subject()).isEqualTo(BLOC);
      assertThat(v.related()).containsExactly(u1, u2);
      assertThat(v.observed().en()).isEqualTo("2");
      assertThat(v.limit().en()).isEqualTo("1");
      assertThat(v.message().en())
          .startsWith("Khối 1 proposes 2 units, more than its quota of 1: Sở Tư pháp, Sở Y tế");
      assertThat(v.message().vi()).startsWith("Khối 1 đề nghị 2 đơn vị, vượt chỉ tiêu 1");
    });
  }

  @Test
  void quotaRulesAreReadFromTheRuleBookWithDefaults() {
    RuleBook book = RuleBook.of(TestRules.national(), TestRules.province().toBuilder()
        .rule(TestRules.localRule("award.quota", Map.of("award", "PROV_FLAG", "count", 1)).withId("flag.quota"))
        .rule(TestRules.localRule("award.quota", Map.of("award", "CHAIRMAN_CERT", "percent", new BigDecimal("20"))))
        .build());
    ResolvedRules rules = book.resolve(RuleTarget.on(LocalDate.of(2025, 12, 31)));
    QuotaRule flag = QuotaRule.find(rules, "PROV_FLAG").orElseThrow();
    assertThat(flag.count()).contains(1);
    assertThat(flag.rule().id()).isEqualTo("flag.quota");
    QuotaRule cert = QuotaRule.find(rules, "CHAIRMAN_CERT").orElseThrow();
    assertThat(cert.percent()).contains(new PercentCap(new BigDecimal("20"), QuotaRounding.FLOOR));
    assertThat(cert.base()).isEqualTo(QuotaBase.MEMBERS);
    assertThat(cert.quota(12, 0)).isEqualTo(2);
    assertThat(cert.rule().citation()).isEqualTo(TestRules.GUIDELINE);
    assertThat(QuotaRule.find(rules, "GOV_FLAG")).isEmpty();
  }

  @Test
  void quotaRulesReadBaseAndRounding() {
    RuleBook book = RuleBook.of(TestRules.national(), TestRules.province().toBuilder()
        .rule(TestRules.localRule("award.quota", Map.of("award", "CHAIRMAN_CERT", "percent", 25,
            "base", "eligible", "rounding", "half-up")))
        .build());
    QuotaRule cert = QuotaRule.find(book.resolve(RuleTarget.on(LocalDate.of(2025, 12, 31))), "CHAIRMAN_CERT")
        .orElseThrow();
    assertThat(cert.base()).isEqualTo(QuotaBase.ELIGIBLE);
    assertThat(cert.quota(40, 10)).isEqualTo(3);
  }

  @Test
  void wireNamesRoundTrip() {
    for (QuotaRounding r : QuotaRounding.values()) {
      assertThat(QuotaRounding.fromWireName(r.wireName())).isEqualTo(r);
    }
    for (QuotaBase b : QuotaBase.values()) {
      assertThat(QuotaBase.fromWireName(b.wireName())).isEqualTo(b);
    }
    assertThatThrownBy(() -> QuotaRounding.fromWireName("half-even")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDivisionLevelCodeHasItsMessage() {
    var text = io.github.thidua.emulation.core.internal.Messages.format(AwardCodes.INELIGIBLE_DIVISION_LEVEL,
        "Phòng Tư pháp", "pt", "DIVISION", "PROV_FLAG", "", "Tờ trình");
    assertThat(text.en())
        .isEqualTo("Phòng Tư pháp is a division-level unit and may not receive PROV_FLAG (Tờ trình).");
    assertThat(text.vi())
        .isEqualTo("Phòng Tư pháp là đơn vị cấp phòng, không được đề nghị PROV_FLAG (Tờ trình).");
  }
}
