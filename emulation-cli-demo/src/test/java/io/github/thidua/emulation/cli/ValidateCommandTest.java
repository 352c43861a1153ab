package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code emulation validate}: exit code, stdout and stderr. */
class ValidateCommandTest {

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  @Test
  void theSampleHasTheDeliberateViolationsAndExitsWithOne() {
    Cli.Result r = run("validate");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Tỉnh Hưng Yên (dữ liệu mẫu), năm 2024")
        .contains("khoi-noi-chinh — Khối nội chính")
        .contains("group.members.too-few", "unit.staff.too-few", "organiser.clusters.count",
            "group.deputies.count", "group.head.missing", "unit.membership.duplicate", "unit.inactive")
        .contains("score.sheet.missing", "score.self.exceeds-verified")
        .contains("award.not-leader")
        .contains("Tổng: 9 lỗi, 1 cảnh báo.");
  }

  @Test
  void goldenJsonReportOfTheSample() throws IOException {
    Path expected = Path.of("src/test/resources/golden/sample-validate.json");
    String actual = run("validate", "--format", "json").out();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void englishOutput() {
    Cli.Result r = run("validate", "--lang", "en");
    assertThat(r.out()).contains("Organisation check:").contains("Total: 9 errors, 1 warnings.")
        .contains("has 4 member units; the minimum is 5");
  }

  @Test
  void jsonOutputIsDeterministicAndCarriesEveryViolation() {
    Cli.Result first = run("validate", "--format", "json");
    Cli.Result second = run("validate", "--format", "json");
    assertThat(first.code()).isEqualTo(1);
    assertThat(first.out()).isEqualTo(second.out());
    assertThat(first.out()).contains("\"code\" : \"group.members.too-few\"").contains("\"valid\" : false")
        .contains("\"errors\" : 9").contains("\"layers\" : [ \"vn@2024.1\", \"vn-hung-yen@2024.1\", "
            + "\"hung-yen-2024.org-cd-cong-dong-hung-yen@2024.1\"");
  }

  @Test
  void aRuleSetWhoseMinimumIsFourAcceptsTheFourMemberBloc(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("min-four.json");
    Files.writeString(rules, """
        {
          "schemaVersion": 1, "id": "vn-min-four", "version": "1", "level": "PROVINCE", "extends": "vn",
          "name": {"vi": "Tối thiểu 4", "en": "Minimum four"}, "validFrom": "2018-01-01",
          "citation": {"document": "Thử nghiệm"},
          "rules": [{"kind": "group.min-members", "scope": "LOCAL", "citation": {"document": "Thử nghiệm"},
                     "params": {"min": 4}}]
        }
        """, StandardCharsets.UTF_8);
    Cli.Result r = run("validate", "--rules", rules.toString(), "--format", "json");
    assertThat(r.out()).doesNotContain("group.members.too-few").contains("\"rules\" : \"vn-min-four@1\"");
  }

  @Test
  void theProposalsAreCheckedInEveryFormatAndTheExitCodeFollowsThem(@TempDir Path dir) throws IOException {
    String data = ReportCommandTest.DATASET.toString();
    for (String format : List.of("table", "json", "csv")) {
      Cli.Result r = run("validate", "--data", data, "--group", "cum-thu-1", "--format", format, "--lang", "en");
      assertThat(r.code()).as(format).isEqualTo(1);
      assertThat(r.out()).as(format).contains("award.duplicate-achievement").contains("don-vi-a");
    }
    Path fixed = dir.resolve("de-nghi.json");
    Files.writeString(fixed, """
        {"schemaVersion": 2, "document": "proposals", "proposals": [
         {"group": "cum-thu-1", "year": 2024, "leader": "don-vi-a", "awards": [
          {"unit": "don-vi-a", "award": "PROV_FLAG", "achievement": "cum-thu-1-2024"}]}]}
        """, StandardCharsets.UTF_8);
    Cli.Result ok = run("validate", "--data", data, "--group", "cum-thu-1", "--proposals", fixed.toString(),
        "--format", "json");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("\"valid\" : true").doesNotContain("award.duplicate-achievement");

    Path unknownAward = dir.resolve("khong-co-hinh-thuc.json");
    Files.writeString(unknownAward, """
        {"schemaVersion": 2, "document": "proposals", "proposals": [
         {"group": "khoi-noi-chinh", "year": 2024, "awards": [
          {"unit": "cong-an-tinh", "award": "NO_SUCH_AWARD", "achievement": "khoi-noi-chinh-2024"}]}]}
        """, StandardCharsets.UTF_8);
    Cli.Result sample = run("validate", "--proposals", unknownAward.toString(), "--format", "csv");
    assertThat(sample.code()).isEqualTo(1);
    assertThat(sample.out()).contains("ERROR,award.type.unknown,UNIT,cong-an-tinh,Công an tỉnh,NO_SUCH_AWARD,")
        .as("the file replaces the sample's proposals").doesNotContain("award.ineligible.division-level");

    Cli.Result unknownGroup = run("validate", "--proposals",
        Files.writeString(dir.resolve("khong-co-cum.json"), Files.readString(fixed).replace("cum-thu-1\"",
            "khong-co\"")).toString(), "--lang", "en");
    assertThat(unknownGroup.code()).isEqualTo(2);
    assertThat(unknownGroup.err()).isEqualTo("emulation: a proposal is for group 'khong-co', which is not in the data"
        + System.lineSeparator());
    assertThat(unknownGroup.out()).isEmpty();
  }

  @Test
  void aBadFileGetsOneLineWithItsLocationAndExitTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"nmae\": \"typo\"\n}\n");
    Cli.Result r = run("validate", "--province", bad.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo(
        "emulation: bad.json:4:3 ($.nmae): unknown field 'nmae' (perhaps a misspelt name)");
  }

  @Test
  void aNewerSchemaVersionIsRefusedClearly(@TempDir Path dir) throws IOException {
    Path newer = dir.resolve("newer.json");
    Files.writeString(newer, "{\"schemaVersion\": 9, \"id\": \"x\", \"name\": \"X\", \"year\": 2024}");
    Cli.Result r = run("validate", "--province", newer.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("newer.json:1:2 ($.schemaVersion)").contains("hãy nâng cấp thư viện")
        .doesNotContain("Exception");
  }

  @Test
  void unknownRulesAndMissingFilesAreUsageErrors() {
    assertThat(run("validate", "--rules", "no-such-rules").code()).isEqualTo(2);
    Cli.Result missing = run("validate", "--province", "no-such-file.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.json").doesNotContain("at io.github");
  }

  @Test
  void badOptionIsUsageErrorAndHelpWorks() {
    assertThat(run("validate", "--format", "xml").code()).isEqualTo(2);
    Cli.Result help = run("validate", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Examples:").contains("--rules");
    assertThat(run("--version").out()).startsWith("emulation ");
  }
}
