package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Black-box tests of every command: exit code, standard output and standard error. */
class CommandsTest {

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  static Stream<String> commands() {
    return Stream.of("validate", "score", "rank", "vote", "allocate", "rotation", "run", "report", "rules",
        "sample", "archive");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelpWithExamples(String command) {
    Cli.Result r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: emulation " + command).contains("Examples:").contains("emulation " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndTheVersionIsPrinted() {
    Cli.Result help = run("--help");
    assertThat(help.code()).isZero();
    commands().forEach(c -> assertThat(help.out()).contains("  " + c));
    Cli.Result version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("emulation ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "rank", "vote", "allocate", "rotation", "run", "rules"})
  void anUnknownOptionIsBadUsage(String command) {
    Cli.Result r = run(command, "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "rank", "vote", "allocate", "rotation", "run", "rules"})
  void anUnknownGroupIsOneLineAndExitTwo(String command) {
    Cli.Result r = run(command, "--group", "khong-co", "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("emulation: no group 'khong-co' in the data" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "score", "rank", "vote", "allocate", "rotation", "run", "rules"})
  void aBadFileIsOneLocatedLineWithoutAStackTrace(String command, @TempDir Path dir) throws IOException {
    Path bad = dir.resolve("tinh.json");
    Files.writeString(bad, "{\"schemaVersion\": 2, \"document\": \"province\", \"id\": \"p\",\n \"nam\": 2024}");
    Cli.Result r = run(command, "--province", bad.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("emulation: tinh.json:2:2 ($.nam): unknown field 'nam'"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
    Cli.Result debug = run(command, "--province", bad.toString(), "--debug");
    assertThat(debug.err()).contains("DataFileException");
  }

  @Test
  void aMissingFileIsExitTwo(@TempDir Path dir) {
    Cli.Result r = run("run", "--sheets", dir.resolve("khong-co.json").toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("emulation: khong-co.json: cannot open the file");
  }

  @Test
  void aWrongDocumentTypeSaysWhatTheFileIs(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"schemaVersion\": 2, \"document\": \"province\"}");
    Cli.Result r = run("validate", "--rules", rules.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("this is a province document (\"province\"), not a rule set");
  }

  @Test
  void runIsDeterministicJson() {
    Cli.Result first = run("run", "--format", "json");
    Cli.Result second = run("run", "--format", "json");
    assertThat(first.out()).isEqualTo(second.out()).startsWith("{\n  \"command\" : \"run\",");
    assertThat(first.code()).isEqualTo(second.code()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "rank", "vote", "allocate", "rotation", "run", "rules", "validate"})
  void everyCommandWritesCsvWithAHeaderRow(String command) {
    Cli.Result r = run(command, "--format", "csv");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotStartWith("\uFEFF").contains("\r\n");
    assertThat(r.out().lines().findFirst().orElseThrow()).matches("[a-zA-Z_,]+");
  }

  @Test
  void csvToAFileStartsWithAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("xep-hang.csv");
    Cli.Result r = run("rank", "--format", "csv", "-o", file.toString());
    assertThat(r.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("group,position,rank,unit,name");
  }

  @Test
  void rulesShowsLayerAndCitationOfEachValue() {
    Cli.Result r = run("rules", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Rule set vn-hung-yen").contains("group.min-members").contains("params: min=5")
        .contains("layer: vn-hung-yen [PROVINCE]").contains("citation: Tờ trình của Sở Nội vụ tỉnh Hưng Yên");
  }

  @Test
  void rulesForAGroupIncludeItsOrganiserLayer() {
    Cli.Result r = run("rules", "--group", "cum-so-gddt-1", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"group\" : \"cum-so-gddt-1\"").contains("\"organiser\" : \"org-so-gddt\"");
  }

  @Test
  void rulesDiffShowsWhatTheTwoTierExampleChanges() {
    Cli.Result r = run("rules", "diff", "vn-hung-yen", "vn-two-tier-example", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("+ group.max-members  (only in B)").contains("B: max=11")
        .contains("- organiser.cluster-count  (only in A)").contains("differences,");
    Cli.Result json = run("rules", "diff", "vn", "vn-hung-yen", "--format", "json");
    assertThat(json.out()).contains("\"change\" : \"added\"").contains("\"rule\" : \"group.min-members\"");
    Cli.Result bad = run("rules", "diff", "vn", "khong-co");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("khong-co");
  }

  @Test
  void sampleWritesADatasetThatRunReadsBack(@TempDir Path dir) {
    Path target = dir.resolve("mau");
    Cli.Result r = run("sample", target.toString());
    assertThat(r.code()).isZero();
    assertThat(target.resolve("province.json")).exists();
    assertThat(target.resolve("archive.jsonl")).exists();
    Cli.Result fromFolder = run("run", "--data", target.toString(), "--format", "json");
    Cli.Result embedded = run("run", "--format", "json");
    assertThat(fromFolder.out()).isEqualTo(embedded.out());
    Cli.Result again = run("sample", target.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("--force");
    assertThat(run("sample", target.toString(), "--force").code()).isZero();
  }

  @Test
  void allocateJsonAndCsvCarryTheProposalCheckBehindTheExitCode(@TempDir Path dir) throws IOException {
    Cli.Result json = run("allocate", "--group", "cum-so-tai-chinh-1", "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.out()).contains("\"proposalChecks\" : [ {\n    \"group\" : \"cum-so-tai-chinh-1\",\n"
        + "    \"valid\" : false,\n    \"violations\" : [ {\n      \"code\" : \"award.not-leader\"");
    Cli.Result csv = run("allocate", "--group", "cum-so-tai-chinh-1", "--format", "csv");
    assertThat(csv.code()).isEqualTo(1);
    assertThat(csv.out().lines()).last().isEqualTo("cum-so-tai-chinh-1,proposal-error,,"
        + "so-tai-chinh-phong-tc-dau-tu,Phòng Tài chính đầu tư,,award.not-leader,"
        + "award.eligibility.provincial-system");

    // without the proposal the same plan has no error: the check is what makes the exit code 1
    Path none = dir.resolve("khong-de-nghi.json");
    Files.writeString(none, "{\"schemaVersion\": 2, \"document\": \"proposals\", \"proposals\": []}");
    Cli.Result without = run("allocate", "--group", "cum-so-tai-chinh-1", "--format", "json", "--proposals",
        none.toString());
    assertThat(without.code()).isZero();
    assertThat(without.out()).contains("\"proposalChecks\" : [ ]");
    Cli.Result valid = run("allocate", "--group", "khoi-tong-hop", "--format", "csv");
    assertThat(valid.code()).isZero();
    assertThat(valid.out()).doesNotContain("proposal-");
    assertThat(run("allocate", "--group", "khoi-tong-hop", "--format", "json").out())
        .contains("\"group\" : \"khoi-tong-hop\",\n    \"valid\" : true,\n    \"violations\" : [ ]");
  }

  @Test
  void aFolderNamedSampleIsAFolderNotTheEmbeddedSample(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("sample");
    assertThat(run("sample", folder.toString()).code()).isZero();
    renameProvince(folder);
    Cli.Result r = run("rank", "--data", folder.toString(), "--lang", "en");
    assertThat(r.out()).startsWith("Rankings: Tỉnh Thư Mục, year 2024\nRule set: vn-hung-yen 2024.1 (data: "
        + folder + ")\n");
    Path html = dir.resolve("r.html");
    run("report", "--data", folder.toString(), "-o", html.toString(), "--lang", "en");
    assertThat(Files.readString(html)).contains("<dd>sample</dd>").doesNotContain("the embedded sample")
        .contains("Tỉnh Thư Mục");
    assertThat(run("rank", "--lang", "en").out()).startsWith("Rankings: Tỉnh Hưng Yên (dữ liệu mẫu), year 2024\n"
        + "Rule set: vn-hung-yen 2024.1 (data: the embedded sample)\n");
  }

  /** {@code --data sample} names the folder {@code sample} of the working directory, like any other path. */
  @Test
  void dataSampleIsTheFolderOfThatName() throws IOException {
    Path folder = Path.of("sample");
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(folder), "a folder named sample is already here");
    try {
      assertThat(run("sample", "sample").code()).isZero();
      renameProvince(folder);
      Cli.Result r = run("validate", "--data", "sample", "--lang", "en");
      assertThat(r.out()).startsWith("Organisation check: Tỉnh Thư Mục, year 2024");
      assertThat(run("run", "--data", "sample", "--lang", "en").out()).contains("(data: sample)")
          .doesNotContain("the embedded sample");
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Cli.Result missing = run("run", "--data", "sample", "--lang", "en");
    assertThat(missing.code()).as("no folder: an error, not the embedded sample").isEqualTo(2);
    assertThat(missing.err()).contains("the dataset folder has no province.json");
  }

  /** Gives the province of a dataset folder another name, so its output differs from the embedded sample's. */
  private static void renameProvince(Path folder) throws IOException {
    Path province = folder.resolve("province.json");
    String text = Files.readString(province, StandardCharsets.UTF_8);
    assertThat(text).contains("Tỉnh Hưng Yên (dữ liệu mẫu)");
    Files.writeString(province, text.replace("Tỉnh Hưng Yên (dữ liệu mẫu)", "Tỉnh Thư Mục"), StandardCharsets.UTF_8);
  }

  @Test
  void archiveRunsEachRecordAndDrawsProgressOnlyOnStandardError(@TempDir Path dir) {
    Path target = dir.resolve("mau");
    run("sample", target.toString());
    Path archive = target.resolve("archive.jsonl");
    Cli.Result quiet = run("archive", archive.toString(), "--progress", "never", "--lang", "en");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).contains("#1 hung-yen 2024").contains("39 records");
    Cli.Result bar = run("archive", archive.toString(), "--progress", "always", "--lang", "en");
    assertThat(bar.out()).isEqualTo(quiet.out()).doesNotContain("\r");
    assertThat(bar.err()).contains("\r[").contains("%");
    Cli.Result auto = run("archive", archive.toString(), "--lang", "en");
    assertThat(auto.err()).as("no terminal in tests: no bar").isEmpty();
    Cli.Result layered = run("archive", archive.toString(), "--layer", target.resolve("layers").toString(),
        "--progress", "never", "--lang", "en");
    assertThat(layered.out()).contains("#38 hung-yen 2024 khoi-tong-hop: 7 members, top van-phong-ubnd, awards "
        + "PROV_FLAG:van-phong-ubnd CHAIRMAN_CERT:so-noi-vu, errors 0");
    Cli.Result json = run("archive", archive.toString(), "--format", "json");
    assertThat(json.out().lines()).hasSize(39).allSatisfy(l -> assertThat(l).startsWith("{ \"record\" : "));
  }

  @Test
  void aBrokenArchiveRecordIsOneLocatedLine(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("mau");
    run("sample", target.toString());
    Path archive = target.resolve("archive.jsonl");
    String text = Files.readString(archive);
    Path broken = dir.resolve("hong.jsonl");
    int second = text.indexOf('\n') + 1;
    Files.writeString(broken, text.substring(0, second) + "{\"schemaVersion\": 2, \"document\": \"group-year\"\n");
    Cli.Result r = run("archive", broken.toString(), "--lang", "en", "--progress", "never");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("#1 hung-yen 2024");
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("emulation: hong.jsonl:3:1 ($.document): record 2: malformed JSON: Unexpected end-of-input")
        .doesNotContain("Source"));
  }

  @Test
  void englishAndVietnameseHeadings() {
    assertThat(run("rank").out()).startsWith("Xếp hạng: Tỉnh Hưng Yên");
    assertThat(run("rank", "--lang", "en").out()).startsWith("Rankings: Tỉnh Hưng Yên");
    assertThat(run("allocate", "--lang", "en").out()).startsWith("Award plans:");
    assertThat(run("vote", "--lang", "en").out()).startsWith("Honouring votes:");
    assertThat(run("rotation", "--lang", "en").out()).startsWith("Rotation check:");
    assertThat(run("score", "--lang", "en").out()).startsWith("Scores:");
  }

  @Test
  void malformedLotsAreBadUsage() {
    Cli.Result r = run("rank", "--lots", "khoi-noi-chinh", "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--lots takes GROUP=UNIT,UNIT");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> goldenRuns() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("sample-run.txt", new String[] {"run"}),
        org.junit.jupiter.params.provider.Arguments.of("sample-run-en.txt", new String[] {"run", "--lang", "en"}),
        org.junit.jupiter.params.provider.Arguments.of("sample-run.csv", new String[] {"run", "--format", "csv"}));
  }

  /** The whole cycle on the sample: {@code -Dgolden.update=true} rewrites the expected files. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void goldenRunOfTheSample(String name, String[] args) throws IOException {
    Path expected = Path.of("src/test/resources/golden").resolve(name);
    Cli.Result r = run(args);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theSampleExercisesEveryRule() {
    String out = run("run", "--lang", "en").out();
    assertThat(out).contains("Unresolved ties: 1 · undecided places: 1 · rotation suspected: 1")
        .contains("! UNRESOLVED TIE from position 3: Trung tâm Y tế huyện Kim Động, Trung tâm Y tế huyện Văn Giang")
        .contains("award.not-leader").contains("ROTATION SUSPECTED")
        .contains("score.sheet.missing").contains("score.self.exceeds-verified")
        .contains("group.members.too-few").contains("Total: 9 errors, 9 warnings.");
  }

  @Test
  void lotsFedBackDecideTheTieAndThePlace() {
    Cli.Result r = run("run", "--group", "cum-so-y-te-3", "--lots", "cum-so-y-te-3=ttyt-van-giang,ttyt-kim-dong",
        "--lang", "en");
    assertThat(r.out()).doesNotContain("UNRESOLVED TIE").doesNotContain("UNDECIDED");
    assertThat(run("allocate", "--group", "cum-so-y-te-3", "--format", "csv", "--lots",
        "cum-so-y-te-3=ttyt-van-giang,ttyt-kim-dong").out())
        .contains("cum-so-y-te-3,granted,CHAIRMAN_CERT,ttyt-van-giang");
  }

  @Test
  void explainShowsEveryStepOfOneUnitsScore() {
    Cli.Result r = run("score", "--group", "khoi-kinh-te-ky-thuat", "--explain", "so-gtvt", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("How the score of Sở Giao thông vận tải (so-gtvt) was reached: 92.50")
        .contains("RESULT");
    Cli.Result unknown = run("score", "--explain", "khong-co", "--lang", "en");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unit 'khong-co' has no score");
  }

  @Test
  void theRunOffElectsTheLeader() {
    String out = run("vote", "--group", "khoi-mttq-doan-the", "--lang", "en").out();
    assertThat(out).contains("· LEADER\n").contains("· LEADER · round 1").contains("RUNOFF_NEEDED")
        .contains("ELECTED");
  }

  @Test
  void anExplicitScaleDocumentScoresLikeTheBoundOne(@TempDir Path dir) throws IOException {
    io.github.thidua.emulation.core.rules.RuleSet layer;
    try (java.io.InputStream in = getClass().getResourceAsStream(DataOptions.SAMPLE + "layers/ubnd-tinh.yaml")) {
      layer = io.github.thidua.emulation.jackson.EmulationFiles.readRuleSet(in, "ubnd-tinh.yaml");
    }
    Path scale = dir.resolve("thang-diem-khoi.scale.yaml");
    io.github.thidua.emulation.jackson.EmulationFiles.writeScale(layer.scales().get(0), scale);
    assertThat(Files.readString(scale)).startsWith("schemaVersion: 2\ndocument: scale\n");
    String bound = run("score", "--group", "khoi-noi-chinh", "--format", "csv").out();
    Cli.Result explicit = run("score", "--group", "khoi-noi-chinh", "--format", "csv", "--scale", scale.toString());
    assertThat(explicit.code()).isZero();
    assertThat(explicit.out()).isEqualTo(bound).contains("cong-an-tinh");
    Cli.Result wrong = run("score", "--scale", dir.resolve("khong-co.json").toString(), "--lang", "en");
    assertThat(wrong.code()).isEqualTo(2);
  }

  @Test
  void theSameDataInAnotherOrderGivesTheSameBytes(@TempDir Path dir) {
    Path target = dir.resolve("mau");
    run("sample", target.toString());
    Path sheets = target.resolve("sheets.json");
    java.util.List<io.github.thidua.emulation.core.scoring.ScoreSheet> read =
        new java.util.ArrayList<>(io.github.thidua.emulation.jackson.EmulationFiles.readScoreSheets(sheets));
    java.util.Collections.reverse(read);
    io.github.thidua.emulation.jackson.EmulationFiles.writeScoreSheets(read, sheets);
    Path ballots = target.resolve("ballots.json");
    java.util.List<io.github.thidua.emulation.core.voting.VoteSession> sessions =
        new java.util.ArrayList<>(io.github.thidua.emulation.jackson.EmulationFiles.readBallots(ballots));
    java.util.Collections.reverse(sessions);
    io.github.thidua.emulation.jackson.EmulationFiles.writeBallots(sessions, ballots);
    assertThat(run("run", "--data", target.toString(), "--format", "json").out())
        .isEqualTo(run("run", "--format", "json").out());
  }

  /** The province's second stage in {@code run}: a province layer apportions certificates and reviews flags. */
  @Test
  void runShowsTheProvincesApportionmentAndTheCouncilsReview(@TempDir Path dir) throws IOException {
    Path layer = Cli.testLayer(dir);
    Cli.Result table = run("run", "--lang", "en", "--layer", layer.toString());
    assertThat(table.err()).isEmpty();
    assertThat(table.out()).contains("Province-wide quota apportioned: 30 · hamilton")
        .contains("The provincial council reviews PROV_FLAG: ").contains("quota 10 (ranking)")
        .contains("award.council.cut");
    Cli.Result json = run("run", "--format", "json", "--layer", layer.toString());
    assertThat(json.out()).contains("\"apportionments\" : [ {").contains("\"council\" : [ {")
        .contains("\"stage\" : \"COUNCIL\"");
    long approved = json.out().lines().filter(l -> l.contains("\"approved\" : [")).count();
    assertThat(approved).isEqualTo(1);
  }
}
