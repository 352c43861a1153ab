package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each folder under {@code src/test/resources/golden} holds {@code province.json}, {@code rules.txt}
 * (a shipped rule-set id, or a file of the folder whose parents are shipped) and {@code expected-report.json}.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations, then review the diff.
 */
class GoldenValidationTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> cases() throws IOException {
    return Golden.cases(GOLDEN);
  }

  static ValidationReport run(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    Province province = EmulationFiles.readProvince(dir.resolve("province.json"));
    return Emulation.validate(province, Golden.rules(dir, Golden.read(dir.resolve("rules.txt"))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportMatchesTheExpectedFile(String name) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(name).resolve("expected-report.json"), EmulationFiles.toJson(run(name)));
  }

  @Test
  void theSeedClusterCountsPassTheHungYenDefault() throws IOException {
    assertThat(run("seed-cluster-counts").violations()).isEmpty();
  }

  @Test
  void offByOneClusterCountsAreEachReportedWithTheSeedLimit() throws IOException {
    ValidationReport report = run("seed-cluster-counts-off-by-one");
    assertThat(report.codes()).containsExactly("organiser.clusters.count");
    assertThat(report.violations()).extracting(v -> v.subject().id() + " " + v.observed().en() + "/" + v.limit().en())
        .containsExactly("org-huyen-kim-dong 7/6", "org-so-gddt 4/5", "org-tinh-doan 0/1");
  }

  @Test
  void theTwoTierExampleBoundsCommuneClustersWithoutCodeChanges() throws IOException {
    ValidationReport report = run("two-tier-communes");
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("group.members.too-many");
      assertThat(v.subject().id()).isEqualTo("cum-xa-phuong-3");
      assertThat(v.observed().en() + "/" + v.limit().en()).isEqualTo("12/11");
      assertThat(v.rule().layer()).isEqualTo("vn-two-tier-example");
    });
  }

  @Test
  void theHungYenGuidelineIsNotInForceAfterJuly2025AndSaysSo() throws IOException {
    ValidationReport report = run("two-tier-communes-under-hung-yen-2018");
    assertThat(report.codes()).containsExactly("ruleset.not-in-force");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aBlocOfFourFailsTheHungYenMinimumAndPassesAMinimumOfFour() throws IOException {
    ValidationReport hungYen = run("bloc-of-four");
    assertThat(hungYen.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("group.members.too-few");
      assertThat(v.observed().en()).isEqualTo("4");
      assertThat(v.limit().en()).isEqualTo("5");
      assertThat(v.rule().layer()).isEqualTo("vn-hung-yen");
      assertThat(v.message().vi()).startsWith("Khối nội chính có 4 đơn vị thành viên; tối thiểu là 5");
      assertThat(v.message().en()).startsWith("Khối nội chính has 4 member units; the minimum is 5");
    });
    assertThat(run("bloc-of-four-min-four").violations()).isEmpty();
  }
}
