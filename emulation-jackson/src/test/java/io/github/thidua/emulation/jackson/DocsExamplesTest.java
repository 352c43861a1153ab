package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input document shown in the docs, JSON or YAML, reads without error, so the examples stay true. */
class DocsExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```(json|yaml)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("\"?document\"?\\s*:\\s*\"?([a-z-]+)\"?");

  private static final Map<String, BiFunction<InputStream, String, ?>> READERS = Map.of(
      "rule-set", EmulationFiles::readRuleSet,
      "scale", EmulationFiles::readScale,
      "province", EmulationFiles::readProvince,
      "score-sheets", EmulationFiles::readScoreSheets,
      "ballots", EmulationFiles::readBallots,
      "history", EmulationFiles::readHistory,
      "proposals", EmulationFiles::readProposals);

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<Path> docs;
    try (Stream<Path> list = Files.list(Path.of("..", "docs"))) {
      docs = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path doc : docs) {
      String content = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(content);
      while (m.find()) {
        String text = m.group(2);
        Matcher type = TYPE.matcher(text);
        if (text.contains("schemaVersion") && type.find() && READERS.containsKey(type.group(1))) {
          out.add(Arguments.of(doc.getFileName() + " (" + type.group(1) + ", line "
              + (content.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1) + ")", m.group(1), type.group(1), text));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExampleReads(String where, String syntax, String type, String text) {
    Object value = READERS.get(type).apply(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "example." + syntax);
    assertThat(value).as(where).isNotNull();
  }
}
