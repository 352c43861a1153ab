package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emulation rules diff A B}: what one rule set changes against another. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"So sánh hai bộ quy tắc: quy tắc chỉ có ở một bên, tham số khác nhau, căn cứ khác nhau.",
        "Compares two rule sets: rules only in one, parameters that differ, citations that differ."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation rules diff vn-hung-yen vn-two-tier-example",
        "  emulation rules diff vn my-province-rules.json --lang en --format json"})
final class RulesDiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "Mã có sẵn hoặc tệp / a shipped id or a file")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Mã có sẵn hoặc tệp / a shipped id or a file")
  String b;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Ngày áp dụng cho cả hai (mặc định: ngày bắt đầu hiệu lực của mỗi bộ) / the day for both "
          + "(default: each rule set's first day)")
  Optional<String> date = Optional.empty();

  @Mixin
  OutputOptions output;

  /**
   * One difference.
   *
   * @param rule the rule id
   * @param change {@code added} (only in B), {@code removed} (only in A) or {@code changed}
   * @param a A's parameters, scope and layer, or empty
   * @param b B's parameters, scope and layer, or empty
   * @param fields what differs: kind, scope, params, citation
   */
  record Difference(String rule, String change, String a, String b, List<String> fields) {}

  /**
   * The JSON output.
   *
   * @param a A's leaf id, version and date resolved
   * @param b B's
   * @param same how many rules are the same in both
   * @param differences the differences, by rule id
   */
  record DiffDocument(String a, String b, int same, List<Difference> differences) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = output.lang;
    try {
      RuleBook bookA = Inputs.rules(a, List.of());
      RuleBook bookB = Inputs.rules(b, List.of());
      ResolvedRules ra = bookA.resolve(RuleTarget.on(day(bookA)));
      ResolvedRules rb = bookB.resolve(RuleTarget.on(day(bookB)));
      DiffDocument doc = diff(name(bookA, ra), name(bookB, rb), ra, rb);
      String text = switch (output.format) {
        case json -> EmulationFiles.toJson(doc);
        case csv -> csv(doc);
        case table -> table(lang, doc);
      };
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return 0;
    } catch (DataFileException e) {
      err.println("emulation: " + e.describe(lang.locale()));
      return EmulationCli.EXIT_USAGE;
    } catch (UsageException e) {
      err.println("emulation: " + e.message(lang));
      return EmulationCli.EXIT_USAGE;
    }
  }

  private LocalDate day(RuleBook book) {
    return date.map(RulesCommand::parseDate).orElse(book.leaf().validFrom());
  }

  private static String name(RuleBook book, ResolvedRules r) {
    return book.leaf().id() + "@" + book.leaf().version() + " (" + r.target().date() + ")";
  }

  static DiffDocument diff(String nameA, String nameB, ResolvedRules a, ResolvedRules b) {
    Map<String, ResolvedRule> byA = new TreeMap<>();
    a.rules().forEach(r -> byA.put(r.id(), r));
    Map<String, ResolvedRule> byB = new TreeMap<>();
    b.rules().forEach(r -> byB.put(r.id(), r));
    TreeSet<String> ids = new TreeSet<>(byA.keySet());
    ids.addAll(byB.keySet());
    List<Difference> out = new ArrayList<>();
    int same = 0;
    for (String id : ids) {
      ResolvedRule x = byA.get(id);
      ResolvedRule y = byB.get(id);
      if (x == null) {
        out.add(new Difference(id, "added", "", describe(y), List.of()));
      } else if (y == null) {
        out.add(new Difference(id, "removed", describe(x), "", List.of()));
      } else {
        List<String> fields = new ArrayList<>();
        if (!x.rule().kind().equals(y.rule().kind())) {
          fields.add("kind");
        }
        if (x.rule().scope() != y.rule().scope()) {
          fields.add("scope");
        }
        if (!Objects.equals(x.rule().params(), y.rule().params())) {
          fields.add("params");
        }
        if (!x.citation().equals(y.citation())) {
          fields.add("citation");
        }
        if (fields.isEmpty()) {
          same++;
        } else {
          out.add(new Difference(id, "changed", describe(x), describe(y), fields));
        }
      }
    }
    return new DiffDocument(nameA, nameB, same, out);
  }

  private static String describe(ResolvedRule r) {
    String p = RulesCommand.params(r);
    return (p.isEmpty() ? "—" : p) + " [" + r.rule().scope() + ", " + r.layer() + "]";
  }

  private static String csv(DiffDocument d) {
    Csv c = new Csv("rule", "change", "a", "b", "fields");
    d.differences().forEach(x -> c.row(x.rule(), x.change(), x.a(), x.b(), Csv.join(x.fields())));
    return c.toString();
  }

  private static String table(Lang lang, DiffDocument d) {
    StringBuilder s = new StringBuilder(lang.t("So sánh ", "Comparing ") + "A = " + d.a() + lang.t(" với ", " with ")
        + "B = " + d.b() + "\n\n");
    for (Difference x : d.differences()) {
      switch (x.change()) {
        case "added" -> s.append("+ ").append(x.rule()).append(lang.t("  (chỉ có ở B)", "  (only in B)"))
            .append("\n    B: ").append(x.b()).append('\n');
        case "removed" -> s.append("- ").append(x.rule()).append(lang.t("  (chỉ có ở A)", "  (only in A)"))
            .append("\n    A: ").append(x.a()).append('\n');
        default -> s.append("~ ").append(x.rule()).append(lang.t("  (khác: ", "  (differs: "))
            .append(String.join(", ", x.fields())).append(")\n    A: ").append(x.a()).append("\n    B: ")
            .append(x.b()).append('\n');
      }
    }
    s.append('\n').append(lang.t(d.differences().size() + " khác biệt, " + d.same() + " quy tắc giống nhau.",
        d.differences().size() + " differences, " + d.same() + " rules the same.")).append('\n');
    return s.toString();
  }
}
