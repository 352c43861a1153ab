package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the rule book of a command from a shipped id or a rule-set file, plus extra layers. */
final class Inputs {
  private Inputs() {}

  /**
   * Builds the rule book: a shipped id or a rule-set file (whose parents are looked up among the shipped rule
   * sets), plus extra organiser or group layers from files.
   */
  static RuleBook rules(String rules, List<RuleSet> layers) {
    List<RuleSet> all = new ArrayList<>();
    if (RuleSets.embeddedIds().contains(rules)) {
      all.addAll(RuleSets.embedded(rules).layers());
    } else {
      Path file = Path.of(rules);
      if (!Files.exists(file)) {
        throw new DataFileException(rules, "", 0, 0, new LocalizedText(
            "không phải mã bộ quy tắc có sẵn " + RuleSets.embeddedIds() + " và cũng không phải tệp tồn tại",
            "neither a shipped rule set id " + RuleSets.embeddedIds() + " nor an existing file"), null);
      }
      RuleSet leaf = EmulationFiles.readRuleSet(file);
      all.add(leaf);
      leaf.parent().map(RuleSetId::value).ifPresent(parent -> {
        if (!RuleSets.embeddedIds().contains(parent)) {
          throw new DataFileException(file.getFileName().toString(), "$.extends", 0, 0, new LocalizedText(
              "kế thừa bộ quy tắc '" + parent + "' không có sẵn; có sẵn: " + RuleSets.embeddedIds(),
              "extends '" + parent + "', which is not shipped; shipped: " + RuleSets.embeddedIds()), null);
        }
        all.addAll(RuleSets.embedded(parent).layers());
      });
    }
    all.addAll(layers);
    return RuleBook.of(all);
  }
}
