package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emulation archive FILE}: runs the annual cycle on every group-year of a multi-province archive, one record
 * at a time (memory bounded by one group), one line per record, with a progress bar on standard error. Each record is
 * checked alone, so organiser-wide checks (how many clusters an organiser set up) are left out.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
    description = {"Chạy chu kỳ thi đua trên từng bản ghi của kho lưu trữ nhiều tỉnh, nhiều năm (JSON Lines hoặc "
        + "JSON), từng bản ghi một.",
        "Runs the annual cycle on every group-year of a multi-province, multi-year archive (JSON Lines or JSON), "
            + "one record at a time."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation archive du-lieu-mau/archive.jsonl --layer du-lieu-mau/layers",
        "  emulation archive kho.jsonl --format csv -o tong-hop.csv --progress never"})
final class ArchiveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Tệp lưu trữ (.jsonl hoặc .json) / the archive (.jsonl or .json)")
  Path file;

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = "vn-hung-yen",
      description = "Bộ quy tắc / rule set (default: ${DEFAULT-VALUE})")
  String rules;

  @Option(names = "--layer", paramLabel = "FILE|DIR",
      description = "Thêm tầng quy tắc (tệp hoặc thư mục) / add a layer (a file, or a folder of them)")
  List<Path> layers = new ArrayList<>();

  @Option(names = "--progress", defaultValue = "auto",
      description = "auto | always | never: thanh tiến trình trên stderr / progress bar on stderr "
          + "(auto: only when the output is a terminal)")
  Progress.Mode progress = Progress.Mode.auto;

  @Mixin
  OutputOptions output;

  /**
   * One record's outcome: the JSON line or CSV row of the command.
   *
   * @param record the record's number in the archive, from 1
   * @param province the province's id
   * @param year the year
   * @param group the group's id
   * @param members the number of members
   * @param scored the number of units with a score
   * @param top the first-ranked unit, or empty
   * @param leader the unit the honouring vote chose, or empty
   * @param awards the grants, as {@code AWARD:unit}
   * @param unresolvedTies ties left for lots
   * @param errors errors over every step
   * @param warnings other violations
   */
  record Line(int record, String province, int year, String group, int members, int scored, String top,
      String leader, List<String> awards, int unresolvedTies, long errors, long warnings) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = output.lang;
    long errors = 0;
    int records = 0;
    Progress bar = null;
    try {
      List<RuleSet> extra = new ArrayList<>();
      layers.forEach(l -> extra.addAll(DataOptions.layerFiles(l)));
      RuleBook book = Inputs.rules(rules, extra);
      long size = Files.isRegularFile(file) ? Files.size(file) : -1;
      bar = new Progress(err, size, progress);
      boolean jsonLines = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
      try (Progress.Counting in = new Progress.Counting(open(file));
          ArchiveReader reader = ArchiveReader.open(in, file.getFileName().toString(), jsonLines)) {
        if (output.format == Format.csv) {
          out.print(new Csv("record", "province", "year", "group", "members", "scored", "top", "leader", "awards",
              "unresolvedTies", "errors", "warnings"));
        }
        while (reader.hasNext()) {
          GroupYear record = reader.next();
          records++;
          Line line = line(records, record, book);
          errors += line.errors();
          print(out, lang, line);
          bar.update(in.count(), records);
        }
      }
      bar.finish();
      if (output.format == Format.table) {
        out.println(lang.t(records + " bản ghi, " + errors + " lỗi.", records + " records, " + errors + " errors."));
      }
      out.flush();
      return errors > 0 ? EmulationCli.EXIT_VIOLATIONS : 0;
    } catch (DataFileException e) {
      if (bar != null) {
        bar.finish();
      }
      out.flush();
      err.println("emulation: " + e.describe(lang.locale()));
      if (output.debug) {
        e.printStackTrace(err);
      }
      return EmulationCli.EXIT_USAGE;
    } catch (UsageException e) {
      err.println("emulation: " + e.message(lang));
      return EmulationCli.EXIT_USAGE;
    } catch (IOException e) {
      err.println("emulation: " + lang.t("không đọc được tệp ", "cannot read the file ") + file);
      return EmulationCli.EXIT_USAGE;
    }
  }

  private InputStream open(Path f) {
    try {
      return Files.newInputStream(f);
    } catch (IOException e) {
      throw new UsageException("không mở được tệp " + f, "cannot open the file " + f);
    }
  }

  private static Line line(int n, GroupYear record, RuleBook book) {
    Dataset d = new Dataset(Optional.of(record.provinceId()), record.province(), book, Optional.empty(),
        record.sheets(), record.sessions(), List.of(), List.of(),
        io.github.thidua.emulation.core.audit.CanonicalForm.COMPACT);
    AnnualCycle.Result r = AnnualCycle.run(d, Set.of(record.group().id()), Map.of());
    io.github.thidua.emulation.core.year.GroupYear y = r.groups().get(0);
    // organiser-wide checks (how many clusters an organiser set up) need the whole province: a record holds one group
    List<Violation> all = Stream.concat(r.validation().violations().stream()
        .filter(v -> v.subject().type() != SubjectType.ORGANISER), y.report().violations().stream()).toList();
    long errors = all.stream().filter(v -> v.severity() == Severity.ERROR).count();
    return new Line(n, record.provinceId(), record.year(), record.group().id().value(),
        record.group().members().size(), y.scores().units().size(),
        y.ranking().order().stream().findFirst().map(UnitId::value).orElse(""),
        y.leadingUnit().unit().map(UnitId::value).orElse(""),
        y.plan().grants().stream().map(g -> g.award() + ":" + g.unit()).toList(),
        y.ranking().unresolved().size(), errors, all.size() - errors);
  }

  private void print(PrintWriter out, Lang lang, Line l) {
    switch (output.format) {
      // one JSON object per line (JSON Lines): the indented form joined, which is safe as text never holds a raw
      // line break in JSON
      case json -> out.print(EmulationFiles.toJson(l).replaceAll("\\n\\s*", " ").strip() + "\n");
      case csv -> out.print(Csv.line(l.record(), l.province(), l.year(), l.group(), l.members(), l.scored(),
          l.top(), l.leader(), Csv.join(l.awards()), l.unresolvedTies(), l.errors(), l.warnings()));
      case table -> out.println("#" + l.record() + " " + l.province() + " " + l.year() + " " + l.group() + ": "
          + l.members() + lang.t(" thành viên, đứng đầu ", " members, top ") + (l.top().isEmpty() ? "—" : l.top())
          + lang.t(", khen thưởng ", ", awards ") + (l.awards().isEmpty() ? "—" : String.join(" ", l.awards()))
          + (l.unresolvedTies() > 0 ? lang.t(", đồng điểm chưa phân định ", ", unresolved ties ")
              + l.unresolvedTies() : "")
          + lang.t(", lỗi ", ", errors ") + l.errors());
    }
  }
}
