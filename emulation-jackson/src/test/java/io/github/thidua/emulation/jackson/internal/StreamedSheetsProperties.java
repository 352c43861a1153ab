package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.RoundTripProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming reader of score sheets ({@link StreamedSheets}) agrees with the full path (tree, migration, binding,
 * conversion): generated valid documents read to equal sheets, and by streaming; generated mutations of them (a key
 * removed, renamed or duplicated, a value of another type, a null, a number beyond the bounds) read to the same
 * sheets or the same located error; and so does every JSON file of the tests and the CLI sample.
 */
class StreamedSheetsProperties {

  /** What a reading gives: the sheets, or the error's words and location. */
  private static Object outcome(Supplier<List<ScoreSheet>> read) {
    try {
      return read.get();
    } catch (DataFileException e) {
      return List.of(e.source(), e.path(), e.line(), e.column(), e.problem(), e.getMessage());
    }
  }

  private static Object streamed(byte[] bytes, String source) {
    return outcome(() -> EmulationFiles.readScoreSheets(new ByteArrayInputStream(bytes), source));
  }

  private static Object full(byte[] bytes, String source) {
    return outcome(() -> Mapping.readScoreSheetsInFull(new ByteArrayInputStream(bytes), source));
  }

  private static List<ScoreSheet> fastPath(byte[] bytes) {
    return StreamedSheets.read(Mapping.JSON_FACTORY, bytes);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> Gen<T> seeded(java.util.function.Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  // ---------------------------------------------------------------- valid documents

  /** A valid document of generated sheets, written as the library writes it or in one of its variants. */
  private static String valid(Random r) {
    List<ScoreSheet> sheets = RoundTripProperties.sheets(r);
    String written = EmulationFiles.writeScoreSheets(sheets, DocumentFormat.JSON);
    if (r.nextInt(4) == 0) {
      return written;
    }
    ObjectNode root = (ObjectNode) Mapping.Mappers.MAPPER.readTree(written);
    vary(root, r);
    String text = r.nextBoolean() ? Mapping.Mappers.MAPPER.writeValueAsString(root)
        : Mapping.Mappers.MAPPER.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(root);
    return r.nextBoolean() ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  /** Reorders keys, writes absent optional values as null or leaves defaults out, recursively. */
  private static void vary(JsonNode node, Random r) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(o.properties());
      Collections.shuffle(entries, r);
      o.removeAll();
      for (Map.Entry<String, JsonNode> e : entries) {
        JsonNode v = e.getValue();
        boolean defaulted = (v.isArray() && v.isEmpty()) || (v.isString() && v.stringValue().isEmpty()
            && !e.getKey().equals("scorer")) || (e.getKey().equals("count") && v.isInt() && v.intValue() == 1);
        if (defaulted && r.nextBoolean()) {
          if (!v.isArray() && r.nextBoolean()) {
            o.putNull(e.getKey());
          }
          continue;
        }
        o.set(e.getKey(), v);
        vary(v, r);
      }
      if (o.has("criterion") && !o.has("target") && r.nextInt(3) == 0) {
        o.putNull("target");
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(v -> vary(v, r));
    }
  }

  @Test
  void aValidDocumentIsStreamedToTheSheetsOfTheFullPath() {
    qt().withExamples(300).forAll(seeded(StreamedSheetsProperties::valid)).checkAssert(text -> {
      byte[] bytes = utf8(text);
      List<ScoreSheet> streamed = fastPath(bytes);
      assertThat(streamed).as("streamed, not read in full: %s", text).isNotNull();
      assertThat(streamed).isEqualTo(full(bytes, "sheets.json"));
      assertThat(streamed).isEqualTo(streamed(bytes, "sheets.json"));
    });
  }

  // ---------------------------------------------------------------- mutated documents

  /** One value of a document, by its container and key or index. */
  private record Site(JsonNode container, String key, int index) {
    JsonNode value() {
      return key != null ? container.get(key) : container.get(index);
    }

    void set(JsonNode v) {
      if (key != null) {
        ((ObjectNode) container).set(key, v);
      } else {
        ((ArrayNode) container).set(index, v);
      }
    }
  }

  private static void sites(JsonNode node, List<Site> out) {
    if (node instanceof ObjectNode o) {
      for (String k : new ArrayList<>(o.propertyNames())) {
        out.add(new Site(o, k, -1));
        sites(o.get(k), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Site(a, null, i));
        sites(a.get(i), out);
      }
    }
  }

  /** Raw texts put where a placeholder was written: numbers as no writer writes them, a duplicate key. */
  private static final String[] NUMBERS = {"1000000000", "-1000000000", "1e3", "1E400", "2.5e+1", "0.0000000001",
      "1" + "0".repeat(120), "2.0", "1.5", "-0", "0.000000001", "999999999", "-999999999.999999999"};

  /** A valid document with one mutation, often making it invalid. */
  private static String mutated(Random r) {
    List<ScoreSheet> sheets = RoundTripProperties.sheets(r);
    if (sheets.isEmpty()) {
      sheets = RoundTripProperties.sheets(new Random(r.nextLong() | 1));
    }
    ObjectNode root = (ObjectNode) Mapping.Mappers.MAPPER.readTree(EmulationFiles.writeScoreSheets(sheets,
        DocumentFormat.JSON));
    List<Site> sites = new ArrayList<>();
    sites(root, sites);
    Site site = sites.get(r.nextInt(sites.size()));
    JsonNode v = site.value();
    String raw = null;
    switch (r.nextInt(9)) {
      case 0 -> { // a key removed (or an element)
        if (site.key() != null) {
          ((ObjectNode) site.container()).remove(site.key());
        } else {
          ((ArrayNode) site.container()).remove(site.index());
        }
      }
      case 1 -> { // a key renamed
        if (site.key() != null) {
          ObjectNode o = (ObjectNode) site.container();
          o.remove(site.key());
          o.set(r.nextBoolean() ? site.key() + "s" : site.key().toUpperCase(java.util.Locale.ROOT), v);
        }
      }
      case 2 -> { // a key duplicated
        if (site.key() != null) {
          ((ObjectNode) site.container()).set("@@dup@@", r.nextBoolean() ? v : v.deepCopy());
          raw = site.key();
        }
      }
      case 3 -> site.set(Mapping.Mappers.MAPPER.getNodeFactory().nullNode());
      case 4 -> site.set(Mapping.Mappers.MAPPER.getNodeFactory().stringNode(v.isNumber() ? v.asString() : "x"));
      case 5 -> site.set(r.nextBoolean() ? Mapping.Mappers.MAPPER.getNodeFactory().booleanNode(true)
          : Mapping.Mappers.MAPPER.getNodeFactory().numberNode(5));
      case 6 -> site.set(r.nextBoolean() ? Mapping.Mappers.MAPPER.createArrayNode() : Mapping.Mappers.MAPPER.createObjectNode());
      default -> { // a number as written, often beyond the bounds
        site.set(Mapping.Mappers.MAPPER.getNodeFactory().stringNode("@@num@@"));
        raw = NUMBERS[r.nextInt(NUMBERS.length)];
      }
    }
    String text = Mapping.Mappers.MAPPER.writeValueAsString(root);
    if (raw != null) {
      text = text.replace("\"@@dup@@\"", "\"" + raw + "\"").replace("\"@@num@@\"", raw);
    }
    return text;
  }

  @Test
  void aMutatedDocumentReadsAsTheFullPathReadsIt() {
    qt().withExamples(500).forAll(seeded(StreamedSheetsProperties::mutated)).checkAssert(text -> {
      byte[] bytes = utf8(text);
      assertThat(streamed(bytes, "mutated.json")).as(text).isEqualTo(full(bytes, "mutated.json"));
    });
  }

  // ---------------------------------------------------------------- files

  /** Every JSON file of the tests (the hostile corpus, golden files, …) and the CLI sample, read as sheets. */
  @Test
  void everyJsonFileReadsAsTheFullPathReadsIt() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources"),
        Path.of("../emulation-cli-demo/src/main/resources/io/github/thidua/emulation/cli/sample"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(400);
    int streamed = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      // most files are of version 1, which only the full path reads: as version 2 they are streamed
      String text = new String(bytes, StandardCharsets.UTF_8);
      String current = text.replaceFirst("\"schemaVersion\":\\s*1,",
          "\"schemaVersion\": 2, \"document\": \"score-sheets\",");
      for (byte[] b : text.equals(current) ? List.of(bytes) : List.of(bytes, utf8(current))) {
        assertThat(streamed(b, name)).as(f.toString()).isEqualTo(full(b, name));
        if (fastPath(b) != null) {
          streamed++;
        }
      }
    }
    assertThat(streamed).as("files read by streaming").isGreaterThanOrEqualTo(10);
  }

  @Test
  void theSampleIsStreamed() throws IOException {
    byte[] bytes = Files.readAllBytes(
        Path.of("../emulation-cli-demo/src/main/resources/io/github/thidua/emulation/cli/sample/sheets.json"));
    assertThat(fastPath(bytes)).hasSize(1069).isEqualTo(full(bytes, "sheets.json"));
  }
}
