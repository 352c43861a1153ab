package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.ScoreSheetsCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file holding a number beyond the bounds of reading (an exponent such as {@code 1e999999999}, 10 digits before
 * the point, 10 after it, 100,000 digits) makes every command that reads it exit with code 2 and one located line
 * in the chosen language, without a stack trace, within a second.
 */
class OutOfBoundsFilesTest {
  private static final List<String> DATA_COMMANDS = List.of("validate", "score", "rank", "vote", "allocate",
      "rotation", "run", "report", "rules");

  private static final String GIANT = "1" + "0".repeat(99_999);

  @TempDir
  static Path dir;

  /** The sample dataset, as the sample command writes it. */
  private static Path sample;

  @BeforeAll
  static void writeTheSample() throws IOException {
    sample = dir.resolve("mau");
    assertThat(Cli.run("sample", sample.toString()).code()).isZero();
    Path csv = dir.resolve("csv");
    copy(sample, csv);
    ScoreSheetsCsv.write(EmulationFiles.readScoreSheets(csv.resolve("sheets.json")), csv.resolve("sheets.csv"));
    Files.delete(csv.resolve("sheets.json"));
    // a first run loads the classes, so that the runs measured are the reading alone
    Cli.run("validate", "--data", sample.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  /**
   * A file of a dataset, its first number matching a pattern replaced.
   *
   * @param file the file in the dataset
   * @param pattern a regular expression whose group 1 is the number
   * @param path the number's path, as the reader reports it
   */
  private record Target(String file, String pattern, String path) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static final List<Target> TARGETS = List.of(
      new Target("province.json", "\"staff\" : (\\d+)", "$.units[0].staff"),
      new Target("sheets.json", "\"value\" : (\\d+)", "$.sheets[0].entries[0].value"),
      new Target("ballots.json", "\"present\" : (\\d+)", "$.sessions[0].present"),
      new Target("history.json", "\"year\" : (\\d+)", "$.histories[0].years[0].year"),
      new Target("proposals.json", "\"year\" : (\\d+)", "$.proposals[0].year"),
      new Target("layers/org-so-noi-vu.yaml", "\n    base: (\\d+)", "$.scales[0].base"));

  /** Replaces a number in a file of a dataset; returns the file's name and the number's line. */
  private static String[] corrupt(Path dataset, Target target, String number) throws IOException {
    Path file = dataset.resolve(target.file());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(target.pattern()).matcher(text);
    assertThat(m.find()).as("%s in %s", target.pattern(), target.file()).isTrue();
    String changed = text.substring(0, m.start(1)) + number + text.substring(m.end(1));
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
    return new String[] {file.getFileName().toString(), String.valueOf(line)};
  }

  private static Path dataset(String name) {
    Path copy = dir.resolve(name);
    try {
      copy(sample, copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  private static int copies;

  /** Runs a command and checks: exit 2, one line on standard error naming the file, line, path and problem. */
  private static Cli.Result assertOneLocatedLine(String fileName, int line, String path, String problem,
      String... args) {
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Cli.run(args),
        () -> String.join(" ", args) + " took more than a second");
    assertThat(r.code()).as("%s", List.of(args)).isEqualTo(2);
    assertThat(r.err().lines()).as("%s", List.of(args)).singleElement().satisfies(l -> assertThat(l)
        .startsWith("emulation: " + fileName + ":" + line + ":").contains(" (" + path + "): ").contains(problem)
        .doesNotContain("Exception").doesNotContain("BigInteger").doesNotContain("tools.jackson")
        .doesNotContain("java."));
    assertThat(r.err()).doesNotContain("\tat ");
    return r;
  }

  static Stream<Arguments> everyCommandAndFile() {
    List<Arguments> out = new ArrayList<>();
    for (Target t : TARGETS) {
      for (String command : DATA_COMMANDS) {
        out.add(Arguments.of(command, t));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyCommandAndFile")
  void everyCommandRefusesADatasetFileWithAHugeExponent(String command, Target target) throws IOException {
    Path data = dataset("exp-" + copies++);
    String[] at = corrupt(data, target, "1e999999999");
    assertOneLocatedLine(at[0], Integer.parseInt(at[1]), target.path(),
        "the number 1e999999999 has an exponent", command, "--data", data.toString(), "--lang", "en");
    // Vietnamese by default
    assertOneLocatedLine(at[0], Integer.parseInt(at[1]), target.path(), "số 1e999999999 có số mũ", command,
        "--data", data.toString());
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of("-1e999999999", "the number -1e999999999 has an exponent", "số -1e999999999 có số mũ"),
        Arguments.of("1e-999999999", "the number 1e-999999999 has an exponent", "có số mũ"),
        Arguments.of("1e400", "has an exponent", "có số mũ"),
        Arguments.of("1e-400", "has an exponent", "có số mũ"),
        Arguments.of("1E2", "the number 1E2 has an exponent", "có số mũ"),
        Arguments.of("1000000000", "the number 1000000000 is too large: at most 9 digits before the decimal point",
            "số 1000000000 quá lớn: tối đa 9 chữ số trước dấu thập phân"),
        Arguments.of("0.0000000001", "the number 0.0000000001 has too many decimals: at most 9",
            "có quá nhiều chữ số thập phân: tối đa 9"),
        Arguments.of(GIANT, "a number is longer than 100 characters", "số dài hơn 100 ký tự"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void everyNumberBeyondTheBoundsIsOneLocatedLineInEitherLanguage(String number, String en, String vi)
      throws IOException {
    for (Target target : List.of(TARGETS.get(0), TARGETS.get(1), TARGETS.get(5))) {
      Path data = dataset("n-" + copies++);
      String[] at = corrupt(data, target, number);
      assertOneLocatedLine(at[0], Integer.parseInt(at[1]), target.path(), en, "run", "--data", data.toString(),
          "--lang", "en");
      assertOneLocatedLine(at[0], Integer.parseInt(at[1]), target.path(), vi, "run", "--data", data.toString(),
          "--lang", "vi");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void aFileGivenByItsOptionIsRefusedAlike(String number, String en, String vi) throws IOException {
    Path data = dataset("o-" + copies++);
    String[] province = corrupt(data, TARGETS.get(0), number);
    assertOneLocatedLine(province[0], Integer.parseInt(province[1]), TARGETS.get(0).path(), en, "validate",
        "--province", data.resolve("province.json").toString(), "--lang", "en");
    String[] sheets = corrupt(data, TARGETS.get(1), number);
    assertOneLocatedLine(sheets[0], Integer.parseInt(sheets[1]), TARGETS.get(1).path(), vi, "score",
        "--sheets", data.resolve("sheets.json").toString());
    String[] layer = corrupt(data, TARGETS.get(5), number);
    Path layerFile = data.resolve(TARGETS.get(5).file());
    assertOneLocatedLine(layer[0], Integer.parseInt(layer[1]), TARGETS.get(5).path(), en, "score", "--layer",
        layerFile.toString(), "--lang", "en");
    assertOneLocatedLine(layer[0], Integer.parseInt(layer[1]), TARGETS.get(5).path(), en, "rules", "--rules",
        layerFile.toString(), "--lang", "en");
    assertOneLocatedLine(layer[0], Integer.parseInt(layer[1]), TARGETS.get(5).path(), en, "rules", "diff",
        "vn-hung-yen", layerFile.toString(), "--lang", "en");
    Path scale = data.resolve("thang-diem.json");
    Files.copy(Path.of("..", "docs", "schema", "examples", "scale.json"), scale);
    String[] at = corrupt(data, new Target("thang-diem.json", "\"base\": (\\d+)", "$.base"), number);
    assertOneLocatedLine(at[0], Integer.parseInt(at[1]), "$.base", vi, "score", "--scale", scale.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void aCsvFileOfSheetsIsRefusedAlike(String number, String en, String vi) throws IOException {
    Path data = dir.resolve("c-" + copies++);
    copy(dir.resolve("csv"), data);
    Path csv = data.resolve("sheets.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    // the first criterion row: its value, the 8th cell
    int row = 1;
    while (!lines.get(row).contains(",tiêu chí,")) {
      row++;
    }
    String[] cells = lines.get(row).split(",", -1);
    cells[7] = number;
    lines.set(row, String.join(",", cells));
    Files.writeString(csv, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    // every command for one number, one command for the others
    for (String command : number.equals("-1e999999999") ? DATA_COMMANDS : List.of("run")) {
      assertOneLocatedLine("sheets.csv", row + 1, "Điểm", en, command, "--data", data.toString(), "--lang", "en");
    }
    assertOneLocatedLine("sheets.csv", row + 1, "Điểm", vi, "score", "--sheets", csv.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void anArchiveIsRefusedAtItsRecord(String number, String en, String vi) throws IOException {
    Path data = dataset("a-" + copies++);
    Path archive = data.resolve("archive.jsonl");
    String text = Files.readString(archive, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"staff\":(\\d+)").matcher(text);
    assertThat(m.find()).isTrue();
    Files.writeString(archive, text.substring(0, m.start(1)) + number + text.substring(m.end(1)),
        StandardCharsets.UTF_8);
    int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
    assertThat(assertOneLocatedLine("archive.jsonl", line, "$.units[0].staff", en, "archive", archive.toString(),
        "--lang", "en", "--progress", "never").err()).contains("): record " + line + ": ");
    assertThat(assertOneLocatedLine("archive.jsonl", line, "$.units[0].staff", vi, "archive", archive.toString(),
        "--progress", "never").err()).contains("): bản ghi " + line + ": ");
  }
}
