package io.github.thidua.emulation.core.scoring;

import static io.github.thidua.emulation.core.testing.Scales.byCouncil;
import static io.github.thidua.emulation.core.testing.Scales.byHead;
import static io.github.thidua.emulation.core.testing.Scales.byPeer;
import static io.github.thidua.emulation.core.testing.Scales.self;
import static io.github.thidua.emulation.core.testing.Scales.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.testing.Scales;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of scoring with expected values computed by hand from the domain (rules.md §4 T1–T3 and R31),
 * on the bloc of {@link Scales} (members {@code dv-1} … {@code dv-n}, head {@code dv-1}).
 */
class ScoringGoldenTest {
  private static final ScoringMethod MANUAL = new ScoringMethod.Manual();
  private static final String COUNCIL = Scales.COUNCIL;

  // ------------------------------------------------------------------------------------------------ helpers

  private static GroupScores score(ScoringScale scale, RuleBook book, ScoreSheet... sheets) {
    return score(Scales.province(5), scale, book, sheets);
  }

  private static GroupScores score(Province province, ScoringScale scale, RuleBook book, ScoreSheet... sheets) {
    return Emulation.score(province, Scales.GROUP_ID, scale, List.of(sheets), book);
  }

  private static UnitScore unit(GroupScores scores, String unit) {
    return scores.unit(UnitId.of(unit)).orElseThrow(() -> new AssertionError(unit + " has no score: " + scores));
  }

  private static BigDecimal points(UnitScore score, String criterion) {
    return score.criterion(criterion).orElseThrow().points();
  }

  /** The violations of a code about a subject (a unit id, or a sheet as {@code unit/ROLE/scorer}). */
  private static List<Violation> found(ValidationReport report, String code, String subject) {
    return report.withCode(code).stream().filter(v -> v.subject().id().equals(subject)).toList();
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /**
   * A 30-point scale: group {@code 1} (max 20) of {@code 1.1} and {@code 1.2} (max 10 each), and leaf {@code 2}
   * (max 10); bonus CITY_FLAG 10 with a cap of 10; deduction LATE_REPORT 2 per occurrence.
   */
  private static ScoringScale.Builder basic() {
    return Scales.scale("khoi-1-2025", "30")
        .criteria(
            Criterion.node("1", "Thực hiện nhiệm vụ chính trị", "20",
                Criterion.leaf("1.1", "Hoàn thành chỉ tiêu", "10", MANUAL),
                Criterion.leaf("1.2", "Cải cách hành chính", "10", MANUAL)),
            Criterion.leaf("2", "Công tác thi đua, khen thưởng", "10", MANUAL))
        .bonuses(ListedItem.of("CITY_FLAG", "Cờ thi đua của Ủy ban nhân dân tỉnh", "10"))
        .bonusCap("10")
        .deductions(ListedItem.of("LATE_REPORT", "Gửi báo cáo chậm", "2"));
  }

  /** A sheet of {@link #basic()} with the three leaves. */
  private static ScoreSheet basicSheet(ScoreSheet.Builder b, String p11, String p12, String p2) {
    return b.entry("1.1", p11).entry("1.2", p12).entry("2", p2).build();
  }

  // ------------------------------------------------------------------------------------------------ (a) T1/T2

  /**
   * T1/T2, Ho Chi Minh City: seven criteria on a base of 100, and bonus points on top of the base: +10 for the
   * city's (or a ministry's) flag, +15 for the Government flag, at most 15 in all. The department scores District
   * 5's office 97; with the city flag it totals 97 + 10 = 107.
   */
  @Nested
  class HoChiMinhCity {
    private final ScoringScale scale = Scales.scale("hcmc-2008", "100")
        .name(new LocalizedText("Tiêu chí chấm điểm công tác thi đua, khen thưởng", "Emulation work criteria"))
        .criteria(
            Criterion.leaf("01", "Tổ chức cụm, khối thi đua cơ sở; gửi đăng ký đúng hạn", "10", MANUAL),
            Criterion.leaf("02", "Thực hiện nội dung giao ước; tham gia hoạt động cụm, khối", "10", MANUAL),
            Criterion.leaf("03", "Kế hoạch phát động phong trào; sơ kết, tổng kết", "20", MANUAL),
            Criterion.leaf("04", "Kiểm tra, tự kiểm tra công tác thi đua", "10", MANUAL),
            Criterion.leaf("05", "Báo cáo 6 tháng, năm đúng hạn; dự họp đầy đủ", "10", MANUAL),
            Criterion.leaf("06", "Xây dựng, nhân rộng điển hình tiên tiến", "20", MANUAL),
            Criterion.leaf("07", "Khen thưởng đúng, kịp thời, hồ sơ đầy đủ", "20", MANUAL))
        .bonuses(ListedItem.of("CITY_FLAG", "Cờ thi đua xuất sắc của Thành phố hoặc Bộ, ngành Trung ương", "10"),
            ListedItem.of("GOV_FLAG", "Cờ thi đua của Chính phủ", "15"))
        .bonusCap("15")
        .build();

    /** 10 + 10 + 20 + 10 + 10 + 17 + 20 = 97. */
    private ScoreSheet.Builder ninetySeven(String unit) {
      return sheet(unit, ScorerRole.COUNCIL, "so-giao-duc").entry("01", "10").entry("02", "10").entry("03", "20")
          .entry("04", "10").entry("05", "10").entry("06", "17").entry("07", "20");
    }

    @Test
    void aBonusClaimedTwiceCountsOnce() {
      GroupScores scores = score(scale, Scales.book(), ninetySeven("dv-3")
          .bonus("CITY_FLAG", "Cờ thi đua xuất sắc của Thành phố").bonus("CITY_FLAG", "ghi hai lần").build());
      assertThat(scores.unit(UnitId.of("dv-3")).orElseThrow().total()).isEqualByComparingTo("107");
    }

    @Test
    void theScaleAddsUpTo100() {
      assertThat(Emulation.checkScale(scale).violations()).isEmpty();
    }

    @Test
    void ninetySevenWithTheCityFlagIs107() {
      GroupScores scores = score(scale, Scales.book(),
          ninetySeven("dv-3").bonus("CITY_FLAG", "Cờ thi đua xuất sắc của Thành phố năm 2025").build());
      UnitScore u = unit(scores, "dv-3");
      assertThat(u.total()).isEqualByComparingTo("107");
      assertThat(u.total()).isEqualTo(new BigDecimal("107.00"));
      assertThat(u.bonus()).isEqualByComparingTo("10");
      assertThat(u.criteria().stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("97");
      assertThat(u.total()).isGreaterThan(scale.base());
      assertThat(scores.report().violations()).allSatisfy(v ->
          assertThat(v.code()).isEqualTo(ViolationCodes.SCORE_SHEET_MISSING));
    }

    @Test
    void bothFlagsAreCappedAt15() {
      GroupScores scores = score(scale, Scales.book(),
          ninetySeven("dv-3").bonus("CITY_FLAG", "Cờ Thành phố").bonus("GOV_FLAG", "Cờ Chính phủ").build(),
          ninetySeven("dv-4").bonus("GOV_FLAG", "Cờ Chính phủ").build(),
          ninetySeven("dv-5").build());
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("112");
      assertThat(unit(scores, "dv-3").bonus()).isEqualByComparingTo("15");
      assertThat(unit(scores, "dv-4").total()).isEqualByComparingTo("112");
      assertThat(unit(scores, "dv-5").total()).isEqualByComparingTo("97");
      assertThat(unit(scores, "dv-3").trace().about("bonus")).extracting(TraceStep::kind)
          .containsExactly(StepKind.CLAMP);
    }
  }

  // ------------------------------------------------------------------------------------------------ (b) T3

  /** T3, Quảng Nam: a 1000-point bloc scale on which THACO scored the maximum, 1000/1000. */
  @Nested
  class ThousandPoints {
    private final ScoringScale scale = Scales.scale("quang-nam-khoi-9", "1000")
        .criteria(
            Criterion.node("I", "Thực hiện nhiệm vụ sản xuất, kinh doanh", "300",
                Criterion.leaf("1.1", "Doanh thu", "100", MANUAL),
                Criterion.leaf("1.2", "Nộp ngân sách", "100", MANUAL),
                Criterion.node("1.3", "Việc làm, thu nhập", "100",
                    Criterion.leaf("1.3.1", "Thu nhập bình quân", "60", MANUAL),
                    Criterion.leaf("1.3.2", "Không nợ lương, bảo hiểm", "40", new ScoringMethod.PassFail()))),
            Criterion.node("II", "Chỉ tiêu được giao", "400",
                Criterion.leaf("2.1", "Giá trị sản xuất so với kế hoạch", "200",
                    new ScoringMethod.AgainstTarget(List.of(), BigDecimal.ONE)),
                Criterion.leaf("2.2", "Lợi nhuận so với kế hoạch", "200",
                    new ScoringMethod.AgainstTarget(List.of(new Tier(dec("0.9"), dec("0.5")),
                        new Tier(BigDecimal.ONE, BigDecimal.ONE)), BigDecimal.ONE))),
            Criterion.node("III", "Phong trào thi đua", "200",
                Criterion.leaf("3.1", "Mô hình mới, sáng kiến", "100", new ScoringMethod.PerOccurrence(dec("25"))),
                Criterion.leaf("3.2", "Hoạt động khối", "100", MANUAL)),
            Criterion.leaf("IV", "Công tác đảng, đoàn thể", "100", MANUAL))
        .build();

    @Test
    void aPerfectSheetTotalsExactly1000() {
      assertThat(Emulation.checkScale(scale).violations()).isEmpty();
      ScoreSheet perfect = byHead("dv-4").entry("1.1", "100").entry("1.2", "100").entry("1.3.1", "60")
          .entry("1.3.2", "1").entries(ScoreEntry.ofTarget("2.1", "1250", "1200"),
              ScoreEntry.ofTarget("2.2", "300", "300"))
          .entry("3.1", "4").entry("3.2", "100").entry("IV", "100").build();
      GroupScores scores = score(scale, Scales.book(), perfect);
      UnitScore u = unit(scores, "dv-4");
      assertThat(u.total()).isEqualByComparingTo("1000");
      assertThat(u.total()).isEqualTo(new BigDecimal("1000.00"));
      assertThat(u.groups()).extracting(CriterionScore::code).containsExactly("I", "II", "III", "IV");
      assertThat(u.groups()).extracting(g -> g.points().stripTrailingZeros().toPlainString())
          .containsExactly("300", "400", "200", "100");
      assertThat(found(scores.report(), ViolationCodes.SCORE_OUT_OF_RANGE, "dv-4/HEAD/dv-1")).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------ (c) exact tie

  /**
   * Four criteria of 10. Three peers score unit A 1/0/0, 0/1/0, 10/10/6 and 1/1/0: means 1/3, 1/3, 26/3 and 2/3,
   * exactly 30/3 = 10. They score unit B 3, 2, 4 and 1 each: exactly 10. The units tie.
   *
   * <p>In binary floating point the same sum is {@code 1/3.0 + 1/3.0 + 26/3.0 + 2/3.0 = 9.999999999999998}: no
   * third is representable, the errors do not cancel, and a ranking on doubles would put A below B (and a floor
   * or down rounding would give 9.99). Exact fractions until the single rounding of the total keep the tie.
   */
  @Test
  void aTieThatOnlyExactArithmeticKeeps() {
    double doubleSum = 1 / 3.0 + 1 / 3.0 + 26 / 3.0 + 2 / 3.0;
    assertThat(doubleSum).as("the double sum").isNotEqualTo(10.0).isLessThan(10.0);

    ScoringScale.Builder scale = Scales.scale("tie", "40").criteria(
        Criterion.leaf("c1", "Tiêu chí 1", "10", MANUAL), Criterion.leaf("c2", "Tiêu chí 2", "10", MANUAL),
        Criterion.leaf("c3", "Tiêu chí 3", "10", MANUAL), Criterion.leaf("c4", "Tiêu chí 4", "10", MANUAL));
    String[][] forA = {{"1", "0", "10", "1"}, {"0", "1", "10", "1"}, {"0", "0", "6", "0"}};
    List<ScoreSheet> sheets = new ArrayList<>();
    String[] peers = {"dv-2", "dv-3", "dv-4"};
    for (int p = 0; p < 3; p++) {
      sheets.add(byPeer("dv-1", peers[p]).entry("c1", forA[p][0]).entry("c2", forA[p][1])
          .entry("c3", forA[p][2]).entry("c4", forA[p][3]).build());
      sheets.add(byPeer("dv-5", peers[p]).entry("c1", "3").entry("c2", "2").entry("c3", "4").entry("c4", "1")
          .build());
    }
    RuleBook mean = Scales.book(Map.of("method", "mean", "minRaters", 3));

    GroupScores exact = Emulation.score(Scales.province(5), Scales.GROUP_ID,
        scale.arithmetic(new Arithmetic(2, RoundingMode.DOWN, RoundingPoint.TOTAL)).build(), sheets, mean);
    BigDecimal a = unit(exact, "dv-1").total();
    BigDecimal b = unit(exact, "dv-5").total();
    assertThat(a.compareTo(b)).isZero();
    assertThat(a).isEqualByComparingTo("10");

    // Rounding each criterion down first loses the tie: 0.33 + 0.33 + 8.66 + 0.66 = 9.98.
    GroupScores early = Emulation.score(Scales.province(5), Scales.GROUP_ID,
        scale.arithmetic(new Arithmetic(2, RoundingMode.DOWN, RoundingPoint.CRITERION)).build(), sheets, mean);
    assertThat(unit(early, "dv-1").total()).isEqualByComparingTo("9.98");
    assertThat(unit(early, "dv-5").total()).isEqualByComparingTo("10");
  }

  // ------------------------------------------------------------------------------------------------ (d)–(e) peers

  @Nested
  class PeerAggregation {
    private final ScoringScale scale = Scales.scale("cheo", "20").criteria(
        Criterion.leaf("c1", "Tiêu chí 1", "10", MANUAL), Criterion.leaf("c2", "Tiêu chí 2", "10", MANUAL)).build();

    /**
     * Three peers give dv-3 6, 7, 9 on c1 and 8, 8, 9 on c2; dv-3's own PEER sheet gives 10 and 10 and is left
     * out: (6 + 7 + 9) / 3 + (8 + 8 + 9) / 3 = 47/3 = 15.666… → 15.67 (with the own sheet it would be 16.75).
     */
    @Test
    void theMeanLeavesTheUnitsOwnSheetOut() {
      GroupScores scores = score(scale, Scales.book(Map.of("method", "mean", "minRaters", 3)),
          byPeer("dv-3", "dv-1").entry("c1", "6").entry("c2", "8").build(),
          byPeer("dv-3", "dv-2").entry("c1", "7").entry("c2", "8").build(),
          byPeer("dv-3", "dv-4").entry("c1", "9").entry("c2", "9").build(),
          byPeer("dv-3", "dv-3").entry("c1", "10").entry("c2", "10").build());
      UnitScore u = unit(scores, "dv-3");
      assertThat(u.total()).isEqualTo(new BigDecimal("15.67"));
      assertThat(u.sources()).containsExactlyInAnyOrder("PEER:dv-1", "PEER:dv-2", "PEER:dv-4");
      assertThat(found(scores.report(), ViolationCodes.SCORE_PEER_SELF, "dv-3/PEER/dv-3")).hasSize(1);
      assertThat(found(scores.report(), ViolationCodes.SCORE_RATERS_TOO_FEW, "dv-3")).isEmpty();
    }

    private GroupScores fivePeers(Map<String, ?> policy, String... values) {
      Province province = Scales.province(7);
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        sheets.add(byPeer("dv-1", Scales.member(i + 2)).entry("c1", values[i]).entry("c2", "0").build());
      }
      return Emulation.score(province, Scales.GROUP_ID, scale, sheets, Scales.book(policy));
    }

    @Test
    void medianOfAnOddNumber() {
      // 2, 4, 7, 9, 10 → 7
      GroupScores scores = fivePeers(Map.of("method", "median"), "2", "9", "7", "10", "4");
      assertThat(unit(scores, "dv-1").total()).isEqualByComparingTo("7");
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
      // 1, 2, 6, 7, 9, 10 → (6 + 7) / 2 = 6.5
      GroupScores scores = fivePeers(Map.of("method", "median"), "10", "1", "7", "2", "9", "6");
      assertThat(unit(scores, "dv-1").total()).isEqualByComparingTo("6.5");
    }

    @Test
    void trimmedMeanDropsTheLowestAndHighest() {
      // 2, 4, 7, 9, 10 without 2 and 10 → (4 + 7 + 9) / 3 = 20/3 = 6.666… → 6.67
      GroupScores scores = fivePeers(Map.of("method", "trimmed-mean", "trim", 1), "2", "9", "7", "10", "4");
      assertThat(unit(scores, "dv-1").total()).isEqualTo(new BigDecimal("6.67"));
      // 1, 2, 6, 7, 9, 10 without two at each end → (6 + 7) / 2 = 6.5; without one → 24/4 = 6
      assertThat(unit(fivePeers(Map.of("method", "trimmed-mean", "trim", 2), "10", "1", "7", "2", "9", "6"),
          "dv-1").total()).isEqualByComparingTo("6.5");
      assertThat(unit(fivePeers(Map.of("method", "trimmed-mean", "trim", 1), "10", "1", "7", "2", "9", "6"),
          "dv-1").total()).isEqualByComparingTo("6");
    }

    @Test
    void theMeanOfFive() {
      // (2 + 9 + 7 + 10 + 4) / 5 = 32/5 = 6.4
      GroupScores scores = fivePeers(Map.of("method", "mean"), "2", "9", "7", "10", "4");
      assertThat(unit(scores, "dv-1").total()).isEqualByComparingTo("6.4");
    }
  }

  // ------------------------------------------------------------------------------------------------ (f) methods

  @Nested
  class Methods {
    private final ScoringScale scale = Scales.scale("phuong-phap", "57").criteria(
        Criterion.leaf("kt", "Chỉ tiêu (tuyến tính)", "20", new ScoringMethod.AgainstTarget(List.of(), BigDecimal.ONE)),
        Criterion.leaf("kt-cap", "Chỉ tiêu (đủ điểm ở 120%)", "12",
            new ScoringMethod.AgainstTarget(List.of(), dec("1.2"))),
        Criterion.leaf("bac", "Chỉ tiêu (theo bậc)", "10", new ScoringMethod.AgainstTarget(
            List.of(new Tier(dec("1.1"), BigDecimal.ONE), new Tier(dec("0.8"), dec("0.5")),
                new Tier(BigDecimal.ONE, dec("0.8"))), BigDecimal.ONE)),
        Criterion.leaf("lan", "Mỗi sáng kiến 2,5 điểm", "10", new ScoringMethod.PerOccurrence(dec("2.5"))),
        Criterion.leaf("dat", "Đạt / không đạt", "5", new ScoringMethod.PassFail())).build();

    private ScoreSheet sheet(String unit, String kt, String ktCap, String bac, String lan, String dat) {
      return byHead(unit).entries(ScoreEntry.ofTarget("kt", kt, "100"), ScoreEntry.ofTarget("kt-cap", ktCap, "100"),
          ScoreEntry.ofTarget("bac", bac, "100")).entry("lan", lan).entry("dat", dat).build();
    }

    @Test
    void eachMethodScoresAsTheDomainSays() {
      GroupScores scores = score(scale, Scales.book(),
          sheet("dv-1", "80", "90", "105", "3", "1"),
          sheet("dv-2", "120", "150", "70", "5", "0"),
          sheet("dv-3", "0", "120", "110", "0", "1"),
          sheet("dv-4", "100", "60", "80", "4", "1"));

      UnitScore one = unit(scores, "dv-1");
      assertThat(points(one, "kt")).isEqualByComparingTo("16"); // 20 × 0.8
      assertThat(points(one, "kt-cap")).isEqualByComparingTo("9"); // 12 × 0.9 / 1.2
      assertThat(points(one, "bac")).isEqualByComparingTo("8"); // ratio 1.05: tier from 1.0, 0.8 × 10
      assertThat(points(one, "lan")).isEqualByComparingTo("7.5"); // 3 × 2.5
      assertThat(points(one, "dat")).isEqualByComparingTo("5");
      assertThat(one.total()).isEqualByComparingTo("45.5");

      UnitScore two = unit(scores, "dv-2");
      assertThat(points(two, "kt")).isEqualByComparingTo("20"); // ratio 1.2 counts as 1
      assertThat(points(two, "kt-cap")).isEqualByComparingTo("12"); // ratio 1.5 counts as 1.2
      assertThat(points(two, "bac")).isEqualByComparingTo("0"); // ratio 0.7: no tier
      assertThat(points(two, "lan")).isEqualByComparingTo("10"); // 5 × 2.5 = 12.5, capped at 10
      assertThat(points(two, "dat")).isEqualByComparingTo("0");
      assertThat(two.total()).isEqualByComparingTo("42");
      assertThat(two.trace().about("lan")).extracting(TraceStep::kind).contains(StepKind.CLAMP);
      assertThat(found(scores.report(), ViolationCodes.SCORE_OUT_OF_RANGE, "dv-2/HEAD/dv-1"))
          .as("five occurrences are a valid count").isEmpty();

      UnitScore three = unit(scores, "dv-3");
      assertThat(points(three, "kt")).isEqualByComparingTo("0");
      assertThat(points(three, "kt-cap")).isEqualByComparingTo("12"); // exactly the cap ratio
      assertThat(points(three, "bac")).isEqualByComparingTo("10"); // ratio 1.1: top tier
      assertThat(three.total()).isEqualByComparingTo("27");

      UnitScore four = unit(scores, "dv-4");
      assertThat(points(four, "kt")).isEqualByComparingTo("20"); // target met exactly
      assertThat(points(four, "kt-cap")).isEqualByComparingTo("6"); // 12 × 0.6 / 1.2
      assertThat(points(four, "bac")).isEqualByComparingTo("5"); // ratio exactly 0.8: 0.5 × 10
      assertThat(points(four, "lan")).isEqualByComparingTo("10"); // 4 × 2.5
      assertThat(four.total()).isEqualByComparingTo("46");
    }
  }

  // ------------------------------------------------------------------------------------------------ (g) relative

  /**
   * Relative to the group, a = 0.5, max 20, target 100. Achieved 100, 150, 120, 80 and 100: the best ratio is 1.5.
   * At target 20 × 0.5 = 10; the best 20; 1.2 → 20 × (0.5 + 0.5 × 0.2 / 0.5) = 10 + 10 × 0.4 = 14; below target
   * 0.8 → 20 × 0.5 × 0.8 = 8.
   */
  @Nested
  class RelativeToGroup {
    private final ScoringScale scale = Scales.scale("tuong-doi", "20").criteria(Criterion.leaf("r",
        "Kết quả so với nhóm", "20", new ScoringMethod.RelativeToGroup(dec("0.5")))).build();
    private final String[] achieved = {"100", "150", "120", "80", "100"};
    private final String[] expected = {"10", "20", "14", "8", "10"};

    @Test
    void scoresAgainstTheBestOfTheGroup() {
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int u = 1; u <= 5; u++) {
        sheets.add(byHead(Scales.member(u)).entries(ScoreEntry.ofTarget("r", achieved[u - 1], "100")).build());
      }
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID, scale, sheets, Scales.book());
      for (int u = 1; u <= 5; u++) {
        assertThat(unit(scores, Scales.member(u)).total()).as(Scales.member(u))
            .isEqualByComparingTo(expected[u - 1]);
      }
    }

    @Test
    void nobodyAboveTargetScoresMaxTimesRatio() {
      GroupScores scores = score(scale, Scales.book(),
          byHead("dv-1").entries(ScoreEntry.ofTarget("r", "100", "100")).build(),
          byHead("dv-2").entries(ScoreEntry.ofTarget("r", "75", "100")).build());
      assertThat(unit(scores, "dv-1").total()).isEqualByComparingTo("20");
      assertThat(unit(scores, "dv-2").total()).isEqualByComparingTo("15");
    }

    private List<ScoreSheet> peerSheets() {
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int u = 1; u <= 5; u++) {
        for (int p = 1; p <= 5; p++) {
          if (p != u) {
            sheets.add(byPeer(Scales.member(u), Scales.member(p))
                .entries(ScoreEntry.ofTarget("r", achieved[u - 1], "100")).build());
          }
        }
      }
      return sheets;
    }

    /**
     * Under a peer policy the chain (here the head's sheets) supplies the results from which the group's best ratio
     * is found; every peer enters the same results.
     */
    @Test
    void underAPeerPolicyTheBestComesFromTheChainSheets() {
      List<ScoreSheet> sheets = peerSheets();
      for (int u = 1; u <= 5; u++) {
        sheets.add(byHead(Scales.member(u)).entries(ScoreEntry.ofTarget("r", achieved[u - 1], "100")).build());
      }
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID, scale, sheets,
          Scales.book(Map.of("method", "mean", "minRaters", 3)));
      for (int u = 1; u <= 5; u++) {
        assertThat(unit(scores, Scales.member(u)).total()).as(Scales.member(u))
            .isEqualByComparingTo(expected[u - 1]);
        assertThat(unit(scores, Scales.member(u)).sources()).hasSize(4).allMatch(x -> x.startsWith("PEER:"));
      }
    }

    /**
     * The same results entered by the peers alone: "best" is still the highest ratio in the group (ScoringMethod.
     * RelativeToGroup), so a unit exactly at target cannot earn full points while another exceeded it.
     */
    @Test
    void underAPeerPolicyWithoutChainSheetsTheBestIsStillTheGroups() {
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID, scale, peerSheets(),
          Scales.book(Map.of("method", "mean", "minRaters", 3)));
      for (int u = 1; u <= 5; u++) {
        assertThat(unit(scores, Scales.member(u)).total()).as(Scales.member(u))
            .isEqualByComparingTo(expected[u - 1]);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ (h) deductions

  @Nested
  class Deductions {
    private ScoringScale.Builder scale() {
      return Scales.scale("diem-tru", "50").criteria(Criterion.leaf("c1", "Nhiệm vụ", "50", MANUAL))
          .deductions(ListedItem.of("LATE_REPORT", "Gửi báo cáo chậm", "2"),
              new ListedItem("ABSENT", LocalizedText.both("Vắng họp không lý do"), dec("3"),
                  Optional.of(dec("5")), Optional.empty()));
    }

    private final ScoreSheet faults = byHead("dv-3").entry("c1", "50")
        .deduction("LATE_REPORT", 3, "Báo cáo 6 tháng, năm, quý III chậm")
        .deduction("ABSENT", 2, "Vắng họp khối tháng 6 và tháng 12").build();

    /** 3 × 2 = 6, plus 2 × 3 = 6 capped at 5 for the item: 11 in all. */
    @Test
    void withoutATotalCap() {
      UnitScore u = unit(score(scale().build(), Scales.book(), faults), "dv-3");
      assertThat(u.deductions()).isEqualByComparingTo("11");
      assertThat(u.total()).isEqualByComparingTo("39");
    }

    @Test
    void withATotalCap() {
      UnitScore u = unit(score(scale().deductionCap("8").build(), Scales.book(), faults), "dv-3");
      assertThat(u.deductions()).isEqualByComparingTo("8");
      assertThat(u.total()).isEqualByComparingTo("42");
    }

    @Test
    void theTotalDoesNotGoBelowTheFloor() {
      UnitScore u = unit(score(scale().build(), Scales.book(),
          byHead("dv-3").entry("c1", "2").deduction("LATE_REPORT", 3, "Chậm ba lần").build()), "dv-3");
      assertThat(u.total()).isEqualByComparingTo("0");
      assertThat(u.trace().about("total")).extracting(TraceStep::kind).contains(StepKind.CLAMP);
    }

    @Test
    void aDeductionNeedsAReason() {
      GroupScores scores = score(scale().build(), Scales.book(),
          byHead("dv-3").entry("c1", "40").deduction("LATE_REPORT", 1, "  ").build(),
          byHead("dv-4").entry("c1", "40").deduction("LATE_REPORT", 1, "Chậm báo cáo quý I").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_DEDUCTION_NO_REASON, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(found(scores.report(), ViolationCodes.SCORE_DEDUCTION_NO_REASON, "dv-4/HEAD/dv-1")).isEmpty();
    }

    @Test
    void anUnlistedDeductionIsReportedAndIgnored() {
      GroupScores scores = score(scale().build(), Scales.book(),
          byHead("dv-3").entry("c1", "40").deduction("PRESS_CRITICISM", 1, "Báo chí phản ánh").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_DEDUCTION_UNLISTED, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("40");
    }
  }

  // ------------------------------------------------------------------------------------------------ (i) codes

  @Nested
  class ValidationCodes {
    private final ScoringScale scale = basic().build();

    @Test
    void outOfRangeIsClampedAndTraced() {
      GroupScores scores = score(scale, Scales.book(), basicSheet(byHead("dv-3"), "12", "5", "10"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_OUT_OF_RANGE, "dv-3/HEAD/dv-1")).hasSize(1);
      UnitScore u = unit(scores, "dv-3");
      assertThat(points(u, "1.1")).isEqualByComparingTo("10");
      assertThat(u.total()).isEqualByComparingTo("25");
      assertThat(u.trace().about("1.1")).filteredOn(s -> s.kind() == StepKind.CLAMP).singleElement()
          .extracting(TraceStep::value).isEqualTo("10");
    }

    @Test
    void aNegativeValueIsOutOfRangeAndCountsZero() {
      GroupScores scores = score(scale, Scales.book(), basicSheet(byHead("dv-3"), "-3", "5", "10"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_OUT_OF_RANGE, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("15");
    }

    @Test
    void unknownCriterion() {
      GroupScores scores = score(scale, Scales.book(),
          byHead("dv-3").entry("1.1", "8").entry("1.2", "8").entry("2", "8").entry("9.9", "5").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_CRITERION_UNKNOWN, "dv-3/HEAD/dv-1"))
          .singleElement().extracting(v -> v.observed().en()).isEqualTo("9.9");
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("24");
    }

    @Test
    void missingCriterionCountsZero() {
      GroupScores scores = score(scale, Scales.book(), byHead("dv-3").entry("1.1", "8").entry("2", "7").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_CRITERION_MISSING, "dv-3/HEAD/dv-1"))
          .singleElement().extracting(v -> v.observed().en()).isEqualTo("1.2");
      UnitScore u = unit(scores, "dv-3");
      assertThat(points(u, "1.2")).isEqualByComparingTo("0");
      assertThat(u.total()).isEqualByComparingTo("15");
    }

    @Test
    void aNodeIsNotScoredDirectly() {
      GroupScores scores = score(scale, Scales.book(),
          byHead("dv-3").entry("1", "20").entry("1.1", "5").entry("1.2", "5").entry("2", "5").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_CRITERION_NOT_LEAF, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("15");
    }

    @Test
    void aRepeatedCriterionCountsItsLowestValue() {
      GroupScores scores = score(scale, Scales.book(),
          byHead("dv-3").entry("1.1", "8").entry("1.2", "5").entry("1.1", "6").entry("2", "5").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_CRITERION_REPEATED, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("16");
    }

    @Test
    void aTargetIsNeededAgainstATarget() {
      ScoringScale target = Scales.scale("chi-tieu", "10").criteria(Criterion.leaf("t", "Chỉ tiêu", "10",
          new ScoringMethod.AgainstTarget(List.of(), BigDecimal.ONE))).build();
      GroupScores scores = score(target, Scales.book(), byHead("dv-3").entry("t", "100").build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_TARGET_MISSING, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("0");
    }

    @Test
    void evidenceWhereRequired() {
      ScoringScale evidence = Scales.scale("minh-chung", "10").criteria(
          Criterion.leaf("m", "Có mô hình mới", "10", MANUAL).requiringEvidence()).build();
      GroupScores scores = score(evidence, Scales.book(),
          byHead("dv-3").entry("m", "10").build(),
          byHead("dv-4").entries(ScoreEntry.of("m", "10").withEvidence("QĐ 12/QĐ-UBND")).build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_EVIDENCE_MISSING, "dv-3/HEAD/dv-1"))
          .singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);
      assertThat(found(scores.report(), ViolationCodes.SCORE_EVIDENCE_MISSING, "dv-4/HEAD/dv-1")).isEmpty();
    }

    @Test
    void duplicateSheet() {
      GroupScores scores = score(scale, Scales.book(), basicSheet(self("dv-3"), "10", "10", "10"),
          basicSheet(self("dv-3"), "5", "5", "5"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_SHEET_DUPLICATE, "dv-3/SELF/dv-3")).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isIn(dec("30.00"), dec("15.00"));
      assertThat(unit(scores, "dv-3").sources()).containsExactly("SELF:dv-3");
    }

    /** Which of two duplicate sheets is used must not depend on the order of the entries inside them. */
    @Test
    void theDuplicateUsedDoesNotDependOnEntryOrder() {
      ScoreSheet first = basicSheet(byHead("dv-3"), "5", "3", "0");
      ScoreSheet second = basicSheet(byHead("dv-3"), "4", "9", "0");
      ScoreSheet secondReordered = byHead("dv-3").entry("2", "0").entry("1.2", "9").entry("1.1", "4").build();
      GroupScores one = score(scale, Scales.book(), first, second);
      GroupScores other = score(scale, Scales.book(), first, secondReordered);
      assertThat(found(one.report(), ViolationCodes.SCORE_SHEET_DUPLICATE, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(other, "dv-3").total()).isEqualTo(unit(one, "dv-3").total());
      assertThat(other).isEqualTo(one);
    }

    @Test
    void tooFewRaters() {
      GroupScores scores = score(scale, Scales.book(Map.of("method", "mean", "minRaters", 3)),
          basicSheet(byPeer("dv-3", "dv-1"), "10", "10", "10"), basicSheet(byPeer("dv-3", "dv-2"), "8", "8", "8"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_RATERS_TOO_FEW, "dv-3")).singleElement()
          .satisfies(v -> {
            assertThat(v.observed().en()).isEqualTo("2");
            assertThat(v.limit().en()).isEqualTo("3");
            assertThat(v.rule().citation()).isEqualTo(Scales.AGGREGATION);
          });
    }

    @Test
    void aPeerSheetByANonMember() {
      GroupScores scores = score(scale, Scales.book(Map.of("method", "mean", "minRaters", 1)),
          basicSheet(byPeer("dv-3", Scales.OUTSIDER), "10", "10", "10"),
          basicSheet(byPeer("dv-3", "dv-1"), "4", "4", "4"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_SCORER_NOT_MEMBER, "dv-3/PEER/" + Scales.OUTSIDER))
          .hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("12");
      assertThat(unit(scores, "dv-3").sources()).containsExactly("PEER:dv-1");
    }

    private RuleBook bookWithScales(ScoringScale... scales) {
      RuleSet.Builder layer = RuleSet.builder("test-khoi-1-thang-diem", "1", LayerLevel.GROUP)
          .parent(TestRules.PROVINCE).target(Scales.GROUP);
      for (ScoringScale s : scales) {
        layer.scale(s);
      }
      return TestRules.book().with(layer.build());
    }

    @Test
    void theScaleBoundInTheRuleBook() {
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID,
          List.of(basicSheet(byHead("dv-3"), "1", "2", "3")), bookWithScales(scale));
      assertThat(scores.scale()).isEqualTo("khoi-1-2025@1");
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("6");
      assertThat(scores.report().codes()).doesNotContain(ViolationCodes.SCORE_SCALE_MISSING,
          ViolationCodes.SCORE_SCALE_AMBIGUOUS);
    }

    @Test
    void twoScalesBoundToTheGroup() {
      ScoringScale other = Scales.scale("khoi-1-2025-b", "30").criteria(Criterion.leaf("c", "c", "30", MANUAL))
          .build();
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID,
          List.of(basicSheet(byHead("dv-3"), "1", "2", "3")), bookWithScales(scale, other));
      assertThat(scores.report().withCode(ViolationCodes.SCORE_SCALE_AMBIGUOUS)).hasSize(1);
    }

    @Test
    void unlistedBonusIsReportedAndIgnored() {
      GroupScores scores = score(scale, Scales.book(),
          byHead("dv-3").entry("1.1", "9").entry("1.2", "9").entry("2", "9").bonus("PRESS_PRAISE", "Báo chí khen")
              .build());
      assertThat(found(scores.report(), ViolationCodes.SCORE_BONUS_UNLISTED, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(unit(scores, "dv-3").bonus()).isEqualByComparingTo("0");
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("27");
    }

    @Test
    void sheetOfANonMember() {
      GroupScores scores = score(scale, Scales.book(), basicSheet(byHead(Scales.OUTSIDER), "10", "10", "10"),
          basicSheet(byHead("dv-3"), "1", "1", "1"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_SHEET_NOT_MEMBER, Scales.OUTSIDER + "/HEAD/dv-1"))
          .hasSize(1);
      assertThat(scores.unit(UnitId.of(Scales.OUTSIDER))).isEmpty();
      assertThat(scores.units()).extracting(UnitScore::unit).containsExactly(UnitId.of("dv-3"));
    }

    @Test
    void sheetOfAnotherGroupOrYear() {
      GroupScores scores = score(scale, Scales.book(),
          basicSheet(ScoreSheet.builder("dv-3", "khoi-2", Scales.YEAR, ScorerRole.HEAD, "dv-1"), "1", "1", "1"),
          basicSheet(ScoreSheet.builder("dv-4", Scales.GROUP, Scales.YEAR - 1, ScorerRole.HEAD, "dv-1"), "1", "1",
              "1"));
      assertThat(found(scores.report(), ViolationCodes.SCORE_SHEET_OTHER_GROUP, "dv-3/HEAD/dv-1")).hasSize(1);
      assertThat(found(scores.report(), ViolationCodes.SCORE_SHEET_OTHER_GROUP, "dv-4/HEAD/dv-1")).hasSize(1);
      assertThat(scores.units()).isEmpty();
    }

    @Test
    void aMemberWithoutSheets() {
      GroupScores scores = score(scale, Scales.book(), basicSheet(byHead("dv-3"), "1", "1", "1"));
      assertThat(scores.report().withCode(ViolationCodes.SCORE_SHEET_MISSING)).extracting(v -> v.subject().id())
          .containsExactlyInAnyOrder("dv-1", "dv-2", "dv-4", "dv-5");
    }

    @Test
    void scaleAdoptedAfterThePledge() {
      ScoringScale late = basic().build();
      late = new ScoringScale(late.id(), "2", late.name(), late.base(), late.arithmetic(), late.criteria(),
          late.bonuses(), late.bonusCap(), late.deductions(), late.deductionCap(), late.floor(),
          ScaleBinding.toGroup(Scales.GROUP_ID, Scales.YEAR, Scales.PLEDGE.plusDays(20)), late.citation());
      GroupScores scores = score(late, Scales.book(), basicSheet(byHead("dv-3"), "1", "1", "1"));
      assertThat(scores.report().withCode(ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE)).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).as("scoring goes on").isEqualByComparingTo("3");

      ScoringScale onTheDay = Scales.scale("khoi-1-2025", "30").criteria(Criterion.leaf("c", "c", "30", MANUAL))
          .build();
      onTheDay = new ScoringScale(onTheDay.id(), "1", onTheDay.name(), onTheDay.base(), onTheDay.arithmetic(),
          onTheDay.criteria(), List.of(), BigDecimal.ZERO, List.of(), Optional.empty(), BigDecimal.ZERO,
          ScaleBinding.toGroup(Scales.GROUP_ID, Scales.YEAR, Scales.PLEDGE), onTheDay.citation());
      assertThat(score(onTheDay, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE))
          .as("adopted at the pledge meeting").isEmpty();
      assertThat(score(scale, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE))
          .as("adopted before the pledge").isEmpty();
    }

    @Test
    void scaleAdoptedAfterAnEarlierPledge() {
      Province earlyPledge = Scales.province(5, Optional.of(LocalDate.of(Scales.YEAR, 2, 1)));
      GroupScores scores = score(earlyPledge, scale, Scales.book(), basicSheet(byHead("dv-3"), "1", "1", "1"));
      assertThat(scores.report().withCode(ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE)).singleElement()
          .satisfies(v -> assertThat(v.subject().id()).isEqualTo(scale.id()));
      Province noPledge = Scales.province(5, Optional.empty());
      assertThat(score(noPledge, scale, Scales.book()).report()
          .withCode(ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE)).isEmpty();
    }

    private ScoringScale boundTo(ScaleBinding binding) {
      return new ScoringScale(scale.id(), scale.version(), scale.name(), scale.base(), scale.arithmetic(),
          scale.criteria(), scale.bonuses(), scale.bonusCap(), scale.deductions(), scale.deductionCap(),
          scale.floor(), binding, scale.citation());
    }

    @Test
    void scaleNotBound() {
      ScoringScale otherGroup = boundTo(ScaleBinding.toGroup(GroupId.of("khoi-2"), Scales.YEAR, Scales.ADOPTED));
      ScoringScale otherYear = boundTo(ScaleBinding.toGroup(Scales.GROUP_ID, Scales.YEAR - 1, Scales.ADOPTED));
      ScoringScale organiser = boundTo(ScaleBinding.toOrganiser(OrganiserId.of(Scales.ORGANISER), Scales.YEAR,
          Scales.ADOPTED));
      ScoringScale otherOrganiser = boundTo(ScaleBinding.toOrganiser(OrganiserId.of("so-noi-vu"), Scales.YEAR,
          Scales.ADOPTED));
      assertThat(score(otherGroup, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_NOT_BOUND)).hasSize(1);
      assertThat(score(otherYear, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_NOT_BOUND)).hasSize(1);
      assertThat(score(otherOrganiser, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_NOT_BOUND))
          .hasSize(1);
      assertThat(score(organiser, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_NOT_BOUND)).isEmpty();
      assertThat(score(scale, Scales.book()).report().withCode(ViolationCodes.SCORE_SCALE_NOT_BOUND)).isEmpty();
      GroupScores scored = score(otherGroup, Scales.book(), basicSheet(byHead("dv-3"), "1", "2", "3"));
      assertThat(unit(scored, "dv-3").total()).as("scoring goes on").isEqualByComparingTo("6");
    }

    @Test
    void noScaleInTheRuleBook() {
      GroupScores scores = Emulation.score(Scales.province(5), Scales.GROUP_ID,
          List.of(basicSheet(byHead("dv-3"), "1", "1", "1")), TestRules.book());
      assertThat(scores.report().codes()).containsExactly(ViolationCodes.SCORE_SCALE_MISSING);
      assertThat(scores.units()).isEmpty();
    }

    /** R31 with a margin of 5: the unit scored itself 28, the head 20; 28 − 20 = 8 > 5. */
    @Test
    void selfScoreAboveTheVerifiedScore() {
      RuleBook book = Scales.book(Map.of("method", "override-chain", "selfMargin", 5));
      GroupScores scores = score(scale, book,
          basicSheet(self("dv-3"), "9", "9", "10"), basicSheet(byHead("dv-3"), "6", "7", "7"),
          basicSheet(self("dv-4"), "9", "8", "8"), basicSheet(byHead("dv-4"), "6", "7", "7"),
          basicSheet(self("dv-5"), "9", "9", "10"));
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("20");
      assertThat(found(scores.report(), ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED, "dv-3")).singleElement()
          .satisfies(v -> assertThat(v.rule().citation()).isEqualTo(Scales.AGGREGATION));
      assertThat(found(scores.report(), ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED, "dv-4"))
          .as("25 − 20 = 5 is within the margin").isEmpty();
      assertThat(found(scores.report(), ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED, "dv-5"))
          .as("no verified score").isEmpty();
      assertThat(score(scale, Scales.book(), basicSheet(self("dv-3"), "9", "9", "10"),
          basicSheet(byHead("dv-3"), "6", "7", "7")).report().withCode(ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED))
          .as("no margin set").isEmpty();
    }

    /** Group 1 has a maximum of 20 but its parts add up to 10 + 5 = 15; the scale is still used. */
    @Test
    void maximaThatDoNotAddUp() {
      ScoringScale slip = Scales.scale("sai-diem-chuan", "30").criteria(
          Criterion.node("1", "Nhóm 1", "20",
              Criterion.leaf("1.1", "Tiêu chí 1.1", "10", MANUAL), Criterion.leaf("1.2", "Tiêu chí 1.2", "5", MANUAL)),
          Criterion.leaf("2", "Nhóm 2", "10", MANUAL)).build();
      ValidationReport checked = Emulation.checkScale(slip);
      assertThat(checked.violations()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo(ViolationCodes.SCALE_MAX_MISMATCH);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.observed().en()).isEqualTo("15");
        assertThat(v.limit().en()).isEqualTo("20");
      });
      GroupScores scores = score(slip, Scales.book(), basicSheet(byHead("dv-3"), "10", "5", "9"));
      assertThat(scores.report().withCode(ViolationCodes.SCALE_MAX_MISMATCH)).hasSize(1);
      assertThat(unit(scores, "dv-3").total()).isEqualByComparingTo("24");

      ScoringScale wrongBase = Scales.scale("sai-tong", "100").criteria(Criterion.leaf("1", "Nhóm 1", "90", MANUAL))
          .build();
      assertThat(Emulation.checkScale(wrongBase).violations()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo(ViolationCodes.SCALE_MAX_MISMATCH);
        assertThat(v.observed().en()).isEqualTo("90");
        assertThat(v.limit().en()).isEqualTo("100");
      });
    }
  }

  // ------------------------------------------------------------------------------------------------ (j) chain

  /** R31: verified scores override self-scores; by default the council over the head over the unit itself. */
  @Nested
  class OverrideChain {
    private final ScoringScale scale = basic().build();
    private final ScoreSheet selfSheet = self("dv-3").entry("1.1", "10").entry("1.2", "10").entry("2", "10")
        .bonus("CITY_FLAG", "Tự kê khai cờ thi đua").build();
    private final ScoreSheet headSheet = basicSheet(byHead("dv-3"), "9", "8", "8");
    private final ScoreSheet councilSheet = basicSheet(byCouncil("dv-3"), "7", "7", "6");

    @Test
    void councilOverHeadOverSelf() {
      UnitScore all = unit(score(scale, Scales.book(), selfSheet, headSheet, councilSheet), "dv-3");
      assertThat(all.total()).isEqualByComparingTo("20");
      assertThat(all.sources()).containsExactly("COUNCIL:" + COUNCIL);

      UnitScore noCouncil = unit(score(scale, Scales.book(), selfSheet, headSheet), "dv-3");
      assertThat(noCouncil.total()).isEqualByComparingTo("25");
      assertThat(noCouncil.bonus()).as("the claim on the overridden self sheet is not used").isEqualByComparingTo("0");
      assertThat(noCouncil.sources()).containsExactly("HEAD:dv-1");

      UnitScore selfOnly = unit(score(scale, Scales.book(), selfSheet), "dv-3");
      assertThat(selfOnly.total()).isEqualByComparingTo("40");
      assertThat(selfOnly.sources()).containsExactly("SELF:dv-3");
    }

    @Test
    void aChainFromTheRuleBook() {
      RuleBook headFirst = Scales.book(Map.of("method", "override-chain", "chain", List.of("HEAD", "SELF")));
      UnitScore u = unit(score(scale, headFirst, selfSheet, headSheet, councilSheet), "dv-3");
      assertThat(u.total()).isEqualByComparingTo("25");
      assertThat(u.sources()).containsExactly("HEAD:dv-1");
      assertThat(u.trace().steps()).filteredOn(s -> s.kind() == StepKind.AGGREGATE).singleElement()
          .satisfies(s -> assertThat(s.rule().citation()).isEqualTo(Scales.AGGREGATION));
    }
  }

  // ------------------------------------------------------------------------------------------------ (k) trace

  @Test
  void theTraceNamesTheRuleOfEachStep() {
    Citation criterionSource = Citation.of("Quyết định 114/2017/QĐ-UBND", "Phụ lục, mục 1.1");
    Citation scaleSource = Citation.of("Bảng điểm các Khối thi đua thuộc tỉnh");
    ScoringScale scale = Scales.scale("co-trich-dan", "20").citation(scaleSource).criteria(
        Criterion.leaf("1.1", "Tiêu chí có trích dẫn", "10", MANUAL).citing(criterionSource),
        Criterion.leaf("1.2", "Tiêu chí không trích dẫn", "10", MANUAL)).build();
    UnitScore u = unit(score(scale, Scales.book(), byHead("dv-3").entry("1.1", "7").entry("1.2", "6").build()),
        "dv-3");
    assertThat(u.trace().about("1.1")).filteredOn(s -> s.kind() == StepKind.METHOD).singleElement()
        .satisfies(s -> {
          assertThat(s.rule().citation()).isEqualTo(criterionSource);
          assertThat(s.value()).isEqualTo("7");
        });
    assertThat(u.trace().about("1.2")).filteredOn(s -> s.kind() == StepKind.METHOD).singleElement()
        .satisfies(s -> assertThat(s.rule().citation()).isEqualTo(scaleSource));
    assertThat(u.trace().about("total")).extracting(TraceStep::kind).last().isEqualTo(StepKind.RESULT);
  }
}
