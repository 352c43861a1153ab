package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The schemas against the reader on the hostile-file corpus ({@code src/test/resources/hostile}, see
 * {@code HostileFilesTest}). A file the reader refuses is refused by its schema too, unless it is malformed JSON
 * (syntax is no schema's business) or it breaks a rule no JSON Schema can state, listed here with the reason: among
 * them numbers of an allowed magnitude that the reader refuses for an exponent or a tenth decimal (the schemas bound
 * the magnitude only; see their README). A file the reader accepts is valid, unless listed where the schema is
 * deliberately stricter. Both lists are exact: a listed file that the schema starts to judge otherwise fails the
 * test.
 */
class SchemaHostileFilesTest {
  private static final Path ROOT = Path.of("src", "test", "resources", "hostile");

  private static final Map<String, String> DOCUMENTS = Map.of(
      "provinces", "province", "rule-sets", "rule-set", "sheets", "score-sheets");

  /** Why a number written with an exponent, within the bounds, is the reader's to refuse. */
  private static final String EXPONENT = "an exponent: a schema sees the value (1E2 is 100), not how it is written";

  /** Why a number with a tenth decimal is the reader's to refuse. */
  private static final String TENTH_DECIMAL = "a tenth decimal: the schemas do not count decimals (multipleOf 1e-9 is"
      + " not exact in every validator: 8.5 / 1e-9 is not whole in binary floating point)";

  /** Refused by the reader, valid by the schema: what a JSON Schema cannot say. */
  private static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
      Map.entry("rule-sets/criteria-nested-40-levels.json", "the reader's nesting limit (64 levels)"),
      Map.entry("rule-sets/criterion-duplicate-code-parent-and-child.json", "criterion codes distinct in a scale"),
      Map.entry("rule-sets/criterion-duplicate-codes-across-subtrees.json", "criterion codes distinct in a scale"),
      Map.entry("rule-sets/criterion-duplicate-codes-siblings.json", "criterion codes distinct in a scale"),
      Map.entry("rule-sets/duplicate-criterion-codes-with-nfd-vs-nfc.json", "codes equal after NFC normalisation"),
      Map.entry("rule-sets/duplicate-rule-ids.json", "rule ids distinct in a layer"),
      Map.entry("rule-sets/duplicate-scale-ids.json", "scale ids distinct in a layer"),
      Map.entry("rule-sets/extends-itself.json", "extends differs from id (a comparison of two values)"),
      Map.entry("rule-sets/valid-to-before-valid-from.json", "validTo not before validFrom (a comparison)"),
      Map.entry("rule-sets/invalid-utf8-ff-byte.json", "bytes that are not UTF-8 (a schema sees decoded text)"),
      Map.entry("provinces/invalid-utf8-ff-byte.json", "bytes that are not UTF-8 (a schema sees decoded text)"),
      Map.entry("provinces/group-year-fraction.json", "2008.0 is an integer to JSON Schema, not to the reader"),
      Map.entry("provinces/staff-exp-fraction.json", EXPONENT),
      Map.entry("provinces/year-1e3.json", EXPONENT),
      Map.entry("provinces/staff-1E2.json", EXPONENT),
      Map.entry("rule-sets/arithmetic-decimals-2e0.json", EXPONENT),
      Map.entry("rule-sets/binding-year-2.008e3.json", EXPONENT),
      Map.entry("rule-sets/bonus-points-1e-400.json", EXPONENT),
      Map.entry("rule-sets/criterion-max-1e-999999999.json", EXPONENT),
      Map.entry("rule-sets/scale-base-1E2.json", EXPONENT),
      Map.entry("sheets/claim-count-1E1.json", EXPONENT),
      Map.entry("sheets/entry-target-2.5e+1.json", EXPONENT),
      Map.entry("sheets/entry-value-1E2.json", EXPONENT),
      Map.entry("sheets/entry-value-1e-400.json", EXPONENT),
      Map.entry("sheets/entry-value-1e-999999999.json", EXPONENT),
      Map.entry("sheets/year-2.024e3.json", EXPONENT),
      Map.entry("rule-sets/criterion-max-ten-decimals.json", TENTH_DECIMAL),
      Map.entry("rule-sets/rule-param-weight-ten-decimals.json", TENTH_DECIMAL),
      Map.entry("sheets/entry-value-ten-decimals.json", TENTH_DECIMAL));

  /** Accepted by the reader, refused by the schema on purpose. */
  private static final Map<String, String> STRICTER_THAN_THE_READER = Map.of(
      "rule-sets/param-named-at-class.json",
      "parameters of a catalogue kind are checked as validation checks them (ruleset.param.unknown)");

  static Stream<Arguments> files(String folder) {
    List<Arguments> out = new ArrayList<>();
    DOCUMENTS.forEach((kind, document) -> {
      Path dir = ROOT.resolve(folder).resolve(kind);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
              .forEach(p -> out.add(Arguments.of(kind + "/" + p.getFileName(), document, p)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    return out.stream();
  }

  static Stream<Arguments> rejected() {
    return files("");
  }

  static Stream<Arguments> accepted() {
    return files("accepted");
  }

  /** The file as any JSON tool sees it, upgraded as the reader upgrades it; empty if it is not well-formed JSON. */
  private static Optional<JsonNode> parse(Path file, String document) {
    try {
      return Optional.of(JsonSchemas.upgraded(JsonSchemas.parse(Files.readAllBytes(file)), document));
    } catch (JacksonException | NumberFormatException malformed) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the schema refuses a document. The validator used here throws, rather than reporting, on a number such
   * as 1e400 against a whole-number bound; that counts as refusing (the number is out of every bound).
   */
  private static boolean refuses(String document, JsonNode tree) {
    try {
      return !JsonSchemas.errors(document, tree).isEmpty();
    } catch (JacksonException outOfRange) {
      return true;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void aFileTheReaderRefusesIsRefusedByItsSchema(String name, String document, Path file) {
    Optional<JsonNode> tree = parse(file, document);
    if (tree.isEmpty()) {
      assertThat(BEYOND_A_SCHEMA).as("%s is malformed JSON; do not list it", name).doesNotContainKey(name);
      return;
    }
    if (BEYOND_A_SCHEMA.containsKey(name)) {
      assertThat(refuses(document, tree.get())).as("%s is valid by the schema: %s", name, BEYOND_A_SCHEMA.get(name))
          .isFalse();
    } else {
      assertThat(refuses(document, tree.get())).as("%s is refused by the schema", name).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void aFileTheReaderAcceptsIsValid(String name, String document, Path file) {
    JsonNode tree = parse(file, document).orElseThrow();
    if (STRICTER_THAN_THE_READER.containsKey(name)) {
      assertThat(refuses(document, tree)).as("%s: %s", name, STRICTER_THAN_THE_READER.get(name)).isTrue();
    } else {
      assertThat(JsonSchemas.errors(document, tree)).as(name).isEmpty();
    }
  }

  @Test
  void theListsNameFilesOfTheCorpus() {
    List<Object> rejected = rejected().map(a -> a.get()[0]).toList();
    assertThat(rejected).hasSizeGreaterThanOrEqualTo(100).containsAll(BEYOND_A_SCHEMA.keySet());
    assertThat(accepted().map(a -> a.get()[0]).toList()).containsAll(STRICTER_THAN_THE_READER.keySet());
  }

  @Test
  void mostParseableRefusedFilesAreRefusedByTheSchema() {
    long parseable = rejected().filter(a -> parse((Path) a.get()[2], (String) a.get()[1]).isPresent()).count();
    assertThat(parseable).isGreaterThanOrEqualTo(BEYOND_A_SCHEMA.size() + 100L);
  }
}
