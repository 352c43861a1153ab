package io.github.thidua.emulation.jackson.awards;

import static io.github.thidua.emulation.jackson.awards.Blocs.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardForm;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.AwardType;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationFinding;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Allocation, eligibility, proposal checks and the rotation check, on hand-worked cases. */
class AllocationTest {

  private static List<M> bloc(String leader, String leaderName, String prefix) {
    return List.of(M.of(leader, leaderName, "96"), M.of(prefix + "-b", "Đơn vị B", "93"),
        M.of(prefix + "-c", "Đơn vị C", "90"), M.of(prefix + "-d", "Đơn vị D", "88"),
        M.of(prefix + "-e", "Đơn vị E", "85"));
  }

  /** Bắc Trà My 2023 (rules.md A2): four blocs, one provincial flag each, to the four leaders. */
  @Test
  void oneFlagPerBlocToItsLeader() {
    List<List<M>> blocs = List.of(
        bloc("vp-huyen-uy", "Văn phòng Huyện ủy", "k1"),
        bloc("hoi-lhpn-huyen", "Hội Liên hiệp Phụ nữ huyện", "k2"),
        bloc("vp-hdnd-ubnd", "Văn phòng HĐND và UBND huyện", "k3"),
        bloc("bql-rung-phong-ho", "Ban Quản lý rừng phòng hộ huyện", "k4"));
    Province province = Blocs.province(blocs);
    List<String> leaders = List.of("vp-huyen-uy", "hoi-lhpn-huyen", "vp-hdnd-ubnd", "bql-rung-phong-ho");
    for (int i = 0; i < 4; i++) {
      Ranking ranking = Blocs.rank(province, i, blocs.get(i), RankingInputs.NONE);
      AwardPlan plan = Emulation.allocate(province, ranking, Optional.empty(), Blocs.rules());
      assertThat(plan.granted("PROV_FLAG")).containsExactly(UnitId.of(leaders.get(i)));
      // 20 % of 5 members, floor: one certificate, to the next eligible unit (one achievement, one award)
      assertThat(plan.granted("CHAIRMAN_CERT")).containsExactly(UnitId.of("k" + (i + 1) + "-b"));
      assertThat(plan.granted("GOV_FLAG")).isEmpty();
      assertThat(plan.report().violations()).isEmpty();
    }
  }

  @Test
  void theDefaultAwardTypesAreDataWithTitlesAndFormsKeptApart() {
    Province province = Blocs.province(List.of(bloc("a", "Sở A", "k1")));
    List<AwardType> types = Emulation.awardTypes(province, Blocs.bloc(0), Blocs.rules());
    assertThat(types).extracting(AwardType::code)
        .containsExactly("GOV_FLAG", "PROV_FLAG", "CHAIRMAN_CERT", "TLDXS");
    assertThat(types).filteredOn(t -> t.code().equals("CHAIRMAN_CERT")).singleElement()
        .satisfies(t -> assertThat(t.form()).isEqualTo(AwardForm.COMMENDATION));
    assertThat(types).filteredOn(t -> t.code().equals("PROV_FLAG")).singleElement().satisfies(t -> {
      assertThat(t.form()).isEqualTo(AwardForm.TITLE);
      assertThat(t.name().vi()).isEqualTo("Cờ thi đua của Ủy ban nhân dân tỉnh");
      assertThat(t.prerequisites()).containsExactly("TLDXS");
      assertThat(t.rule().layer()).isEqualTo("vn");
    });
  }

  @Test
  void aDivisionLevelUnitRankedFirstIsPassedOverForTheFlag() {
    List<M> members = List.of(new M("phong-a", "Phòng A", "99", true, true, false), M.of("so-b", "Sở B", "95"),
        M.of("so-c", "Sở C", "90"), M.of("so-d", "Sở D", "85"), M.of("so-e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    AwardPlan plan = Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE),
        Optional.empty(), Blocs.rules());
    assertThat(plan.granted("PROV_FLAG")).containsExactly(UnitId.of("so-b"));
    assertThat(plan.passedOver()).anySatisfy(p -> {
      assertThat(p.unit()).isEqualTo(UnitId.of("phong-a"));
      assertThat(p.award()).isEqualTo("PROV_FLAG");
      assertThat(p.code()).isEqualTo("award.ineligible.division-level");
      assertThat(p.rule().layer()).isEqualTo("vn-hung-yen-division-ban");
    });
    // the division-level unit may still receive the certificate: the rule bars only the flag
    assertThat(plan.granted("CHAIRMAN_CERT")).containsExactly(UnitId.of("phong-a"));
  }

  @Test
  void pendingInvestigationAndMissingTitleBarTheFlagWithTheirReasons() {
    List<M> members = List.of(new M("a", "Sở A", "99", true, false, true), new M("b", "Sở B", "97", false, false,
        false), M.of("c", "Sở C", "90"), M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    AwardPlan plan = Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE),
        Optional.empty(), Blocs.rules());
    assertThat(plan.granted("PROV_FLAG")).containsExactly(UnitId.of("c"));
    assertThat(plan.passedOver()).filteredOn(p -> p.award().equals("PROV_FLAG"))
        .extracting(p -> p.unit().value() + ":" + p.code())
        .contains("a:award.ineligible.pending", "b:award.prerequisite.missing", "d:award.quota.reached");
    assertThat(plan.passedOver()).filteredOn(p -> p.unit().value().equals("b") && p.award().equals("PROV_FLAG"))
        .first().satisfies(p -> assertThat(p.reason().vi()).contains("TLDXS"));
  }

  @Test
  void aTieAtTheQuotasEdgeIsUndecidedUntilLotsAreDrawn() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "95"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    AwardPlan tied = Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE),
        Optional.empty(), Blocs.rules());
    assertThat(tied.granted("PROV_FLAG")).isEmpty();
    assertThat(tied.undecided()).first().satisfies(u -> {
      assertThat(u.award()).isEqualTo("PROV_FLAG");
      assertThat(u.places()).isEqualTo(1);
      assertThat(u.tied()).extracting(UnitId::value).containsExactly("a", "b");
    });
    assertThat(tied.report().codes()).contains("award.tie.at-quota");

    Ranking drawn = Blocs.rank(province, 0, members,
        RankingInputs.NONE.withLots(List.of(UnitId.of("b"), UnitId.of("a"))));
    AwardPlan plan = Emulation.allocate(province, drawn, Optional.empty(), Blocs.rules());
    assertThat(plan.granted("PROV_FLAG")).containsExactly(UnitId.of("b"));
    assertThat(plan.undecided()).isEmpty();
  }

  @Test
  void aTieThatFitsTheRemainingPlacesIsGrantedWhole() {
    // ten members: 20 % gives two certificates; b and c are tied for them after the flag goes to a
    List<M> members = new java.util.ArrayList<>(List.of(M.of("a", "Sở A", "99"), M.of("b", "Sở B", "95"),
        M.of("c", "Sở C", "95")));
    for (int i = 0; i < 7; i++) {
      members.add(M.of("x" + i, "Sở X" + i, String.valueOf(80 - i)));
    }
    Province province = Blocs.province(List.of(members));
    AwardPlan plan = Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE),
        Optional.empty(), Blocs.rules());
    assertThat(plan.granted("PROV_FLAG")).containsExactly(UnitId.of("a"));
    assertThat(plan.granted("CHAIRMAN_CERT")).containsExactlyInAnyOrder(UnitId.of("b"), UnitId.of("c"));
    assertThat(plan.undecided()).isEmpty();
  }

  @Test
  void aLowerAwardWaitsWhileAHigherOneIsUndecided() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "95"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    AwardPlan plan = Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE),
        Optional.empty(), Blocs.rules());
    assertThat(plan.grants()).isEmpty();
    assertThat(plan.undecided()).extracting(UndecidedAward::award).containsExactly("PROV_FLAG", "CHAIRMAN_CERT");
  }

  @Test
  void theHonouredLeaderCanReceiveTheGovernmentFlagAndNoOneElse() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "93"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    ValidationReport report = Emulation.validateProposal(province, Blocs.bloc(0), List.of(
        new ProposedAward(UnitId.of("b"), "GOV_FLAG", "khoi-2023")), Optional.of(UnitId.of("a")), Blocs.rules());
    assertThat(report.codes()).containsExactly("award.not-leader");
  }

  /** A provincial council cutting a bloc's proposals to the quota (rules.md R20, A1). */
  @Test
  void aProposalBeyondTheQuotaAndOneAchievementTwiceAreReported() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "93"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    ValidationReport report = Emulation.validateProposal(province, Blocs.bloc(0), List.of(
        new ProposedAward(UnitId.of("a"), "PROV_FLAG", "khoi-2023"),
        new ProposedAward(UnitId.of("b"), "PROV_FLAG", "khoi-2023"),
        new ProposedAward(UnitId.of("c"), "PROV_FLAG", "khoi-2023"),
        new ProposedAward(UnitId.of("a"), "CHAIRMAN_CERT", "khoi-2023"),
        new ProposedAward(UnitId.of("d"), "STATE_MEDAL", "khoi-2023")), Optional.empty(), Blocs.rules());
    assertThat(report.codes()).containsExactlyInAnyOrder("award.quota.exceeded", "award.duplicate-achievement",
        "award.type.unknown");
    assertThat(report.withCode("award.quota.exceeded")).singleElement().satisfies(v -> {
      assertThat(v.observed().en()).isEqualTo("3");
      assertThat(v.limit().en()).isEqualTo("1");
    });
  }

  private static HistoryYear year(int year, List<String> ranking, String awardee) {
    return HistoryYear.of(year, ranking.stream().map(UnitId::of).toList(), List.of(UnitId.of(awardee)));
  }

  @Test
  void aFlagRotatedThroughTheMembersOverFiveYearsIsDetected() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "93"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    List<HistoryYear> history = List.of(
        year(2019, List.of("a", "b", "c", "d", "e"), "c"),
        year(2020, List.of("a", "c", "b", "d", "e"), "a"),
        year(2021, List.of("b", "a", "c", "e", "d"), "d"),
        year(2022, List.of("a", "b", "d", "c", "e"), "b"),
        year(2023, List.of("a", "b", "c", "d", "e"), "e"));
    RotationReport report = Emulation.checkRotation(province, Blocs.bloc(0), "PROV_FLAG", history, Blocs.rules());
    assertThat(report.rotationSuspected()).isTrue();
    assertThat(report.years()).filteredOn(RotationFinding::notTopRanked).extracting(RotationFinding::year)
        .containsExactly(2019, 2021, 2022, 2023);
    assertThat(report.report().withCode("award.rotation.suspected")).singleElement()
        .satisfies(v -> {
          assertThat(v.observed().en()).contains("2019: Sở C at rank 3").contains("2023: Sở E at rank 5");
          assertThat(v.observed().vi()).contains("năm 2019: Sở C xếp hạng 3");
          assertThat(v.message().vi()).doesNotContain(" at rank ").contains("năm 2019: Sở C xếp hạng 3");
        });
    assertThat(report.report().withCode("award.not-top-ranked")).hasSize(4);
  }

  @Test
  void anIneligibleTopUnitIsSkippedNotCountedAsPassedOver() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "93"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    HistoryYear year = new HistoryYear(2023, List.of(UnitId.of("a"), UnitId.of("b"), UnitId.of("c")),
        List.of(UnitId.of("a")), List.of(UnitId.of("b")));
    RotationReport report = Emulation.checkRotation(province, Blocs.bloc(0), "PROV_FLAG", List.of(year),
        Blocs.rules());
    assertThat(report.years()).singleElement().satisfies(f -> {
      assertThat(f.notTopRanked()).isFalse();
      assertThat(f.topRanked()).isEqualTo(UnitId.of("b"));
    });
  }

  @Test
  void theTopUnitWinningRepeatedlyIsNotRotation() {
    List<M> members = List.of(M.of("a", "Sở A", "95"), M.of("b", "Sở B", "93"), M.of("c", "Sở C", "90"),
        M.of("d", "Sở D", "85"), M.of("e", "Sở E", "80"));
    Province province = Blocs.province(List.of(members));
    List<HistoryYear> history = List.of(
        year(2021, List.of("a", "b", "c", "d", "e"), "a"),
        year(2022, List.of("b", "a", "c", "d", "e"), "b"),
        year(2023, List.of("a", "b", "c", "d", "e"), "a"));
    RotationReport report = Emulation.checkRotation(province, Blocs.bloc(0), "PROV_FLAG", history, Blocs.rules());
    assertThat(report.rotationSuspected()).isFalse();
    assertThat(report.report().violations()).isEmpty();
  }
}
