package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden-file support: the case folders under a root, the rule book a case names, and comparing an actual output
 * with its expected file ({@code -Dgolden.update=true} rewrites the expectations, to be reviewed as a diff).
 */
final class Golden {
  private Golden() {}

  static Stream<String> cases(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** A shipped rule set's id, or a layer file of the case folder with the shipped layers it extends. */
  static RuleBook rules(Path dir, String rules) {
    if (RuleSets.embeddedIds().contains(rules)) {
      return RuleSets.embedded(rules);
    }
    RuleSet layer = EmulationFiles.readRuleSet(dir.resolve(rules));
    List<RuleSet> layers = new ArrayList<>();
    layer.parent().ifPresent(parent -> layers.addAll(RuleSets.embedded(parent.value()).layers()));
    layers.add(layer);
    return RuleBook.of(layers);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  static void assertMatches(Path expected, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("missing expectation; run with -Dgolden.update=true and review it").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
