package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML beside JSON, schemaVersion migration, document types, and the ballots and history documents. */
class DocumentFormatsTest {
  private static final Path YAML = Path.of("src/test/resources/yaml");

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aHandWrittenYamlRuleSetEqualsItsVersionOneJsonTwin() {
    RuleSet yaml = EmulationFiles.readRuleSet(YAML.resolve("rule-set-hung-yen-layer.yaml"));
    RuleSet json = EmulationFiles.readRuleSet(YAML.resolve("rule-set-hung-yen-layer.json"));
    assertThat(yaml).isEqualTo(json);
    assertThat(yaml.rules()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("group.min-members"));
    assertThat(yaml.validFrom()).hasToString("2025-01-01");
  }

  @Test
  void theShippedRuleSetsReadTheSameFromYaml(@TempDir Path dir) {
    for (String id : RuleSets.embeddedIds()) {
      for (RuleSet layer : RuleSets.embedded(id).layers()) {
        Path file = dir.resolve(layer.id().value() + ".yaml");
        EmulationFiles.writeRuleSet(layer, file);
        assertThat(EmulationFiles.readRuleSet(file)).isEqualTo(layer);
      }
    }
  }

  /**
   * Files refuse exponents, so decimals are written in plain digits: a value the library holds as 1E+3 or 1E-7
   * (a negative scale, or what {@code BigDecimal.toString} writes with an exponent) is written 1000 and 0.0000001,
   * and reads back equal in value.
   */
  @ParameterizedTest
  @MethodSource("formats")
  void decimalsAreWrittenInPlainDigitsAndReadBack(DocumentFormat format) {
    ScoreSheet sheet = new ScoreSheet(UnitId.of("so-a"), GroupId.of("khoi-1"), 2024, ScorerRole.SELF, "so-a",
        List.of(new ScoreEntry("1", new BigDecimal("1E+3"), Optional.of(new BigDecimal("1E-7")), "", List.of())),
        List.of(), List.of());
    String text = EmulationFiles.writeScoreSheets(List.of(sheet), format);
    assertThat(text).contains("1000").contains("0.0000001").doesNotContain("E+3").doesNotContain("E-7");
    ScoreEntry back = EmulationFiles.readScoreSheets(bytes(text), "sheets." + format.name().toLowerCase(Locale.ROOT))
        .get(0).entries().get(0);
    assertThat(back.value()).isEqualByComparingTo("1000");
    assertThat(back.target()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.0000001"));
    assertThat(EmulationFiles.toJson(new BigDecimal("-2.5E+8"))).isEqualTo("-250000000\n");
  }

  static Stream<DocumentFormat> formats() {
    return Stream.of(DocumentFormat.values());
  }

  @Test
  void theSyntaxComesFromTheNameElseFromTheContent() {
    String yaml = "schemaVersion: 2\ndocument: history\nhistories: []\n";
    assertThat(EmulationFiles.readHistory(bytes(yaml), "history")).isEmpty();
    assertThat(EmulationFiles.readHistory(bytes("{\"schemaVersion\": 2, \"document\": \"history\"}"), "h"))
        .isEmpty();
    assertThat(DocumentFormat.of(Path.of("a", "rules.YML"))).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.of(Path.of("rules.json"))).isEqualTo(DocumentFormat.JSON);
    // a .json name is read as JSON even when the content is YAML: the error says so
    assertThatThrownBy(() -> EmulationFiles.readHistory(bytes(yaml), "history.json"))
        .isInstanceOfSatisfying(DataFileException.class,
            e -> assertThat(e.problem().en()).startsWith("malformed JSON"));
  }

  @Test
  void aVersionOneFileMigratesAndIsWrittenBackAsVersionTwo() {
    Province v1 = EmulationFiles.readProvince(Path.of("src/test/resources/golden/bloc-of-four/province.json"));
    String v2 = EmulationFiles.writeProvince(v1);
    assertThat(v2).startsWith("{\n  \"schemaVersion\" : 2,\n  \"document\" : \"province\",");
    assertThat(EmulationFiles.readProvince(bytes(v2), "p.json")).isEqualTo(v1);
  }

  static Stream<Arguments> badYaml() {
    String head = "schemaVersion: 2\ndocument: history\n";
    return Stream.of(
        Arguments.of("alias", head + "histories:\n  - &h {group: g, award: A, years: []}\n  - *h\n", 5,
            "YAML aliases"),
        Arguments.of("tag", head + "histories: !!set {}\n", 3, "YAML tags"),
        Arguments.of("java type tag", head + "histories: !!java.lang.Runtime []\n", 3, "YAML tags"),
        Arguments.of("two documents", head + "histories: []\n---\nschemaVersion: 2\n", 5, "exactly one document"),
        Arguments.of("duplicate key", head + "histories: []\nhistories: []\n", 4, "duplicate key"),
        Arguments.of("bad indentation", head + "histories:\n  - group: g\n   award: A\n", 5, "malformed YAML"),
        Arguments.of("unknown field", head + "histories: []\nhistorys: []\n", 4, "unknown field 'historys'"),
        Arguments.of("text where a year goes", head
            + "histories:\n  - group: g\n    award: A\n    years:\n      - year: năm\n", 7, "wrong type"),
        Arguments.of("a number for text", head + "histories:\n  - group: 12\n    award: A\n", 4, "'12' is not a valid text"),
        Arguments.of("empty value for a list", head + "histories:\n", 3, "wrong type: expected list"),
        Arguments.of("null list", head + "histories: null\n", 3, "null is not allowed here"),
        Arguments.of("not a mapping", "- a\n- b\n", 1, "must be an object"),
        Arguments.of("another document", "schemaVersion: 2\ndocument: ballots\n", 2, "this is a ballots document"),
        Arguments.of("newer version", "schemaVersion: 9\ndocument: history\n", 1, "newer than this library"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badYaml")
  void badYamlIsOneLocatedBilingualError(String name, String yaml, int line, String problem) {
    assertThatThrownBy(() -> EmulationFiles.readHistory(bytes(yaml), "history.yaml"))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.source()).isEqualTo("history.yaml");
          assertThat(e.problem().en()).contains(problem);
          assertThat(e.problem().vi()).isNotBlank().isNotEqualTo(e.problem().en());
          assertThat(e.line()).as("line of %s", e.getMessage()).hasValue(line);
        });
  }

  @Test
  void ballotsReadWithTheirSessionsAndRefuseAUnitMarkedTwice() {
    String json = """
        {"schemaVersion": 2, "document": "ballots", "sessions": [
          {"group": "khoi-01", "year": 2024, "purpose": "LEADER", "present": 5,
           "candidates": ["so-a", "so-b"],
           "ballots": [{"voter": "1", "approved": ["so-a"]}, {"approved": [], "abstain": true}]}]}
        """;
    List<VoteSession> sessions = EmulationFiles.readBallots(bytes(json), "ballots.json");
    assertThat(sessions).singleElement().satisfies(s -> {
      assertThat(s.group()).isEqualTo(GroupId.of("khoi-01"));
      assertThat(s.purpose()).isEqualTo(VotePurpose.LEADER);
      assertThat(s.ballots()).hasSize(2);
      assertThat(s.ballots().get(1).abstain()).isTrue();
    });
    String twice = json.replace("\"approved\": [\"so-a\"]", "\"approved\": [\"so-a\", \"so-a\"]");
    assertThatThrownBy(() -> EmulationFiles.readBallots(bytes(twice), "ballots.json"))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.path()).contains("$.sessions[0].ballots[0].approved[1]");
          assertThat(e.problem().en()).contains("marked twice");
          assertThat(e.line()).hasValue(4);
          // the line docs/formats.md shows
          assertThat(e.describe(Locale.ENGLISH)).isEqualTo(
              "ballots.json:4:52 ($.sessions[0].ballots[0].approved[1]): unit 'so-a' is marked twice on one ballot");
        });
  }

  @Test
  void aHistoryRefusesAYearGivenTwice(@TempDir Path dir) throws Exception {
    String yaml = """
        schemaVersion: 2
        document: history
        histories:
          - group: khoi-01
            award: PROV_FLAG
            years:
              - {year: 2023, ranking: [a, b], awardees: [b]}
              - {year: 2023, ranking: [a, b], awardees: [a]}
        """;
    Path file = dir.resolve("history.yaml");
    Files.writeString(file, yaml);
    assertThatThrownBy(() -> EmulationFiles.readHistory(file)).isInstanceOfSatisfying(DataFileException.class,
        e -> {
          assertThat(e.path()).contains("$.histories[0]");
          assertThat(e.problem().en()).contains("at most once");
          assertThat(e.line()).hasValue(4);
        });
    List<AwardHistory> fine = EmulationFiles.readHistory(bytes(yaml.replace("{year: 2023, ranking: [a, b], "
        + "awardees: [a]}", "{year: 2024, ranking: [a, b], awardees: [a]}")), "h.yaml");
    assertThat(fine.get(0).years().get(1).awardees()).containsExactly(UnitId.of("a"));
  }
}
