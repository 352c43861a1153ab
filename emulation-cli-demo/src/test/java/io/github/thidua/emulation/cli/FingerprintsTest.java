package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fingerprint of the sample's year, in both canonical forms, against a golden file: the text form must stay
 * byte-identical to the library's first form (a result published under it stays verifiable), and the compact form
 * must not change without a new form. {@code -Dgolden.update=true} rewrites the file.
 */
class FingerprintsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-fingerprints.txt");

  @Test
  void theSamplesFingerprintsInBothFormsAreTheGoldenOnes() throws IOException {
    String text = fingerprints("text");
    String compact = fingerprints("compact");
    String both = "# form text (SHA-256)\n" + text + "# form compact (SHA-256/2)\n" + compact;
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, both, StandardCharsets.UTF_8);
    }
    assertThat(both).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(text).contains(" SHA-256 ").doesNotContain("SHA-256/2");
    assertThat(compact).contains(" SHA-256/2 ").doesNotContain("SHA-256 ");
    // one fingerprint per ranking, vote and plan of the sample, in each form
    assertThat(text.lines().count()).isEqualTo(compact.lines().count()).isGreaterThan(100);
  }

  @Test
  void theFormIsTheCompactOneUnlessAsked() {
    assertThat(fingerprints(null)).isEqualTo(fingerprints("compact"));
  }

  /** Each fingerprint of {@code run --format json}, as "path algorithm hex" lines. */
  private static String fingerprints(String form) {
    Cli.Result r = form == null ? Cli.run("run", "--format", "json")
        : Cli.run("run", "--format", "json", "--fingerprints", form);
    assertThat(r.err()).isEmpty();
    List<String> lines = new ArrayList<>();
    collect(JsonMapper.builder().build().readTree(r.out()), "$", lines);
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static void collect(JsonNode node, String path, List<String> lines) {
    if (node.isObject()) {
      if (node.has("algorithm") && node.has("hex") && node.size() == 2) {
        lines.add(path + " " + node.get("algorithm").asString() + " " + node.get("hex").asString());
        return;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path + "." + e.getKey(), lines);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", lines);
      }
    }
  }
}
