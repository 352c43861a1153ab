package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading is strict, and every problem is the library's own error with a location and plain words. */
class StrictReadingTest {

  private static final String PROVINCE_HEAD = "{\"schemaVersion\": 1, \"id\": \"p\", \"name\": \"Tỉnh\", \"year\": 2024";

  private static Province province(String json) {
    return EmulationFiles.readProvince(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
  }

  private static RuleSet ruleSet(String json) {
    return EmulationFiles.readRuleSet(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
  }

  static Stream<Arguments> badProvinces() {
    return Stream.of(
        Arguments.of("truncated", PROVINCE_HEAD + ", \"units\": [", "", "malformed JSON"),
        Arguments.of("not JSON", "hello", "", "malformed JSON"),
        Arguments.of("unknown field", PROVINCE_HEAD + ", \"unitz\": []}", "$.unitz", "unknown field 'unitz'"),
        Arguments.of("duplicate key", PROVINCE_HEAD + ", \"year\": 2025}", "", "duplicate key"),
        Arguments.of("wrong type", PROVINCE_HEAD.replace("2024", "\"2024\"") + "}", "$.year", "wrong type"),
        Arguments.of("missing year", "{\"schemaVersion\": 1, \"id\": \"p\", \"name\": \"Tỉnh\"}", "$.year",
            "required field is missing"),
        Arguments.of("missing schemaVersion", "{\"id\": \"p\", \"name\": \"Tỉnh\", \"year\": 2024}",
            "$.schemaVersion", "required field schemaVersion is missing"),
        Arguments.of("newer schema", PROVINCE_HEAD.replace("\"schemaVersion\": 1", "\"schemaVersion\": 3") + "}",
            "$.schemaVersion", "newer than this library reads"),
        Arguments.of("version 2 without its type", PROVINCE_HEAD.replace("\"schemaVersion\": 1",
            "\"schemaVersion\": 2") + "}", "$.document", "required field document is missing"),
        Arguments.of("another document type", PROVINCE_HEAD.replace("\"schemaVersion\": 1",
            "\"schemaVersion\": 2, \"document\": \"rule-set\"") + "}", "$.document",
            "this is a rule set document (\"rule-set\"), not a province"),
        Arguments.of("unknown document type", PROVINCE_HEAD.replace("\"schemaVersion\": 1",
            "\"schemaVersion\": 2, \"document\": \"provinse\"") + "}", "$.document", "unknown document type"),
        Arguments.of("fractional schemaVersion", PROVINCE_HEAD.replace("\"schemaVersion\": 1",
            "\"schemaVersion\": 1.5") + "}", "$.schemaVersion", "whole number"),
        Arguments.of("a list, not an object", "[1, 2]", "$", "must be an object"),
        Arguments.of("bad unit id", PROVINCE_HEAD + ", \"units\": [{\"id\": \"bad id\", \"name\": \"X\","
            + " \"kind\": \"AGENCY\", \"level\": \"PROVINCE\", \"staff\": 5}]}", "$.units[0]", "invalid value"),
        Arguments.of("negative staff", PROVINCE_HEAD + ", \"units\": [{\"id\": \"u\", \"name\": \"X\","
            + " \"kind\": \"AGENCY\", \"level\": \"PROVINCE\", \"staff\": -1}]}", "$.units[0]", "negative staff"),
        Arguments.of("fractional staff", PROVINCE_HEAD + ", \"units\": [{\"id\": \"u\", \"name\": \"X\","
            + " \"kind\": \"AGENCY\", \"level\": \"PROVINCE\", \"staff\": 5.5}]}", "$.units[0].staff", "not a valid integer"),
        Arguments.of("unknown group kind", PROVINCE_HEAD + ", \"groups\": [{\"id\": \"g\", \"name\": \"G\","
            + " \"kind\": \"TEAM\", \"organiser\": \"o\", \"year\": 2024}]}", "$.groups[0].kind", "'TEAM' is not allowed"),
        Arguments.of("null member", PROVINCE_HEAD + ", \"groups\": [{\"id\": \"g\", \"name\": \"G\","
            + " \"kind\": \"BLOC\", \"organiser\": \"o\", \"year\": 2024, \"members\": [null]}]}",
            "$.groups[0].members[0]", "null is not allowed here"),
        Arguments.of("class name injection", PROVINCE_HEAD + ", \"@class\": \"java.lang.Runtime\"}", "$.@class",
            "unknown field '@class'"),
        Arguments.of("trailing content", PROVINCE_HEAD + "} {}", "", "unexpected content after the end"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badProvinces")
  void aBadProvinceFileIsOneLocatedError(String name, String json, String path, String problem) {
    assertThatThrownBy(() -> province(json))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.source()).isEqualTo("p.json");
          assertThat(e.problem().en()).containsIgnoringCase(problem);
          assertThat(e.problem().vi()).isNotBlank();
          if (!path.isEmpty()) {
            assertThat(e.path()).contains(path);
          }
          assertThat(e.line().isPresent() || e.path().isPresent()).as("has a location").isTrue();
          assertThat(e.describe(Locale.ENGLISH)).startsWith("p.json:").doesNotContain("tools.jackson");
        });
  }

  @Test
  void missingFieldsPointAtTheirEnclosingObject() {
    String json = PROVINCE_HEAD + ",\n \"units\": [\n  {\"id\": \"u\", \"kind\": \"AGENCY\", \"level\": \"PROVINCE\","
        + " \"staff\": 5}\n]}";
    assertThatThrownBy(() -> province(json)).isInstanceOfSatisfying(DataFileException.class, e -> {
      assertThat(e.path()).contains("$.units[0].name");
      assertThat(e.line()).contains(3);
    });
  }

  @Test
  void namesAreNormalisedToNfcOnRead() {
    String nfd = Normalizer.normalize("Sở Nội vụ", Normalizer.Form.NFD);
    Province p = province(PROVINCE_HEAD + ", \"units\": [{\"id\": \"u\", \"name\": \"" + nfd + "\","
        + " \"kind\": \"AGENCY\", \"level\": \"PROVINCE\", \"staff\": 5}]}");
    assertThat(p.units().get(0).name()).isEqualTo("Sở Nội vụ").isNotEqualTo(nfd);
  }

  private static String ruleSetWithParams(String params) {
    return "{\"schemaVersion\": 1, \"id\": \"x\", \"version\": \"1\", \"level\": \"PROVINCE\", \"extends\": \"vn\","
        + " \"name\": {\"vi\": \"X\", \"en\": \"X\"}, \"validFrom\": \"2020-01-01\", \"citation\": {\"document\": \"D\"},"
        + " \"rules\": [{\"kind\": \"group.min-members\", \"scope\": \"LOCAL\", \"citation\": {\"document\": \"D\"},"
        + " \"params\": " + params + "}]}";
  }

  @Test
  void ruleParametersAreExactDecimalsNeverDoubles() {
    RuleSet tenth = ruleSet(ruleSetWithParams("{\"min\": 0.1}"));
    assertThat(tenth.rules().get(0).params().get("min")).contains(new BigDecimal("0.1"));
    RuleSet edge = ruleSet(ruleSetWithParams("{\"min\": 999999999.000000001, \"max\": [-0.000000001]}"));
    assertThat(edge.rules().get(0).params().get("min")).contains(new BigDecimal("999999999.000000001"));
    assertThat(edge.rules().get(0).params().get("max")).contains(List.of(new BigDecimal("-0.000000001")));
  }

  static Stream<Arguments> parametersOutOfBounds() {
    String giant = "1" + "0".repeat(100_000);
    return Stream.of(
        Arguments.of("{\"min\": 1e400}", "1e400", "$.rules[0].params.min", "the number 1e400 has an exponent"),
        Arguments.of("{\"min\": 1e-400}", "1e-400", "$.rules[0].params.min", "the number 1e-400 has an exponent"),
        Arguments.of("{\"min\": 1E2}", "1E2", "$.rules[0].params.min", "the number 1E2 has an exponent"),
        Arguments.of("{\"min\": 1e999999999}", "1e999999999", "$.rules[0].params.min",
            "the number 1e999999999 has an exponent"),
        Arguments.of("{\"min\": 1000000000}", "1000000000", "$.rules[0].params.min",
            "the number 1000000000 is too large: at most 9 digits before the decimal point"),
        Arguments.of("{\"a\": {\"b\": [1, -1000000000.5]}}", "-1000000000.5", "$.rules[0].params.a.b[1]",
            "the number -1000000000.5 is too large"),
        Arguments.of("{\"min\": 0.0000000001}", "0.0000000001", "$.rules[0].params.min",
            "the number 0.0000000001 has too many decimals: at most 9"),
        // the parser refuses a number that long as it reads the key before it, and points at the key
        Arguments.of("{\"min\": " + giant + "}", "\"min\"", "$.rules[0].params.min",
            "a number is longer than 100 characters"));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("parametersOutOfBounds")
  void aParameterOutOfBoundsIsRefusedAtOnceWhereItStands(String params, String number, String path, String problem) {
    String json = ruleSetWithParams(params);
    int column = json.indexOf(number, json.indexOf("\"params\"")) + 1;
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ruleSet(json)));
    assertThat(e.path()).contains(path);
    assertThat(e.line()).contains(1);
    assertThat(e.column()).contains(column);
    assertThat(e.problem().en()).startsWith(problem);
    assertThat(e.problem().vi()).startsWith("số ");
    assertThat(e.describe(Locale.ENGLISH)).startsWith("r.json:1:" + column + " (" + path + "): " + problem)
        .doesNotContain("BigInteger").doesNotContain("Exception").doesNotContain("tools.jackson");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "1000000000", "0.0000000001", "2e0"})
  void aWholeNumberOutOfBoundsIsRefusedLikeADecimal(String year) {
    assertThatThrownBy(() -> province(PROVINCE_HEAD.replace("2024", year) + "}"))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.path()).contains("$.year");
          assertThat(e.line()).contains(1);
          assertThat(e.problem().en()).startsWith("the number " + year + " ")
              .containsAnyOf("has an exponent", "is too large", "has too many decimals");
        });
  }

  @Test
  void aFractionalCountIsAReportedRuleDataProblemNotACrash() {
    RuleBook book = RuleBook.of(RuleSets.embedded("vn").layers().get(0), ruleSet(ruleSetWithParams("{\"min\": 4.5}")));
    assertThat(Emulation.checkRules(book).codes()).containsExactly("ruleset.param.invalid");
  }

  @Test
  void aMisspeltParameterIsReported() {
    RuleBook book = RuleBook.of(RuleSets.embedded("vn").layers().get(0), ruleSet(ruleSetWithParams("{\"minn\": 4}")));
    assertThat(Emulation.checkRules(book).codes()).containsExactly("ruleset.param.missing", "ruleset.param.unknown");
  }

  @Test
  void deepNestingIsRefusedByTheReadConstraints() {
    String deep = "{\"a\": ".repeat(200) + "1" + "}".repeat(200);
    assertThatThrownBy(() -> ruleSet(ruleSetWithParams(deep)))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.problem().en()).contains("nesting depth");
          assertThat(e.line()).isPresent();
        });
  }

  @Test
  void nullParameterValuesAreLocatedErrors() {
    assertThatThrownBy(() -> ruleSet(ruleSetWithParams("{\"min\": null}")))
        .isInstanceOfSatisfying(DataFileException.class,
            e -> assertThat(e.path()).contains("$.rules[0].params.min"));
  }

  @Test
  void aRuleSetWithAnUnknownLevelIsRefused() {
    assertThatThrownBy(() -> ruleSet(ruleSetWithParams("{}").replace("\"PROVINCE\"", "\"REGION\"")))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.path()).contains("$.level");
          assertThat(e.problem().en()).contains("NATIONAL, PROVINCE, ORGANISER, GROUP");
        });
  }
}
