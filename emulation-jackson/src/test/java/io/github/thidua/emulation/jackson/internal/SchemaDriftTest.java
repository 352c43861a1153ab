package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.ParameterSpec;
import io.github.thidua.emulation.core.rules.ParameterType;
import io.github.thidua.emulation.core.rules.RuleKind;
import io.github.thidua.emulation.core.rules.RuleKinds;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.scoring.RoundingPoint;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.Tier;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.voting.VotePurpose;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas in {@code docs/schema} cannot drift from the model: their properties are the wire records' components
 * (followed recursively), their types the components' types, their enums the core's enums, their rule parameters
 * the catalogue's; the archive schemas' copies of other schemas' definitions equal their originals; and they keep
 * their own conventions (a description on every property, unknown fields refused).
 */
class SchemaDriftTest {

  /** Each schema, with the wire record of its document. */
  static Stream<Arguments> roots() {
    return Stream.of(
        Arguments.of("rule-set", Docs.RuleSetDoc.class, DocumentType.RULE_SET),
        Arguments.of("scale", Docs.ScaleFileDoc.class, DocumentType.SCALE),
        Arguments.of("province", Docs.ProvinceDoc.class, DocumentType.PROVINCE),
        Arguments.of("score-sheets", Docs.SheetsDoc.class, DocumentType.SCORE_SHEETS),
        Arguments.of("ballots", Docs.BallotsDoc.class, DocumentType.BALLOTS),
        Arguments.of("history", Docs.HistoryDoc.class, DocumentType.HISTORY),
        Arguments.of("proposals", Docs.ProposalsDoc.class, DocumentType.PROPOSALS),
        Arguments.of("group-year", ArchiveDocs.GroupYearDoc.class, DocumentType.GROUP_YEAR),
        Arguments.of("archive", ArchiveDoc.class, DocumentType.ARCHIVE));
  }

  /**
   * The components of wire records that a document leaves out: a record inside an archive carries neither
   * {@code schemaVersion} nor {@code document} (the archive's header gives them, and the reader refuses them there).
   */
  static Map<Class<?>, Set<String>> omitted(String document) {
    return document.equals("archive") ? Map.of(ArchiveDocs.GroupYearDoc.class, ArchiveDoc.RECORD_HEADER) : Map.of();
  }

  // ---------------------------------------------------------------- records against schemas

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void propertiesAreExactlyTheRecordComponentsAllTheWayDown(String document, Class<?> record, DocumentType type) {
    JsonNode root = JsonSchemas.tree(document);
    Set<Class<?>> visited = new LinkedHashSet<>();
    compareRecord(root, root, record, "#", omitted(document), new HashSet<>(), visited);
    // every record reachable from the document's root record was compared with a part of the schema
    assertThat(visited).containsAll(reachable(record));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void theHeaderNamesTheCurrentVersionAndTheDocumentType(String document, Class<?> record, DocumentType type) {
    JsonNode root = JsonSchemas.tree(document);
    assertThat(str(root.path("$schema"))).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(str(root.path("$id")))
        .isEqualTo("https://thidua.github.io/emulation/schema/" + document + ".schema.json");
    assertThat(str(root.path("title"))).isNotBlank();
    assertThat(str(root.path("description"))).contains("schemaVersion " + Migration.CURRENT)
        .contains("version 1");
    assertThat(root.path("properties").path("schemaVersion").path("const").asInt()).isEqualTo(Migration.CURRENT);
    assertThat(str(root.path("properties").path("document").path("const"))).isEqualTo(type.wire());
    assertThat(strings(root.path("required"))).contains("schemaVersion", "document");
    assertThat(JsonSchemas.DOCUMENTS).contains(type.wire());
  }

  @Test
  void everyInputDocumentTypeHasASchema() {
    // the other types (RESULT_*) are written by the library, never read
    List<String> inputs = Arrays.stream(DocumentType.values()).filter(t -> !t.name().startsWith("RESULT_"))
        .map(DocumentType::wire).toList();
    assertThat(JsonSchemas.DOCUMENTS).containsExactlyInAnyOrderElementsOf(inputs);
    // group-year records and archives are read record by record by ArchiveRecords, the others by Mapping
    List<String> archives = List.of(DocumentType.GROUP_YEAR.wire(), DocumentType.ARCHIVE.wire());
    assertThat(inputs).containsAll(archives);
    assertThat(Arrays.stream(Mapping.class.getMethods()).filter(m -> m.getName().startsWith("read") && !m.getName().equals("readResult")).count())
        .as("public readers").isEqualTo(inputs.size() - archives.size());
  }

  private static void compareRecord(JsonNode root, JsonNode schemaNode, Class<?> record, String where,
      Map<Class<?>, Set<String>> omitted, Set<String> seen, Set<Class<?>> visited) {
    JsonNode node = resolve(root, schemaNode);
    String key = record.getName() + "@" + System.identityHashCode(node);
    if (!seen.add(key)) {
      return;
    }
    visited.add(record);
    assertThat(record.isRecord()).as(where).isTrue();
    assertThat(str(node.path("type"))).as("%s is an object", where).isEqualTo("object");
    assertThat(node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean())
        .as("%s refuses unknown fields", where).isTrue();
    Map<String, RecordComponent> components = new TreeMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (!omitted.getOrDefault(record, Set.of()).contains(wireName(c))) {
        components.put(wireName(c), c);
      }
    }
    assertThat(new TreeSet<>(names(node.path("properties"))))
        .as("properties of %s (record %s)", where, record.getSimpleName()).isEqualTo(components.keySet());
    assertThat(components.keySet()).as("required of %s", where).containsAll(strings(node.path("required")));
    components.forEach((name, c) -> compareType(root, node.path("properties").path(name), c.getGenericType(),
        where + "/" + name, omitted, seen, visited));
  }

  private static void compareType(JsonNode root, JsonNode schemaNode, Type type, String where,
      Map<Class<?>, Set<String>> omitted, Set<String> seen, Set<Class<?>> visited) {
    JsonNode node = resolve(root, schemaNode);
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      assertThat(str(node.path("type"))).as("%s is an array", where).isEqualTo("array");
      compareType(root, node.path("items"), p.getActualTypeArguments()[0], where + "[]", omitted, seen, visited);
    } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      assertThat(str(node.path("type"))).as("%s is an object", where).isEqualTo("object");
      assertThat(p.getActualTypeArguments()[0]).isEqualTo(String.class);
      Type value = p.getActualTypeArguments()[1];
      if (value != Object.class) { // rule parameters: typed per kind, see below
        assertThat(node.has("properties")).as("%s is a map", where).isFalse();
        compareType(root, node.path("additionalProperties"), value, where + "{}", omitted, seen, visited);
      }
    } else if (type instanceof Class<?> c && c.isRecord()) {
      compareRecord(root, node, c, where, omitted, seen, visited);
    } else if (type == String.class) {
      assertThat(jsonType(node)).as("%s is text", where).isEqualTo("string");
    } else if (type == Integer.class) {
      assertThat(jsonType(node)).as("%s is a whole number", where).isEqualTo("integer");
    } else if (type == BigDecimal.class) {
      assertThat(jsonType(node)).as("%s is a number", where).isEqualTo("number");
    } else if (type == Boolean.class) {
      assertThat(jsonType(node)).as("%s is true/false", where).isEqualTo("boolean");
    } else if (type == LocalDate.class) {
      assertThat(jsonType(node)).as("%s is text", where).isEqualTo("string");
      assertThat(str(node.path("format"))).as("%s is a date", where).isEqualTo("date");
      assertThat(str(node.path("pattern"))).as("%s is YYYY-MM-DD", where)
          .isEqualTo("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    } else {
      throw new AssertionError(where + ": no schema check for the type " + type + "; extend this test");
    }
  }

  /** The JSON type a schema allows: its "type", or that of its const or enum values. */
  private static String jsonType(JsonNode node) {
    if (node.has("type")) {
      return str(node.path("type"));
    }
    List<JsonNode> values = new ArrayList<>();
    if (node.has("const")) {
      values.add(node.path("const"));
    }
    node.path("enum").forEach(values::add);
    assertThat(values).as("a schema with a type, a const or an enum: %s", node).isNotEmpty();
    Set<String> types = new HashSet<>();
    values.forEach(v -> types.add(v.isString() ? "string" : v.isIntegralNumber() ? "integer"
        : v.isNumber() ? "number" : v.isBoolean() ? "boolean" : "other"));
    assertThat(types).hasSize(1);
    return types.iterator().next();
  }

  private static Set<Class<?>> reachable(Class<?> record) {
    Set<Class<?>> out = new LinkedHashSet<>();
    collect(record, out);
    return out;
  }

  private static void collect(Type type, Set<Class<?>> out) {
    if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        collect(t, out);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && out.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        collect(rc.getGenericType(), out);
      }
    }
  }

  /** The name of a component in files: its own, or the one {@code @JsonProperty} gives it. */
  private static String wireName(RecordComponent c) {
    // @JsonProperty on a record component is propagated to its accessor (and field and constructor parameter)
    JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
    return renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value();
  }

  @Test
  void theRenamedParentComponentIsExtendsOnTheWire() {
    RecordComponent parent = Arrays.stream(Docs.RuleSetDoc.class.getRecordComponents())
        .filter(c -> c.getName().equals("parent")).findFirst().orElseThrow();
    assertThat(wireName(parent)).isEqualTo("extends");
  }

  // ---------------------------------------------------------------- the archive schemas' copies

  /** The schemas whose definitions the archive schemas copy: a record's parts are those documents' parts. */
  private static final List<String> COPIED_FROM = List.of("province", "score-sheets", "ballots");

  /** The definitions the archive schemas have of their own; every other one is a copy. */
  private static final Map<String, Set<String>> OWN_DEFINITIONS = Map.of(
      "group-year", Set.of("provinceRef"), "archive", Set.of("provinceRef", "record"));

  /**
   * The archive schemas are self-contained, as the others are: they copy the definitions of the province,
   * score-sheets and ballots schemas (units, organisers, groups, sheets, sessions and their parts). A copy must equal
   * its original word for word, in every schema that has a definition of that name, so a change there fails here
   * until it is copied.
   */
  @ParameterizedTest
  @ValueSource(strings = {"group-year", "archive"})
  void aCopiedDefinitionEqualsItsOriginalWordForWord(String document) {
    JsonNode defs = JsonSchemas.tree(document).path("$defs");
    List<String> problems = new ArrayList<>();
    for (String name : names(defs)) {
      if (OWN_DEFINITIONS.get(document).contains(name)) {
        continue;
      }
      List<String> sources = COPIED_FROM.stream().filter(d -> JsonSchemas.tree(d).path("$defs").has(name)).toList();
      if (sources.isEmpty()) {
        problems.add("$defs/" + name + " is not a definition of " + COPIED_FROM);
      }
      for (String source : sources) {
        if (!JsonSchemas.tree(source).path("$defs").path(name).equals(defs.path(name))) {
          problems.add("$defs/" + name + " differs from $defs/" + name + " of " + source + ".schema.json");
        }
      }
    }
    assertThat(problems).as("copy the definitions again from %s", COPIED_FROM).isEmpty();
    assertThat(names(defs)).containsAll(OWN_DEFINITIONS.get(document));
  }

  /** An archive's record is the group-year record without its header, word for word. */
  @Test
  void anArchiveRecordIsAGroupYearRecordWithoutItsHeader() {
    JsonNode groupYear = JsonSchemas.tree("group-year");
    JsonNode archive = JsonSchemas.tree("archive");
    ObjectNode body = (ObjectNode) groupYear.path("properties").deepCopy();
    ArchiveDoc.RECORD_HEADER.forEach(body::remove);
    JsonNode record = archive.path("$defs").path("record");
    assertThat(record.path("properties")).isEqualTo(body);
    assertThat(strings(record.path("required"))).containsExactlyElementsOf(strings(groupYear.path("required"))
        .stream().filter(r -> !ArchiveDoc.RECORD_HEADER.contains(r)).toList());
    assertThat(str(archive.path("properties").path("records").path("items").path("$ref")))
        .isEqualTo("#/$defs/record");
    ObjectNode shared = (ObjectNode) archive.path("$defs").deepCopy();
    shared.remove("record");
    assertThat(shared).as("the archive's other definitions are the group-year record's").isEqualTo(
        groupYear.path("$defs"));
  }

  // ---------------------------------------------------------------- enums against the core

  /** Where each schema keeps an enum, and the core values it must list. */
  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("rule-set", "layerLevel", names(LayerLevel.values())),
        Arguments.of("rule-set", "ruleScope", names(RuleScope.values())),
        Arguments.of("rule-set", "roundingMode", Arrays.stream(RoundingMode.values())
            .filter(m -> m != RoundingMode.UNNECESSARY).map(Enum::name).toList()),
        Arguments.of("rule-set", "roundingPoint", names(RoundingPoint.values())),
        Arguments.of("rule-set", "methodType", methodTypes()),
        Arguments.of("rule-set", "groupKind", names(GroupKind.values())),
        Arguments.of("rule-set", "lifecycleStatus", names(LifecycleStatus.values())),
        Arguments.of("rule-set", "scorerRole", names(ScorerRole.values())),
        Arguments.of("rule-set", "severity", names(Severity.values())),
        Arguments.of("scale", "roundingMode", Arrays.stream(RoundingMode.values())
            .filter(m -> m != RoundingMode.UNNECESSARY).map(Enum::name).toList()),
        Arguments.of("scale", "roundingPoint", names(RoundingPoint.values())),
        Arguments.of("scale", "methodType", methodTypes()),
        Arguments.of("province", "groupKind", names(GroupKind.values())),
        Arguments.of("province", "lifecycleStatus", names(LifecycleStatus.values())),
        Arguments.of("score-sheets", "scorerRole", names(ScorerRole.values())),
        Arguments.of("ballots", "votePurpose", names(VotePurpose.values())),
        Arguments.of("group-year", "groupKind", names(GroupKind.values())),
        Arguments.of("group-year", "lifecycleStatus", names(LifecycleStatus.values())),
        Arguments.of("group-year", "scorerRole", names(ScorerRole.values())),
        Arguments.of("group-year", "votePurpose", names(VotePurpose.values())),
        Arguments.of("archive", "groupKind", names(GroupKind.values())),
        Arguments.of("archive", "lifecycleStatus", names(LifecycleStatus.values())),
        Arguments.of("archive", "scorerRole", names(ScorerRole.values())),
        Arguments.of("archive", "votePurpose", names(VotePurpose.values())));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** The scoring methods' wire names, from the core's sealed interface. */
  private static List<String> methodTypes() {
    List<ScoringMethod> all = List.of(new ScoringMethod.Manual(), new ScoringMethod.PassFail(),
        new ScoringMethod.AgainstTarget(List.of(new Tier(BigDecimal.ONE, BigDecimal.ONE)), BigDecimal.ONE),
        new ScoringMethod.PerOccurrence(BigDecimal.ONE), new ScoringMethod.RelativeToGroup(BigDecimal.ONE));
    assertThat(ScoringMethod.class.getPermittedSubclasses()).as("a new scoring method needs its schema")
        .hasSize(all.size());
    return all.stream().map(ScoringMethod::type).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("enums")
  void enumsListExactlyTheCoreValues(String document, String def, List<String> expected) {
    JsonNode node = JsonSchemas.tree(document).path("$defs").path(def);
    assertThat(strings(node.path("enum"))).as("%s $defs/%s", document, def).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyEnumIsOneCheckedHere(String document, Class<?> record, DocumentType type) {
    Set<String> checked = new HashSet<>();
    enums().map(Arguments::get).filter(a -> a[0].equals(document)).forEach(a -> checked.add("#/$defs/" + a[1]));
    List<String> found = new ArrayList<>();
    walk(JsonSchemas.tree(document), "#", (pointer, node) -> {
      if (node.has("enum")) {
        found.add(pointer);
      }
    });
    for (String pointer : found) {
      boolean parameterChoice = pointer.startsWith("#/$defs/params-"); // checked against the catalogue below
      assertThat(checked.contains(pointer) || parameterChoice).as("enum at %s is compared with the core", pointer)
          .isTrue();
    }
    assertThat(found).containsAll(checked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void documentsAreTheirWireNames(String document, Class<?> record, DocumentType type) {
    assertThat(JsonSchemas.file(document)).exists();
    assertThat(DocumentType.ofWire(document)).contains(type);
  }

  // ---------------------------------------------------------------- rule parameters against the catalogue

  private static final Map<ParameterType, String> PARAMETER_DEFS = Map.of(
      ParameterType.COUNT, "paramCount", ParameterType.DECIMAL, "paramDecimal", ParameterType.TEXT, "paramText",
      ParameterType.BOOLEAN, "paramBoolean", ParameterType.TEXT_LIST, "paramTextList",
      ParameterType.COUNT_MAP, "paramCountMap", ParameterType.GROUP_KINDS, "paramGroupKinds",
      ParameterType.STATUSES, "paramStatuses", ParameterType.ROLES, "paramRoles",
      ParameterType.SEVERITY, "paramSeverity");

  @Test
  void everyParameterTypeHasADefinition() {
    Set<ParameterType> types = new HashSet<>(Arrays.asList(ParameterType.values()));
    types.remove(ParameterType.CHOICE); // an inline enum of the spec's choices
    assertThat(PARAMETER_DEFS.keySet()).isEqualTo(types);
    JsonNode defs = JsonSchemas.tree("rule-set").path("$defs");
    PARAMETER_DEFS.values().forEach(d -> assertThat(defs.has(d)).as(d).isTrue());
    assertThat(str(defs.path("paramCount").path("type"))).isEqualTo("integer");
    assertThat(defs.path("paramCount").path("minimum").asInt()).isZero();
    assertThat(defs.path("paramCount").path("maximum").asLong()).isEqualTo(Numbers.limit().longValue() - 1);
    assertThat(defs.path("paramDecimal").path("minimum").asInt()).isZero();
    assertThat(defs.path("paramDecimal").path("exclusiveMaximum").decimalValue()).isEqualByComparingTo(Numbers.limit());
    assertThat(str(defs.path("paramGroupKinds").path("items").path("$ref"))).isEqualTo("#/$defs/groupKind");
    assertThat(str(defs.path("paramStatuses").path("items").path("$ref")))
        .isEqualTo("#/$defs/lifecycleStatus");
    assertThat(str(defs.path("paramRoles").path("items").path("$ref"))).isEqualTo("#/$defs/scorerRole");
    assertThat(str(defs.path("paramSeverity").path("$ref"))).isEqualTo("#/$defs/severity");
  }

  @Test
  void everyCatalogueKindHasItsParametersAndNoOtherKindDoes() {
    JsonNode root = JsonSchemas.tree("rule-set");
    JsonNode defs = root.path("$defs");
    List<String> kinds = RuleKinds.all().stream().map(RuleKind::id).toList();
    assertThat(names(defs).stream().filter(n -> n.startsWith("params-")).map(n -> n.substring(7)).toList())
        .as("$defs/params-<kind>").containsExactlyInAnyOrderElementsOf(kinds);
    JsonNode rule = defs.path("rule");
    assertThat(strings(rule.path("properties").path("kind").path("examples")))
        .as("the kind's examples, offered by editors").containsExactlyElementsOf(kinds);

    Map<String, JsonNode> branches = new TreeMap<>();
    rule.path("allOf").forEach(b -> branches.put(str(b.path("if").path("properties").path("kind").path("const")), b));
    assertThat(branches.keySet()).containsExactlyInAnyOrderElementsOf(kinds);
    for (RuleKind kind : RuleKinds.all()) {
      JsonNode branch = branches.get(kind.id());
      assertThat(strings(branch.path("if").path("required"))).containsExactly("kind");
      assertThat(str(branch.path("then").path("properties").path("params").path("$ref")))
          .isEqualTo("#/$defs/params-" + kind.id());
      boolean anyRequired = kind.parameters().stream().anyMatch(ParameterSpec::required);
      assertThat(strings(branch.path("then").path("required"))).as("%s needs params", kind.id())
          .isEqualTo(anyRequired ? List.of("params") : List.of());

      JsonNode params = defs.path("params-" + kind.id());
      String where = "$defs/params-" + kind.id();
      assertThat(str(params.path("type"))).isEqualTo("object");
      assertThat(params.path("additionalProperties").isBoolean()
          && !params.path("additionalProperties").asBoolean()).as(where).isTrue();
      assertThat(str(params.path("description"))).as(where)
          .isEqualTo("Parameters of " + kind.id() + ": " + kind.description().en() + ".");
      assertThat(names(params.path("properties"))).as(where)
          .containsExactlyElementsOf(kind.parameters().stream().map(ParameterSpec::name).toList());
      assertThat(strings(params.path("required"))).as(where).containsExactlyElementsOf(
          kind.parameters().stream().filter(ParameterSpec::required).map(ParameterSpec::name).toList());
      for (ParameterSpec spec : kind.parameters()) {
        JsonNode p = params.path("properties").path(spec.name());
        String at = where + "/" + spec.name();
        assertThat(str(p.path("description"))).as(at).isEqualTo(spec.description().en());
        if (spec.type() == ParameterType.CHOICE) {
          assertThat(strings(p.path("enum"))).as(at).containsExactlyElementsOf(spec.choices());
        } else {
          assertThat(str(p.path("$ref"))).as(at).isEqualTo("#/$defs/" + PARAMETER_DEFS.get(spec.type()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- conventions

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyPropertyIsDescribedAndEveryObjectRefusesUnknownFields(String document, Class<?> record,
      DocumentType type) {
    JsonNode root = JsonSchemas.tree(document);
    List<String> problems = new ArrayList<>();
    walk(root, "#", (pointer, node) -> {
      if (node.has("properties")) {
        if (!(node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean())) {
          problems.add(pointer + ": properties without additionalProperties: false");
        }
        node.path("properties").properties().forEach(e -> {
          if (str(e.getValue().path("description")).isBlank()) {
            problems.add(pointer + "/properties/" + e.getKey() + ": no description");
          }
        });
      }
      if ("object".equals(str(node.path("type"))) && !node.has("properties")
          && !node.path("additionalProperties").isObject()) {
        problems.add(pointer + ": an object that neither lists its properties nor types its values");
      }
      if (node.has("$ref")) {
        String ref = str(node.path("$ref"));
        if (!ref.startsWith("#/$defs/") || !root.path("$defs").has(ref.substring(8))) {
          problems.add(pointer + ": $ref " + ref + " is not a definition of this file");
        }
      }
    });
    root.path("$defs").properties().forEach(e -> {
      if (str(e.getValue().path("description")).isBlank()) {
        problems.add("#/$defs/" + e.getKey() + ": no description");
      }
    });
    assertThat(problems).isEmpty();
  }

  /**
   * Every number of a document is bounded as the reader bounds it ({@link Numbers}: a magnitude below 10^9), with
   * these bounds or tighter ones. The schemas do not count decimals nor see exponents (see the schemas' README):
   * those are the reader's checks.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyNumberIsWithinTheBoundsOfTheReader(String document, Class<?> record, DocumentType type) {
    BigDecimal limit = Numbers.limit();
    List<String> problems = new ArrayList<>();
    walk(JsonSchemas.tree(document), "#", (pointer, node) -> {
      Set<String> types = new HashSet<>();
      node.path("type").forEach(t -> types.add(t.stringValue()));
      if (node.path("type").isString()) {
        types.add(node.path("type").stringValue());
      }
      if (!types.contains("number") && !types.contains("integer")) {
        return;
      }
      if (!within(node, "minimum", "exclusiveMinimum", limit.negate()) || !within(node, "maximum",
          "exclusiveMaximum", limit)) {
        problems.add(pointer + ": not bounded within (-" + limit + ", " + limit + ")");
      }
    });
    assertThat(problems).isEmpty();
  }

  /** Whether a schema's bound on one side keeps its numbers strictly inside a limit (negative for the lower one). */
  private static boolean within(JsonNode node, String inclusive, String exclusive, BigDecimal limit) {
    int side = limit.signum();
    if (node.has(exclusive)) {
      return node.path(exclusive).decimalValue().compareTo(limit) * side <= 0;
    }
    return node.has(inclusive) && node.path(inclusive).decimalValue().compareTo(limit) * side < 0;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyDefinitionIsUsed(String document, Class<?> record, DocumentType type) {
    JsonNode root = JsonSchemas.tree(document);
    Set<String> used = new HashSet<>();
    collectRefs(root, used);
    assertThat(used).containsAll(names(root.path("$defs")).stream().map(n -> "#/$defs/" + n).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void theSchemaIsAValidDraft202012Schema(String document, Class<?> record, DocumentType type) {
    assertThat(JsonSchemas.metaSchema().validate(JsonSchemas.tree(document))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void idPatternsAreTheCoresPatterns(String document, Class<?> record, DocumentType type) {
    JsonNode defs = JsonSchemas.tree(document).path("$defs");
    // Ids.ID (UnitId, GroupId, OrganiserId, province ids)
    assertThat(str(defs.path("id").path("pattern"))).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$");
    if (document.equals("rule-set")) {
      // RuleSetId.FORM, Rule.ID
      assertThat(str(defs.path("ruleSetId").path("pattern"))).isEqualTo("^[a-z0-9][a-z0-9.-]{0,127}$");
      assertThat(str(defs.path("ruleId").path("pattern")))
          .isEqualTo("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$");
    }
    if (List.of("province", "group-year", "archive").contains(document)) {
      // Ids.CODE (UnitKind, UnitLevel, OrganiserKind, sectors, titles)
      assertThat(str(defs.path("code").path("pattern"))).isEqualTo("^[A-Z][A-Z0-9_]{0,63}$");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Follows local references to the schema they name. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode at = node;
    for (int hops = 0; at.has("$ref"); hops++) {
      assertThat(hops).as("a $ref cycle").isLessThan(10);
      String ref = str(at.path("$ref"));
      assertThat(ref).startsWith("#/$defs/");
      at = root.path("$defs").path(ref.substring("#/$defs/".length()));
      assertThat(at.isMissingNode()).as("%s exists", ref).isFalse();
    }
    return at;
  }

  /**
   * Visits every subschema that declares something, by its JSON pointer; not the conditions and consequences of
   * if/then/else and not, which only restrict what is declared elsewhere.
   */
  private static void walk(JsonNode node, String pointer, java.util.function.BiConsumer<String, JsonNode> visit) {
    if (!node.isObject()) {
      return;
    }
    visit.accept(pointer, node);
    for (String key : List.of("properties", "$defs")) {
      node.path(key).properties().forEach(e -> walk(e.getValue(), pointer + "/" + key + "/" + e.getKey(), visit));
    }
    for (String key : List.of("items", "additionalProperties", "propertyNames")) {
      walk(node.path(key), pointer + "/" + key, visit);
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      for (int i = 0; i < node.path(key).size(); i++) {
        JsonNode branch = node.path(key).get(i);
        if (!branch.has("if")) {
          walk(branch, pointer + "/" + key + "/" + i, visit);
        }
      }
    }
  }

  private static void collectRefs(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        out.add(str(node.path("$ref")));
      }
      node.properties().forEach(e -> collectRefs(e.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.propertyNames().forEach(out::add);
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(str(n)));
    return out;
  }

  /** The text of a string node; empty for any other node, missing ones included. */
  private static String str(JsonNode node) {
    return node.isString() ? node.stringValue() : "";
  }
}
