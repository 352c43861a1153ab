package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.UnitScore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scoring cases: each folder under {@code src/test/resources/golden-scoring} holds {@code province.json},
 * {@code rules.json} (a layer with the scale, alone or extending a shipped rule set), {@code sheets.json},
 * {@code group.txt} and {@code expected-scores.json}. {@code -Dgolden.update=true} rewrites the expectations.
 */
class GoldenScoringTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-scoring");

  static Stream<String> cases() throws IOException {
    return Golden.cases(GOLDEN);
  }

  static GroupScores run(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    Province province = EmulationFiles.readProvince(dir.resolve("province.json"));
    return Emulation.score(province, GroupId.of(Golden.read(dir.resolve("group.txt"))),
        EmulationFiles.readScoreSheets(dir.resolve("sheets.json")), Golden.rules(dir, "rules.json"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void scoresMatchTheExpectedFile(String name) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(name).resolve("expected-scores.json"), EmulationFiles.toJson(run(name)));
  }

  private static BigDecimal total(GroupScores scores, String unit) {
    return scores.unit(UnitId.of(unit)).map(UnitScore::total).orElseThrow();
  }

  @Test
  void hcmcNinetySevenPlusTheCityFlagIsOneHundredAndSeven() throws IOException {
    GroupScores scores = run("hcmc-97-plus-10");
    assertThat(scores.report().violations()).isEmpty();
    assertThat(total(scores, "pgd-quan-5")).isEqualTo(new BigDecimal("107.00"));
    assertThat(scores.unit(UnitId.of("pgd-quan-5")).orElseThrow().bonus()).isEqualByComparingTo("10");
    assertThat(total(scores, "pgd-quan-1")).isEqualByComparingTo("94");
  }

  @Test
  void aPerfectSheetOnTheThousandPointScaleIsOneThousand() throws IOException {
    GroupScores scores = run("quang-nam-1000");
    assertThat(scores.report().violations()).isEmpty();
    assertThat(total(scores, "thaco")).isEqualByComparingTo("1000");
    // dn-a: 1.1 = 200 × 0.9 = 180, 1.2 = 200 × 0.95 = 190, 140, pass 150, 190, 3 × 25 = 75
    assertThat(total(scores, "dn-a")).isEqualByComparingTo("925");
  }

  @Test
  void peerMeansExcludeTheUnitsOwnSheetAndThirdsStayATie() throws IOException {
    GroupScores scores = run("peer-mean-thirds");
    // so-a: peers so-b 10, so-c 10, so-d 0 on each of three criteria: 3 × 20/3 = 20 exactly; its own sheet excluded
    assertThat(total(scores, "so-a")).isEqualByComparingTo("20");
    assertThat(total(scores, "so-d")).isEqualByComparingTo("20");
    assertThat(total(scores, "so-a").compareTo(total(scores, "so-d"))).isZero();
    assertThat(total(scores, "so-c")).isEqualByComparingTo("28");
    assertThat(scores.report().codes()).containsExactly(
        "score.peer.self", "score.raters.too-few", "score.sheet.missing");
    assertThat(scores.unit(UnitId.of("so-e"))).isEmpty();
  }
}
