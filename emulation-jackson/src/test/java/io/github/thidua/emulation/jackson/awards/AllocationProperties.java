package io.github.thidua.emulation.jackson.awards;

import static io.github.thidua.emulation.jackson.awards.Blocs.M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of allocation under the Hưng Yên default over generated blocs with ties and ineligible units. */
class AllocationProperties {

  private static Gen<List<M>> blocs() {
    return lists().of(integers().between(0, 999)).ofSizeBetween(5, 9).map(values -> {
      List<M> members = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        int v = values.get(i);
        members.add(new M("u" + i, "Đơn vị " + i, String.valueOf(80 + v % 6), v % 10 < 7, v % 10 == 7,
            v % 10 == 8));
      }
      return members;
    });
  }

  private static AwardPlan plan(List<M> members) {
    Province province = Blocs.province(List.of(members));
    return Emulation.allocate(province, Blocs.rank(province, 0, members, RankingInputs.NONE), Optional.empty(),
        Blocs.rules());
  }

  @Test
  void quotasAreNeverExceededAndNoUnitGetsTwoAwards() {
    qt().withExamples(100).forAll(blocs()).checkAssert(members -> {
      AwardPlan plan = plan(members);
      assertThat(plan.granted("PROV_FLAG")).hasSizeLessThanOrEqualTo(1);
      assertThat(plan.granted("CHAIRMAN_CERT")).hasSizeLessThanOrEqualTo(members.size() / 5);
      Set<UnitId> units = new HashSet<>();
      plan.grants().forEach(g -> assertThat(units.add(g.unit())).as("two awards for " + g.unit()).isTrue());
    });
  }

  @Test
  void everyAwardGoesToAnEligibleUnitRankedAboveEveryEligibleUnitPassedOver() {
    qt().withExamples(100).forAll(blocs()).checkAssert(members -> {
      AwardPlan plan = plan(members);
      Province province = Blocs.province(List.of(members));
      List<ProposedAward> proposal = plan.grants().stream()
          .map(g -> new ProposedAward(g.unit(), g.award(), g.award() + "-2023")).toList();
      Set<String> codes = Emulation.validateProposal(province, Blocs.bloc(0), proposal, Optional.empty(),
          Blocs.rules()).codes();
      assertThat(codes).noneMatch(c -> c.startsWith("award.ineligible") || c.equals("award.prerequisite.missing"));
      for (String award : List.of("PROV_FLAG", "CHAIRMAN_CERT")) {
        Optional<BigDecimal> lowestGranted = plan.grants().stream().filter(g -> g.award().equals(award))
            .map(Grant::rank).max(BigDecimal::compareTo);
        Optional<BigDecimal> bestSkipped = plan.passedOver().stream()
            .filter(p -> p.award().equals(award) && p.code().equals("award.quota.reached"))
            .map(PassedOver::rank).min(BigDecimal::compareTo);
        if (lowestGranted.isPresent() && bestSkipped.isPresent()) {
          assertThat(lowestGranted.get()).isLessThan(bestSkipped.get());
        }
      }
    });
  }

  @Test
  void theDivisionLevelRuleNeverLetsADivisionLevelUnitHaveTheFlag() {
    qt().withExamples(100).forAll(blocs()).checkAssert(members -> {
      Set<UnitId> divisions = new HashSet<>();
      members.stream().filter(M::division).forEach(m -> divisions.add(UnitId.of(m.id())));
      assertThat(plan(members).granted("PROV_FLAG")).noneMatch(divisions::contains);
    });
  }

  @Test
  void rankingsAndAwardPlansRoundTripThroughTheirDocuments() {
    qt().withExamples(50).forAll(blocs()).checkAssert(members -> {
      Province province = Blocs.province(List.of(members));
      Ranking ranking = Blocs.rank(province, 0, members, RankingInputs.NONE);
      AwardPlan plan = Emulation.allocate(province, ranking, Optional.empty(), Blocs.rules());
      for (DocumentFormat format : DocumentFormat.values()) {
        for (Object result : List.of(ranking, plan, plan.report(), plan.trace(), plan.fingerprint())) {
          String text = EmulationFiles.writeResult(result, format);
          Object back = EmulationFiles.readResult(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              "result." + format.name().toLowerCase(Locale.ROOT), result.getClass());
          assertThat(back).isEqualTo(result);
          assertThat(EmulationFiles.writeResult(back, format)).isEqualTo(text);
        }
      }
    });
  }
}
