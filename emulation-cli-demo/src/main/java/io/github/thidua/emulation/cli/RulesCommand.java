package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.rules.RemovedRule;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code emulation rules}: a resolved rule set, with the layer and citation of each value. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Bộ quy tắc đang áp dụng: từng quy tắc với tham số, tầng quy định và căn cứ pháp lý.",
        "The rules in force: each rule with its parameters, the layer that set it and its legal citation."},
    subcommands = RulesDiffCommand.class,
    footerHeading = "%nExamples:%n",
    footer = {"  emulation rules",
        "  emulation rules --group cum-so-gddt-1 --lang en",
        "  emulation rules --rules vn-two-tier-example --date 2025-12-31",
        "  emulation rules diff vn-hung-yen vn-two-tier-example"})
final class RulesCommand extends DataCommand {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Ngày áp dụng (mặc định: ngày tham chiếu của dữ liệu) / the day (default: the data's reference day)")
  Optional<String> date = Optional.empty();

  /**
   * One rule in force, for JSON.
   *
   * @param id the rule's id
   * @param kind its kind
   * @param scope national law, central guidance, local or derived
   * @param params its parameters, by name
   * @param layer the layer that set it
   * @param level that layer's level
   * @param overridden the layers whose definitions it replaced
   * @param citation the legal text
   */
  record RuleLine(String id, String kind, String scope, Map<String, Object> params, String layer, String level,
      List<String> overridden, String citation) {
    static RuleLine of(ResolvedRule r) {
      return new RuleLine(r.id(), r.rule().kind(), r.rule().scope().name(),
          new TreeMap<>(r.rule().params().asMap()), r.layer().value(), r.level().name(),
          r.overridden().stream().map(Object::toString).toList(), r.citation().text());
    }
  }

  /**
   * The JSON output of {@code rules}.
   *
   * @param date the day resolved for
   * @param organiser the organiser resolved for, or empty
   * @param group the group resolved for, or empty
   * @param layers the layers that applied
   * @param rules the rules in force
   * @param removed the rules removed, with the removing layer and reason
   * @param scales the scales of the applied layers, as {@code id@version}
   */
  record RulesDocument(String date, String organiser, String group, List<String> layers, List<RuleLine> rules,
      List<String> removed, List<String> scales) {}

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("ngày phải có dạng YYYY-MM-DD: '" + text + "'", "a date is YYYY-MM-DD: '" + text + "'");
    }
  }

  @Override
  Output render(Dataset d) {
    RuleTarget target = RuleTarget.on(date.map(RulesCommand::parseDate).orElse(d.province().referenceDate()));
    List<EmulationGroup> chosen = AnnualCycle.groups(d, chosenGroups());
    if (!groups.isEmpty()) {
      if (chosen.size() != 1) {
        throw new UsageException("lệnh rules nhận nhiều nhất một --group", "rules takes at most one --group");
      }
      target = target.forOrganiser(chosen.get(0).organiser()).forGroup(chosen.get(0).id());
    }
    ResolvedRules resolved = d.rules().resolve(target);
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(document(resolved));
      case csv -> csv(resolved);
      case table -> table(d.rules(), resolved);
    }, false);
  }

  static RulesDocument document(ResolvedRules r) {
    return new RulesDocument(r.target().date().toString(), r.target().organiser().map(Object::toString).orElse(""),
        r.target().group().map(Object::toString).orElse(""), r.layers().stream().map(Object::toString).toList(),
        r.rules().stream().map(RuleLine::of).toList(),
        r.removed().stream().map(x -> x.removal().ruleId() + " (" + x.layer() + ": " + x.removal().reason() + ")")
            .toList(),
        r.scales().stream().map(s -> s.id() + "@" + s.version()).toList());
  }

  static String params(ResolvedRule r) {
    return String.join("; ", new TreeMap<>(r.rule().params().asMap()).entrySet().stream()
        .map(e -> e.getKey() + "=" + value(e.getValue())).toList());
  }

  /** A parameter value as people write it: decimals in plain notation, lists and maps spelled out. */
  static String value(Object v) {
    if (v instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof List<?> l) {
      return "[" + String.join(", ", l.stream().map(RulesCommand::value).toList()) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      return "{" + String.join(", ", new TreeMap<>(m).entrySet().stream()
          .map(e -> e.getKey() + "=" + value(e.getValue())).toList()) + "}";
    }
    return String.valueOf(v);
  }

  private static String csv(ResolvedRules r) {
    Csv c = new Csv("id", "kind", "scope", "params", "layer", "level", "overridden", "citation");
    for (ResolvedRule x : r.rules()) {
      c.row(x.id(), x.rule().kind(), x.rule().scope(), params(x), x.layer(), x.level(), Csv.join(x.overridden()),
          x.citation().text());
    }
    return c.toString();
  }

  private String table(RuleBook book, ResolvedRules r) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(lang.t("Bộ quy tắc ", "Rule set ") + book.leaf().id() + " "
        + book.leaf().version() + " — " + lang.t(book.leaf().name()) + "\n");
    s.append(lang.t("Áp dụng ngày ", "In force on ")).append(r.target().date());
    r.target().organiser().ifPresent(o -> s.append(lang.t(", đơn vị tổ chức ", ", organiser ")).append(o));
    r.target().group().ifPresent(g -> s.append(lang.t(", cụm, khối ", ", group ")).append(g));
    s.append("; ").append(lang.t("các tầng: ", "layers: "))
        .append(String.join(" → ", r.layers().stream().map(Object::toString).toList())).append("\n\n");
    for (ResolvedRule x : r.rules()) {
      s.append(x.id()).append(x.id().equals(x.rule().kind()) ? "" : " (" + x.rule().kind() + ")").append('\n');
      s.append("  ").append(lang.t("tham số: ", "params: ")).append(params(x).isEmpty() ? "—" : params(x))
          .append('\n');
      s.append("  ").append(lang.t("tầng: ", "layer: ")).append(x.layer()).append(" [").append(x.level())
          .append("] · ").append(x.rule().scope());
      if (!x.overridden().isEmpty()) {
        s.append(lang.t(" · thay cho ", " · overrides ")).append(x.overridden());
      }
      s.append('\n').append("  ").append(lang.t("căn cứ: ", "citation: ")).append(x.citation().text())
          .append("\n\n");
    }
    for (RemovedRule x : r.removed()) {
      s.append(lang.t("Đã bỏ: ", "Removed: ")).append(x.removal().ruleId()).append(lang.t(" bởi ", " by "))
          .append(x.layer()).append(" — ").append(x.removal().reason()).append('\n');
    }
    if (!r.scales().isEmpty()) {
      s.append(lang.t("Thang điểm:", "Scales:")).append('\n');
      for (ScoringScale sc : r.scales()) {
        s.append("  ").append(sc.id()).append('@').append(sc.version()).append(" — ").append(lang.t(sc.name()))
            .append(lang.t(" · điểm tối đa ", " · base ")).append(sc.base().toPlainString()).append('\n');
      }
    }
    return s.toString();
  }
}
