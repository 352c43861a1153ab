package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every document the project ships validates against its schema: the rule sets embedded in emulation-core, the CLI's
 * sample province, the schema examples, the archive examples of {@code docs/archives.md}, and the golden test inputs
 * (version 1 files, upgraded in memory exactly as the reader upgrades them). What the archive writer writes is
 * checked by {@code SchemaProperties}.
 */
class SchemaSamplesTest {
  private static final Path CLI_SAMPLES = Path.of("..", "emulation-cli-demo", "src", "main", "resources", "io",
      "github", "thidua", "emulation", "cli", "sample");
  private static final Path EXAMPLES = JsonSchemas.DIR.resolve("examples");

  /** The golden input files by name, with their document type; expected-*.json are outputs, not documents. */
  private static final Map<String, String> GOLDEN_INPUTS = Map.of(
      "province.json", "province", "rules.json", "rule-set", "sheets.json", "score-sheets");

  private static List<Path> list(Path dir, int depth) {
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JsonSchemas.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- shipped rule sets

  static Stream<String> shippedRuleSets() {
    return RuleSets.embeddedIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedRuleSets")
  void aShippedRuleSetIsValid(String id) throws IOException {
    String resource = "/io/github/thidua/emulation/core/rules/" + id + ".json";
    try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      JsonNode tree = JsonSchemas.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(tree.path("schemaVersion").asInt()).isEqualTo(Migration.CURRENT);
      assertThat(JsonSchemas.errors("rule-set", tree)).as(resource).isEmpty();
    }
  }

  @Test
  void theShippedRuleSetsAreFound() {
    assertThat(shippedRuleSets()).contains("vn", "vn-hung-yen", "vn-two-tier-example");
  }

  // ---------------------------------------------------------------- CLI sample and schema examples

  static Stream<Path> cliSamples() {
    return list(CLI_SAMPLES, 1).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cliSamples")
  void aCliSampleIsValid(Path file) {
    JsonNode tree = read(file);
    String document = tree.path("document").asString();
    assertThat(JsonSchemas.DOCUMENTS).as("%s names its document type", file).contains(document);
    assertThat(JsonSchemas.errors(document, tree)).as(file.toString()).isEmpty();
  }

  @Test
  void theCliSampleProvinceIsFound() {
    assertThat(cliSamples().map(p -> p.getFileName().toString())).contains("province.json");
  }

  static Stream<Path> examples() {
    return list(EXAMPLES, 1).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void anExampleIsValidAndReads(Path file) {
    JsonNode tree = read(file);
    String document = tree.path("document").asString();
    assertThat(file.getFileName().toString()).isEqualTo(document + ".json");
    assertThat(JsonSchemas.errors(document, tree)).as(file.toString()).isEmpty();
    Object value = switch (document) {
      // laid out on several lines for reading: in a JSON Lines file the record stands on one line
      case "group-year" -> readArchive(new ByteArrayInputStream((JsonSchemas.write(tree) + "\n")
          .getBytes(StandardCharsets.UTF_8)), "group-year.jsonl", true);
      case "archive" -> readArchive(ArchiveReader.open(file));
      case "rule-set" -> EmulationFiles.readRuleSet(file);
      case "scale" -> EmulationFiles.readScale(file);
      case "province" -> EmulationFiles.readProvince(file);
      case "score-sheets" -> EmulationFiles.readScoreSheets(file);
      case "ballots" -> EmulationFiles.readBallots(file);
      case "history" -> EmulationFiles.readHistory(file);
      case "proposals" -> EmulationFiles.readProposals(file);
      default -> throw new AssertionError(document);
    };
    assertThat(value).isNotNull();
    if (value instanceof List<?> list) {
      assertThat(list).isNotEmpty();
    }
  }

  @Test
  void theDocumentTypesWithoutAShippedSampleHaveExamples() {
    assertThat(examples().map(p -> p.getFileName().toString()))
        .contains("ballots.json", "history.json", "score-sheets.json", "group-year.json", "archive.json");
  }

  private static List<GroupYear> readArchive(InputStream in, String source, boolean jsonLines) {
    return readArchive(ArchiveReader.open(in, source, jsonLines));
  }

  private static List<GroupYear> readArchive(ArchiveReader reader) {
    try (reader) {
      List<GroupYear> out = new ArrayList<>();
      reader.forEachRemaining(out::add);
      return out;
    }
  }

  // ---------------------------------------------------------------- the archive examples of docs/archives.md

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  /**
   * The examples of {@code docs/archives.md}: the group-year record is valid, and reads as one line of JSON Lines;
   * the archive document there is a sketch with {@code {...}} for the parts, which is no JSON (should it become
   * one, it must be valid).
   */
  @Test
  void theArchiveExamplesInTheDocsAreValid() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "archives.md"), StandardCharsets.UTF_8);
    Matcher m = JSON_BLOCK.matcher(docs);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String text = m.group(1);
      if (text.contains("\"document\": \"group-year\"")) {
        JsonNode tree = JsonSchemas.parse(text);
        assertThat(JsonSchemas.errors("group-year", tree)).as(text).isEmpty();
        assertThat(readArchive(new ByteArrayInputStream((JsonSchemas.write(tree) + "\n")
            .getBytes(StandardCharsets.UTF_8)), "example.jsonl", true)).hasSize(1);
        checked.add("group-year");
      } else if (text.contains("\"document\": \"archive\"")) {
        if (text.contains("{...}")) {
          checked.add("archive sketch");
        } else {
          assertThat(JsonSchemas.errors("archive", JsonSchemas.parse(text))).as(text).isEmpty();
          checked.add("archive");
        }
      }
    }
    assertThat(checked).contains("group-year").hasSizeGreaterThanOrEqualTo(2);
  }

  // ---------------------------------------------------------------- golden inputs (version 1)

  static Stream<Arguments> goldenInputs() {
    List<Arguments> out = new ArrayList<>();
    for (String root : List.of("golden", "golden-scoring")) {
      for (Path file : list(Path.of("src", "test", "resources", root), 2)) {
        String document = GOLDEN_INPUTS.get(file.getFileName().toString());
        if (document != null) {
          out.add(Arguments.of(root + "/" + file.getParent().getFileName() + "/" + file.getFileName(), document,
              file));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenInputs")
  void aGoldenInputIsValidOnceUpgraded(String name, String document, Path file) {
    JsonNode tree = read(file);
    assertThat(tree.path("schemaVersion").asInt()).as("golden inputs are version 1 files").isEqualTo(1);
    assertThat(JsonSchemas.errors(document, tree)).as("a version 1 file is not version 2").isNotEmpty();
    JsonNode upgraded = JsonSchemas.upgraded(tree, document);
    assertThat(upgraded.path("schemaVersion").asInt()).isEqualTo(Migration.CURRENT);
    assertThat(upgraded.path("document").asString()).isEqualTo(document);
    assertThat(JsonSchemas.errors(document, upgraded)).as(name).isEmpty();
  }

  @Test
  void everyGoldenFolderIsCovered() {
    assertThat(goldenInputs().count()).isGreaterThanOrEqualTo(15);
  }
}
