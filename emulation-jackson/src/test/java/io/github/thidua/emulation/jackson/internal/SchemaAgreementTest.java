package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas and the reader agree on what is wrong. Each valid base document (the schema examples, which use every
 * field, the shipped rule sets and the golden scoring inputs) is broken in every way the harness knows, one change
 * at a time: each field removed, each field given a value of the wrong JSON type, each number put just beyond the
 * reader's bounds (10^9 and -10^9), an unknown field added to each object, a null put into each list. For every broken document, the schema refuses it exactly when the library
 * does: when the reader refuses it, or, for rule parameters, when validation reports them ({@code ruleset.param.*}:
 * the schema checks the parameters of catalogue kinds as validation does). A group-year record is read as the one
 * line of a JSON Lines file, an archive as an archive document. A few named cases follow, for reading, and what a
 * schema cannot say of the archive containers.
 */
class SchemaAgreementTest {
  private static final Path EXAMPLES = JsonSchemas.DIR.resolve("examples");
  private static final Path GOLDEN_SCORING = Path.of("src", "test", "resources", "golden-scoring");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Map<String, Class<?>> RECORDS = Map.of(
      "rule-set", Docs.RuleSetDoc.class, "scale", Docs.ScaleFileDoc.class, "province", Docs.ProvinceDoc.class,
      "score-sheets", Docs.SheetsDoc.class, "ballots", Docs.BallotsDoc.class, "history", Docs.HistoryDoc.class,
      "proposals", Docs.ProposalsDoc.class, "group-year", ArchiveDocs.GroupYearDoc.class, "archive", ArchiveDoc.class);

  record Base(String name, JsonNode tree) {}

  record Mutation(String what, JsonNode tree) {}

  // ---------------------------------------------------------------- the library's verdict

  /** Why the library refuses a document (the reader, or validation of rule parameters), or empty if it does not. */
  static Optional<String> libraryRefusal(String document, JsonNode tree) {
    try {
      Object read = read(document, tree, "mutated");
      return read instanceof RuleSet rules ? parameterProblems(rules) : Optional.empty();
    } catch (DataFileException e) {
      return Optional.of(e.describe(Locale.ENGLISH));
    }
  }

  /**
   * Reads a document with the library, written compactly as any JSON tool writes it: a group-year record as the one
   * line of a JSON Lines file, an archive as an archive document, the others with {@link EmulationFiles}.
   */
  static Object read(String document, JsonNode tree, String name) {
    String text = JsonSchemas.write(tree);
    if (document.equals("group-year")) {
      text += "\n";
    }
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return switch (document) {
      case "rule-set" -> EmulationFiles.readRuleSet(in, name + ".json");
      case "scale" -> EmulationFiles.readScale(in, name + ".json");
      case "province" -> EmulationFiles.readProvince(in, name + ".json");
      case "score-sheets" -> EmulationFiles.readScoreSheets(in, name + ".json");
      case "ballots" -> EmulationFiles.readBallots(in, name + ".json");
      case "history" -> EmulationFiles.readHistory(in, name + ".json");
      case "proposals" -> EmulationFiles.readProposals(in, name + ".json");
      case "group-year" -> records(ArchiveReader.open(in, name + ".jsonl", true));
      case "archive" -> records(ArchiveReader.open(in, name + ".json", false));
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

  /** What validation says of the rules' parameters, checked on a national layer of just those rules. */
  private static Optional<String> parameterProblems(RuleSet read) {
    RuleSet.Builder alone = RuleSet.builder("parameters", "1", LayerLevel.NATIONAL);
    for (Rule rule : read.rules()) {
      alone.rule(rule);
    }
    Set<String> codes = new TreeSet<>(Emulation.checkRules(RuleBook.of(alone.build())).codes());
    codes.removeIf(c -> !c.startsWith("ruleset.param."));
    return codes.isEmpty() ? Optional.empty() : Optional.of("validation: " + codes);
  }

  // ---------------------------------------------------------------- base documents

  static List<Base> bases(String document) {
    List<Base> out = new ArrayList<>();
    out.add(new Base("examples/" + document + ".json", read(EXAMPLES.resolve(document + ".json"))));
    if (document.equals("rule-set")) {
      for (String id : RuleSets.embeddedIds()) {
        try (InputStream in = RuleSets.class.getResourceAsStream("/io/github/thidua/emulation/core/rules/" + id
            + ".json")) {
          out.add(new Base("shipped " + id, JsonSchemas.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    if (document.equals("group-year")) {
      out.add(new Base("the example of docs/archives.md", docsExample()));
    }
    String golden = Map.of("rule-set", "rules.json", "province", "province.json", "score-sheets", "sheets.json")
        .get(document);
    if (golden != null) {
      for (String dir : List.of("hcmc-97-plus-10", "peer-mean-thirds", "quang-nam-1000")) {
        out.add(new Base("golden-scoring/" + dir + "/" + golden,
            JsonSchemas.upgraded(read(GOLDEN_SCORING.resolve(dir).resolve(golden)), document)));
      }
    }
    return out;
  }

  /** The group-year record shown in {@code docs/archives.md}. */
  private static JsonNode docsExample() {
    try {
      String docs = Files.readString(Path.of("..", "docs", "archives.md"), StandardCharsets.UTF_8);
      int start = docs.indexOf("```json\n") + "```json\n".length();
      return JsonSchemas.parse(docs.substring(start, docs.indexOf("```", start)));
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

  // ---------------------------------------------------------------- mutations

  /** Every mutation of a document, following the wire records to know what each object is. */
  static List<Mutation> mutations(JsonNode root, Class<?> record, Set<String> covered) {
    List<Mutation> out = new ArrayList<>();
    object(root, (ObjectNode) root, record, "", out, covered);
    return out;
  }

  private static void object(JsonNode root, ObjectNode node, Class<?> record, String pointer, List<Mutation> out,
      Set<String> covered) {
    out.add(change(root, pointer + " + unknown field", pointer, o -> ((ObjectNode) o).put("zzUnknown", "x")));
    for (RecordComponent c : record.getRecordComponents()) {
      String name = wireName(c);
      JsonNode value = node.get(name);
      if (value == null) {
        continue;
      }
      covered.add(record.getSimpleName() + "." + name);
      String at = pointer + "/" + name;
      out.add(change(root, at + " removed", pointer, o -> ((ObjectNode) o).remove(name)));
      out.add(change(root, at + " of the wrong type", pointer, o -> ((ObjectNode) o).set(name, wrong(value))));
      outOfBounds(root, value, at, pointer, name, out);
      value(root, value, c.getGenericType(), at, out, covered);
    }
  }

  private static void value(JsonNode root, JsonNode value, Type type, String pointer, List<Mutation> out,
      Set<String> covered) {
    if (type instanceof Class<?> c && c.isRecord() && value instanceof ObjectNode o) {
      object(root, o, c, pointer, out, covered);
    } else if (type instanceof ParameterizedType p && p.getRawType() == List.class && value instanceof ArrayNode a) {
      if (!a.isEmpty()) {
        out.add(change(root, pointer + "/0 null", pointer, n -> ((ArrayNode) n).setNull(0)));
      }
      for (int i = 0; i < a.size(); i++) {
        value(root, a.get(i), p.getActualTypeArguments()[0], pointer + "/" + i, out, covered);
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class && value instanceof ObjectNode o) {
      Type valueType = p.getActualTypeArguments()[1];
      for (String key : o.propertyNames()) {
        String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        if (valueType == Object.class) {
          // a rule parameter: removed, or of the wrong type; and one unknown parameter
          out.add(change(root, at + " removed", pointer, n -> ((ObjectNode) n).remove(key)));
          out.add(change(root, at + " of the wrong type", pointer, n -> ((ObjectNode) n).set(key, wrong(o.get(key)))));
          outOfBounds(root, o.get(key), at, pointer, key, out);
        } else {
          value(root, o.get(key), valueType, at, out, covered);
        }
      }
      if (valueType == Object.class) {
        out.add(change(root, pointer + " + unknown parameter", pointer, n -> ((ObjectNode) n).put("zzUnknown", 1)));
      }
    }
  }

  /**
   * A number at the bounds of the reader ({@code Numbers}: a magnitude below 10^9), just beyond them either way.
   * Both the schema and the reader refuse it; what the schema cannot see (exponents, a tenth decimal) is checked
   * against the reader alone by the tests of reading.
   */
  private static void outOfBounds(JsonNode root, JsonNode value, String at, String pointer, String name,
      List<Mutation> out) {
    if (value.isNumber()) {
      for (long beyond : new long[] {1_000_000_000L, -1_000_000_000L}) {
        out.add(change(root, at + " = " + beyond, pointer, o -> ((ObjectNode) o).put(name, beyond)));
      }
    }
  }

  /** A value of another JSON type than the one given. */
  private static JsonNode wrong(JsonNode value) {
    if (value.isString()) {
      return NODES.numberNode(12345);
    }
    if (value.isNumber()) {
      return NODES.stringNode("12");
    }
    if (value.isBoolean()) {
      return NODES.stringNode("true");
    }
    if (value.isArray()) {
      return NODES.stringNode("x");
    }
    return NODES.arrayNode().add("x");
  }

  private static Mutation change(JsonNode root, String what, String pointer, Consumer<JsonNode> edit) {
    JsonNode copy = root.deepCopy();
    edit.accept(copy.at(pointer));
    return new Mutation(what, copy);
  }

  private static String wireName(RecordComponent c) {
    com.fasterxml.jackson.annotation.JsonProperty renamed =
        c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    return renamed == null ? c.getName() : renamed.value();
  }

  /** Every field of a document's format, as {@code Record.field}; for an archive, not the records' header. */
  private static Set<String> allFields(String document) {
    Set<String> out = new TreeSet<>();
    fields(RECORDS.get(document), out, new LinkedHashSet<>());
    if (document.equals("archive")) {
      ArchiveDoc.RECORD_HEADER.forEach(h -> out.remove(ArchiveDocs.GroupYearDoc.class.getSimpleName() + "." + h));
    }
    return out;
  }

  private static void fields(Type type, Set<String> out, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        fields(t, out, seen);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        out.add(c.getSimpleName() + "." + wireName(rc));
        fields(rc.getGenericType(), out, seen);
      }
    }
  }

  // ---------------------------------------------------------------- the agreement

  @ParameterizedTest
  @ValueSource(strings = {"rule-set", "scale", "province", "score-sheets", "ballots", "history", "proposals", "group-year",
      "archive"})
  void theSchemaRefusesABrokenDocumentExactlyWhenTheLibraryDoes(String document) {
    Set<String> covered = new TreeSet<>();
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    int total = 0;
    for (Base base : bases(document)) {
      assertThat(JsonSchemas.errors(document, base.tree())).as("%s is valid", base.name()).isEmpty();
      assertThat(libraryRefusal(document, base.tree())).as("%s reads", base.name()).isEmpty();
      for (Mutation m : mutations(base.tree(), RECORDS.get(document), covered)) {
        total++;
        List<String> schema = JsonSchemas.errors(document, m.tree());
        Optional<String> library = libraryRefusal(document, m.tree());
        if (!schema.isEmpty()) {
          refused++;
        }
        if (schema.isEmpty() == library.isPresent()) {
          disagreements.add(base.name() + " " + m.what() + ": schema "
              + (schema.isEmpty() ? "accepts" : "refuses " + schema) + ", library "
              + library.map(r -> "refuses: " + r).orElse("accepts"));
        }
      }
    }
    assertThat(disagreements).as("disagreements of %s mutations", total).isEmpty();
    assertThat(covered).as("the base documents use every field of the format").containsAll(allFields(document));
    assertThat(refused).as("most mutations break a document").isGreaterThan(total / 2);
  }

  // ---------------------------------------------------------------- named cases

  static Stream<Arguments> namedCases() {
    return Stream.of(
        Arguments.of("an unknown field in a unit", "province",
            (Consumer<ObjectNode>) d -> unit(d).put("colour", "red")),
        Arguments.of("a unit without its staff", "province", (Consumer<ObjectNode>) d -> unit(d).remove("staff")),
        Arguments.of("a unit id with a space", "province", (Consumer<ObjectNode>) d -> unit(d).put("id", "so noi vu")),
        Arguments.of("a staff count as text", "province", (Consumer<ObjectNode>) d -> unit(d).put("staff", "48")),
        Arguments.of("a negative staff count", "province", (Consumer<ObjectNode>) d -> unit(d).put("staff", -1)),
        Arguments.of("a lower-case group kind", "province",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("groups").get(0)).put("kind", "bloc")),
        Arguments.of("the 30th of February", "province", (Consumer<ObjectNode>) d -> d.put("referenceDate",
            "2025-02-30")),
        Arguments.of("a date and time for a date", "province", (Consumer<ObjectNode>) d -> d.put("referenceDate",
            "2025-11-30T00:00:00Z")),
        Arguments.of("an implausible year", "province", (Consumer<ObjectNode>) d -> d.put("year", 1900)),
        Arguments.of("another document type", "province", (Consumer<ObjectNode>) d -> d.put("document", "ballots")),
        Arguments.of("a newer schema version", "province", (Consumer<ObjectNode>) d -> d.put("schemaVersion", 3)),
        Arguments.of("a sheet without its scorer", "score-sheets",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("sheets").get(0)).remove("scorer")),
        Arguments.of("a lower-case role", "score-sheets",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("sheets").get(0)).put("role", "self")),
        Arguments.of("a claim counted zero times", "score-sheets", (Consumer<ObjectNode>) d ->
            ((ObjectNode) d.get("sheets").get(0).get("deductions").get(0)).put("count", 0)),
        Arguments.of("a candidate listed twice", "ballots", (Consumer<ObjectNode>) d ->
            ((ArrayNode) d.get("sessions").get(0).get("candidates")).add("so-noi-vu")),
        Arguments.of("a unit approved twice on a ballot", "ballots", (Consumer<ObjectNode>) d ->
            ((ArrayNode) d.get("sessions").get(0).get("ballots").get(0).get("approved")).add("so-noi-vu")),
        Arguments.of("a run-off round 0", "ballots",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("sessions").get(0)).put("round", 0)),
        Arguments.of("a history without its award", "history",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("histories").get(0)).remove("award")),
        Arguments.of("a group layer without a target", "rule-set", (Consumer<ObjectNode>) d -> d.remove("target")),
        Arguments.of("a national layer with a target", "rule-set", (Consumer<ObjectNode>) d -> {
          d.put("level", "NATIONAL");
        }),
        Arguments.of("a rule set id in upper case", "rule-set", (Consumer<ObjectNode>) d -> d.put("id", "VN")),
        Arguments.of("a name without English", "rule-set",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("name")).remove("en")),
        Arguments.of("a rounding mode UNNECESSARY", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) scale(d).get("arithmetic")).put("rounding", "UNNECESSARY")),
        Arguments.of("seven decimals", "rule-set",
            (Consumer<ObjectNode>) d -> ((ObjectNode) scale(d).get("arithmetic")).put("decimals", 7)),
        Arguments.of("a leaf criterion without a method", "rule-set",
            (Consumer<ObjectNode>) d -> ((ObjectNode) scale(d).get("criteria").get(1)).remove("method")),
        Arguments.of("a node criterion with a method", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) scale(d).get("criteria").get(0)).putObject("method").put("type", "manual")),
        Arguments.of("a field of another method", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) scale(d).get("criteria").get(1).get("method")).put("pointsEach", 1)),
        Arguments.of("an unknown method", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) scale(d).get("criteria").get(1).get("method")).put("type", "guess")),
        Arguments.of("listed bonuses with no bonus cap", "rule-set", (Consumer<ObjectNode>) d ->
            scale(d).remove("bonusCap")),
        Arguments.of("a scale bound to nothing", "rule-set", (Consumer<ObjectNode>) d -> {
          ObjectNode binding = (ObjectNode) scale(d).get("binding");
          binding.remove("group");
          binding.remove("organiser");
        }),
        Arguments.of("an item code in lower case", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) scale(d).get("bonuses").get(0)).put("code", "city_flag")),
        Arguments.of("a null rule parameter", "rule-set", (Consumer<ObjectNode>) d ->
            ((ObjectNode) d.get("rules").get(0).get("params")).putNull("min")),
        Arguments.of("a record without its province", "group-year", (Consumer<ObjectNode>) d -> d.remove("province")),
        Arguments.of("a province without its name", "group-year",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("province")).remove("name")),
        Arguments.of("a province with a blank name", "group-year",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("province")).put("name", " ")),
        Arguments.of("a province id with a space", "group-year",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("province")).put("id", "vi du")),
        Arguments.of("an implausible record year", "group-year", (Consumer<ObjectNode>) d -> d.put("year", 1900)),
        Arguments.of("a record of version 1", "group-year", (Consumer<ObjectNode>) d -> d.put("schemaVersion", 1)),
        Arguments.of("a record named an archive", "group-year",
            (Consumer<ObjectNode>) d -> d.put("document", "archive")),
        Arguments.of("a record named a province", "group-year",
            (Consumer<ObjectNode>) d -> d.put("document", "province")),
        Arguments.of("a lower-case scorer role in a record", "group-year",
            (Consumer<ObjectNode>) d -> ((ObjectNode) d.get("sheets").get(0)).put("role", "self")),
        Arguments.of("a candidate listed twice in a record", "group-year", (Consumer<ObjectNode>) d ->
            ((ArrayNode) d.get("sessions").get(0).get("candidates")).add("so-noi-vu.cchc")),
        Arguments.of("an archive of version 1", "archive", (Consumer<ObjectNode>) d -> d.put("schemaVersion", 1)),
        Arguments.of("an archive named a group-year record", "archive",
            (Consumer<ObjectNode>) d -> d.put("document", "group-year")),
        Arguments.of("an archive without records", "archive", (Consumer<ObjectNode>) d -> d.remove("records")),
        Arguments.of("a record in an archive that names its version", "archive",
            (Consumer<ObjectNode>) d -> record(d).put("schemaVersion", 2)),
        Arguments.of("a record in an archive that names its type", "archive",
            (Consumer<ObjectNode>) d -> record(d).put("document", "group-year")),
        Arguments.of("a record in an archive without its group", "archive",
            (Consumer<ObjectNode>) d -> record(d).remove("group")),
        Arguments.of("a record in an archive that is a list", "archive",
            (Consumer<ObjectNode>) d -> ((ArrayNode) d.get("records")).addArray()));
  }

  private static ObjectNode record(ObjectNode archive) {
    return (ObjectNode) archive.get("records").get(0);
  }

  private static ObjectNode unit(ObjectNode province) {
    return (ObjectNode) province.get("units").get(0);
  }

  private static ObjectNode scale(ObjectNode ruleSet) {
    return (ObjectNode) ruleSet.get("scales").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedCases")
  void aNamedMistakeIsRefusedByTheSchemaAndByTheReader(String name, String document, Consumer<ObjectNode> edit) {
    ObjectNode doc = (ObjectNode) read(EXAMPLES.resolve(document + ".json"));
    edit.accept(doc);
    assertThat(JsonSchemas.errors(document, doc)).as("the schema refuses %s", name).isNotEmpty();
    Throwable thrown = catchThrowable(() -> read(document, doc, "named"));
    assertThat(thrown).as("the reader refuses %s", name).isInstanceOf(DataFileException.class);
  }

  // ---------------------------------------------------------------- what a schema cannot say of archives

  /**
   * The containers' own rules are beyond a schema: an archive whose {@code records} come before {@code schemaVersion}
   * and {@code document} is valid by the schema (JSON Schema has no order of keys) and refused by the reader; a
   * group-year record laid out on several lines is valid by the schema (which sees one JSON document) and refused in
   * a JSON Lines file, where each record stands on one line.
   */
  @Test
  void theArchiveContainersRulesAreBeyondASchema() {
    ObjectNode archive = (ObjectNode) read(EXAMPLES.resolve("archive.json"));
    ObjectNode recordsFirst = NODES.objectNode();
    recordsFirst.set("records", archive.get("records"));
    recordsFirst.set("schemaVersion", archive.get("schemaVersion"));
    recordsFirst.set("document", archive.get("document"));
    assertThat(JsonSchemas.errors("archive", recordsFirst)).isEmpty();
    assertThat(libraryRefusal("archive", recordsFirst)).hasValueSatisfying(r -> assertThat(r)
        .contains("must come before records"));

    JsonNode groupYear = read(EXAMPLES.resolve("group-year.json"));
    assertThat(JsonSchemas.errors("group-year", groupYear)).isEmpty();
    byte[] laidOut = JsonSchemas.writePretty(groupYear).getBytes(StandardCharsets.UTF_8);
    Throwable thrown = catchThrowable(() -> records(ArchiveReader.open(new ByteArrayInputStream(laidOut),
        "laid-out.jsonl", true)));
    assertThat(thrown).isInstanceOf(DataFileException.class);
    assertThat(((DataFileException) thrown).describe(Locale.ENGLISH)).contains("on one line");
  }
}
