package io.github.thidua.emulation.jackson.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.thidua.emulation.core.DataFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas of {@code docs/schema}, loaded for tests: one per document type, named
 * {@code <document>.schema.json} after the document's {@code "document"} value. Format assertions are on, so
 * {@code "format": "date"} refuses 2024-02-30 as the reader does.
 */
public final class JsonSchemas {
  /** The document types that have a schema, by their {@code "document"} value. */
  public static final List<String> DOCUMENTS = List.of("rule-set", "scale", "province", "score-sheets", "ballots", "history",
      "proposals", "group-year", "archive");

  /** The schema folder, relative to the module's base directory (where Surefire runs). */
  public static final Path DIR = Path.of("..", "docs", "schema");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  /** Parses like any JSON tool would, with exact decimals and no duplicate keys; no other strictness. */
  private static final JsonMapper PLAIN = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private JsonSchemas() {}

  /**
   * The schema file of a document type.
   *
   * @param document the document type, e.g. {@code rule-set}
   * @return the path
   */
  public static Path file(String document) {
    return DIR.resolve(document + ".schema.json");
  }

  /**
   * The schema file of a document type as a tree.
   *
   * @param document the document type
   * @return the tree
   */
  public static JsonNode tree(String document) {
    try {
      return PLAIN.readTree(Files.readString(file(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The compiled schema of a document type.
   *
   * @param document the document type
   * @return the schema
   */
  public static Schema schema(String document) {
    return SCHEMAS.computeIfAbsent(document, d -> REGISTRY.getSchema(tree(d)));
  }

  /**
   * The 2020-12 meta-schema, bundled with the validator.
   *
   * @return the meta-schema
   */
  public static Schema metaSchema() {
    return REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
  }

  /**
   * Validates an instance.
   *
   * @param document the document type whose schema applies
   * @param instance the instance
   * @return the schema's error messages, empty if the instance is valid
   */
  public static List<String> errors(String document, JsonNode instance) {
    return schema(document).validate(instance).stream().map(Error::toString).toList();
  }

  /**
   * Parses JSON text.
   *
   * @param text the text
   * @return the tree
   */
  public static JsonNode parse(String text) {
    return PLAIN.readTree(text);
  }

  /**
   * Parses JSON bytes (in any encoding Jackson detects).
   *
   * @param bytes the bytes
   * @return the tree
   */
  public static JsonNode parse(byte[] bytes) {
    return PLAIN.readTree(bytes);
  }

  /**
   * Parses YAML text.
   *
   * @param text the text
   * @return the tree
   */
  public static JsonNode parseYaml(String text) {
    return YAML.readTree(text);
  }

  /**
   * Writes a tree as compact JSON text, on one line.
   *
   * @param tree the tree
   * @return the text
   */
  public static String write(JsonNode tree) {
    return PLAIN.writeValueAsString(tree);
  }

  /**
   * Writes a tree as JSON text laid out on several lines.
   *
   * @param tree the tree
   * @return the text
   */
  public static String writePretty(JsonNode tree) {
    return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  /**
   * Brings a document up to the current schema version in memory, exactly as the reader does ({@link Migration}):
   * a version 1 document gets its {@code "document"} field and {@code schemaVersion} 2. A tree the migration refuses
   * (no object, a bad or newer version, another document type) is returned unchanged, for the schema to refuse.
   *
   * @param tree the document
   * @param document the document type expected
   * @return a migrated copy, or the tree itself
   */
  public static JsonNode upgraded(JsonNode tree, String document) {
    if (!(tree instanceof ObjectNode object)) {
      return tree;
    }
    DocumentType type = DocumentType.ofWire(document).orElseThrow();
    try {
      return Migration.migrate(object.deepCopy(), type, new Convert("schema-test"));
    } catch (DataFileException refused) {
      return tree;
    }
  }
}
