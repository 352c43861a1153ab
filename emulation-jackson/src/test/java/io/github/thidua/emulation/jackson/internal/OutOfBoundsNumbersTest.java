package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.GroupYear;
import io.github.thidua.emulation.jackson.ScoreSheetsCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every numeric field of every kind of document, and every numeric column of a CSV file, refuses a number beyond
 * the bounds of reading ({@link OutOfBounds#NUMBERS}: exponents of every size, whatever the value, and plain numbers
 * just beyond 9 digits or 9 decimals, up to 100,000 digits) with one located, bilingual {@link DataFileException}
 * within a second. The fields are found by walking valid documents (the schema examples, which use every field of
 * their format, the shipped rule sets, the command line's sample and the golden inputs), so a new numeric field is
 * covered as soon as an example uses it; a test checks that every numeric field of the wire records is reached.
 */
class OutOfBoundsNumbersTest {
  private static final Path EXAMPLES = JsonSchemas.DIR.resolve("examples");
  private static final Path SAMPLE = Path.of("..", "emulation-cli-demo", "src", "main", "resources", "io", "github",
      "thidua", "emulation", "cli", "sample");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-scoring", "hcmc-97-plus-10");

  /** The documents that exist only as JSON: the two forms of an archive. */
  private static final Set<String> JSON_ONLY = Set.of("group-year", "archive");

  record Base(String name, String document, JsonNode tree) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Base> bases() {
    List<Base> out = new ArrayList<>();
    for (String document : JsonSchemas.DOCUMENTS) {
      out.add(new Base("examples/" + document, document, tree(EXAMPLES.resolve(document + ".json"))));
    }
    for (String id : RuleSets.embeddedIds()) {
      try (InputStream in = RuleSets.class.getResourceAsStream("/io/github/thidua/emulation/core/rules/" + id
          + ".json")) {
        out.add(new Base("shipped/" + id, "rule-set", JsonSchemas.parse(in.readAllBytes())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // the sample's sheets (1 MB) hold no field the example lacks
    Map.of("province", "province", "ballots", "ballots", "history", "history", "proposals", "proposals").forEach((file, document) -> out.add(new Base("sample/" + file, document,
            tree(SAMPLE.resolve(file + ".json")))));
    out.add(new Base("sample/layers/ubnd-tinh", "rule-set", tree(SAMPLE.resolve("layers").resolve("ubnd-tinh.yaml"))));
    Map.of("rules", "rule-set", "province", "province").forEach((file, document) -> out.add(
        new Base("golden/" + file, document, tree(GOLDEN.resolve(file + ".json")))));
    return out;
  }

  private static JsonNode tree(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return file.toString().endsWith(".yaml") ? JsonSchemas.parseYaml(text) : JsonSchemas.parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> documents() {
    return bases().stream().flatMap(b -> Stream.of(DocumentFormat.values())
        .filter(f -> f == DocumentFormat.JSON || !JSON_ONLY.contains(b.document()))
        .map(f -> Arguments.of(b, f)));
  }

  /** Reads a document of a kind with the library, as its file would be read. */
  static Object read(String document, byte[] bytes, String source) {
    InputStream in = new ByteArrayInputStream(bytes);
    return switch (document) {
      case "rule-set" -> EmulationFiles.readRuleSet(in, source);
      case "scale" -> EmulationFiles.readScale(in, source);
      case "province" -> EmulationFiles.readProvince(in, source);
      case "score-sheets" -> EmulationFiles.readScoreSheets(in, source);
      case "ballots" -> EmulationFiles.readBallots(in, source);
      case "history" -> EmulationFiles.readHistory(in, source);
      case "proposals" -> EmulationFiles.readProposals(in, source);
      case "group-year" -> records(ArchiveReader.open(in, source, true));
      case "archive" -> records(ArchiveReader.open(in, source, false));
      default -> throw new AssertionError(document);
    };
  }

  private static List<GroupYear> records(ArchiveReader reader) {
    try (reader) {
      List<GroupYear> out = new ArrayList<>();
      reader.forEachRemaining(out::add);
      return out;
    }
  }

  private static String source(String document, DocumentFormat format) {
    return document + (document.equals("group-year") ? ".jsonl" : format == DocumentFormat.YAML ? ".yaml" : ".json");
  }

  /** In an archive, the problem names the record first. */
  private static String prefix(String document, String pointer) {
    if (document.equals("group-year")) {
      return "record 1: ";
    }
    if (document.equals("archive") && pointer.startsWith("/records/")) {
      return "record " + (Integer.parseInt(pointer.split("/")[2]) + 1) + ": ";
    }
    return "";
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("documents")
  void everyNumericFieldRefusesEveryNumberBeyondTheBounds(Base base, DocumentFormat format) {
    String source = source(base.document(), format);
    boolean oneLine = base.document().equals("group-year");
    String first = OutOfBounds.fields(base.tree()).get(0);
    OutOfBounds.Document valid = OutOfBounds.replaced(base.tree(), first, base.tree().at(first).toString(), format,
        oneLine);
    assertThat(read(base.document(), valid.text().getBytes(StandardCharsets.UTF_8), source)).as("%s reads", base)
        .isNotNull();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Map.Entry<String, OutOfBounds.Hostile> c : OutOfBounds.cases(base.tree())) {
      cases++;
      OutOfBounds.Document doc = OutOfBounds.replaced(base.tree(), c.getKey(), c.getValue().text(), format,
          oneLine);
      try {
        OutOfBounds.assertRefused(bytes -> read(base.document(), bytes, source), doc, source,
            OutOfBounds.path(c.getKey()), c.getValue(), prefix(base.document(), c.getKey()), format);
      } catch (AssertionError e) {
        failures.add(c.getKey() + " = " + c.getValue() + ": " + e.getMessage());
      }
    }
    assertThat(cases).as("%s has numbers", base).isPositive();
    assertThat(failures).as("%s of %s cases", failures.size(), cases).isEmpty();
  }

  /** Every numeric component of the wire records, as {@code Record.field}. */
  private static Set<String> numericFields() {
    Set<String> out = new TreeSet<>();
    for (Class<?> holder : List.of(Docs.class, ArchiveDocs.class)) {
      for (Class<?> c : holder.getDeclaredClasses()) {
        if (!c.isRecord()) {
          continue;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
          Type t = rc.getGenericType();
          if (t == BigDecimal.class || t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            com.fasterxml.jackson.annotation.JsonProperty renamed =
                rc.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            out.add(renamed == null ? rc.getName() : renamed.value());
          } else if (t instanceof ParameterizedType p && p.getRawType() == Map.class
              && p.getActualTypeArguments()[1] == Object.class) {
            out.add(rc.getName() + " (free values)");
          }
        }
      }
    }
    return out;
  }

  @Test
  void theDocumentsWalkedReachEveryNumericFieldOfTheFormats() {
    Set<String> reached = new TreeSet<>();
    for (Base base : bases()) {
      for (String pointer : OutOfBounds.fields(base.tree())) {
        reached.add(OutOfBounds.fieldName(pointer));
        if (pointer.contains("/params/")) {
          reached.add("params (free values)");
        }
      }
    }
    assertThat(numericFields()).isNotEmpty().contains("value", "max", "staff", "year", "count", "params (free values)");
    assertThat(reached).containsAll(numericFields());
  }

  // ---------------------------------------------------------------- CSV

  private static final Path CSV = Path.of("src", "test", "resources", "csv", "golden", "sheets.csv");

  static Stream<Arguments> csvColumns() {
    return Stream.of("Năm", "Điểm", "Chỉ tiêu", "Số lần").flatMap(column -> OutOfBounds.NUMBERS.stream()
        .map(n -> Arguments.of(column, n)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("csvColumns")
  void everyNumericColumnOfACsvFileRefusesEveryNumberBeyondTheBounds(String header, OutOfBounds.Hostile number)
      throws IOException {
    List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
    List<String> headers = List.of(lines.get(0).replace("\uFEFF", "").split(","));
    int column = headers.indexOf(header);
    assertThat(column).as(header).isNotNegative();
    int row = 1;
    while (cells(lines.get(row)).get(column).isEmpty()) {
      row++;
    }
    List<String> cells = cells(lines.get(row));
    String written = number.text().contains(",") ? "\"" + number.text() + "\"" : number.text();
    cells.set(column, written);
    lines.set(row, String.join(",", cells));
    byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    int line = row + 1;
    Throwable thrown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1),
        () -> catchThrowable(() -> ScoreSheetsCsv.read(new ByteArrayInputStream(bytes), "phieu.csv")));
    assertThat(thrown).isExactlyInstanceOf(DataFileException.class);
    DataFileException e = (DataFileException) thrown;
    assertThat(e.line()).contains(line);
    assertThat(e.column()).contains(column + 1);
    assertThat(e.path()).contains(header);
    assertThat(e.problem().en()).contains(number.problem());
    assertThat(e.problem().vi()).isNotBlank().isNotEqualTo(e.problem().en());
    assertThat(e.describe(Locale.ENGLISH)).startsWith("phieu.csv:" + line + ":" + (column + 1) + " (" + header
        + "): ").doesNotContain("Exception").doesNotContain("BigInteger").doesNotContain("tools.jackson");
  }

  /** The cells of a line of the golden file, whose quoted cells hold no line break. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
        cell.append(ch);
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
