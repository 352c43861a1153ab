package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearReport;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code emulation report}: the whole annual cycle as one standalone HTML page, for people to open in a browser or
 * on a phone. Unlike the other commands it writes a file even without {@code -o} ({@value #DEFAULT_FILE} in the
 * current folder): HTML on a terminal helps nobody, and a file is always UTF-8 whatever the console's encoding. It
 * then prints the file's name. {@code --format} other than {@code table} is a usage error: the report is HTML only
 * ({@code run --format json|csv} gives the same results as data), so its help does not offer the option. With
 * {@code --group}, the organisation and rule-set check shows only the findings that concern the chosen groups.
 */
@Command(name = "report", mixinStandardHelpOptions = true, modelTransformer = ReportCommand.HtmlOnly.class,
    description = {"Báo cáo HTML độc lập của cả chu kỳ năm (mở bằng trình duyệt, đọc được trên điện thoại): tổng hợp, "
        + "kiểm tra tổ chức, biểu đồ điểm, xếp hạng, biểu quyết, khen thưởng, luân phiên từng cụm, khối. "
        + "Mặc định ghi ra " + ReportCommand.DEFAULT_FILE + ".",
        "A standalone HTML report of the annual cycle (open it in a browser, readable on a phone): summary, "
            + "organisation check, score chart, ranking, vote, awards and rotation per group. Written to "
            + ReportCommand.DEFAULT_FILE + " unless -o names another file."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation report",
        "  emulation report --lang en -o cycle-report.html",
        "  emulation report --data du-lieu-mau -g cum-so-gddt-1 -o cum-1.html"})
final class ReportCommand extends CycleCommand {

  /**
   * Hides {@code --format}, which the report inherits from the shared output options, from its help: the report is
   * HTML only. The option stays accepted, so {@code --format json} gets a message that points to {@code run}.
   */
  static final class HtmlOnly implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      OptionSpec format = spec.findOption("--format");
      spec.remove(format);
      spec.addOption(OptionSpec.builder(format).hidden(true).build());
      return spec;
    }
  }

  /** Where the report goes without {@code -o}, in the current folder. */
  static final String DEFAULT_FILE = "bao-cao-thi-dua.html";

  @Override
  Output render(Dataset d) {
    if (format() != Format.table) {
      throw new UsageException("báo cáo chỉ có dạng HTML; --format " + format() + " dùng với lệnh run",
          "the report is HTML only; for --format " + format() + " use the run command");
    }
    AnnualCycle.Result r = cycle(d);
    boolean chosen = !chosenGroups().isEmpty();
    if (chosen) {
      List<EmulationGroup> groups = r.groups().stream().map(GroupYear::group).toList();
      ValidationReport shown = concerning(d, groups, r.validation());
      java.util.Set<io.github.thidua.emulation.core.validation.Violation> keep =
          new java.util.HashSet<>(shown.violations());
      ProvinceYear y = r.year();
      YearReport findings = new YearReport(y.report().findings().stream()
          .filter(f -> f.group().isPresent() || keep.contains(f.violation())).toList());
      r = new AnnualCycle.Result(d, new ProvinceYear(y.year(), shown, y.apportionments(), y.groups(), y.council(),
          findings));
    }
    return new Output(new HtmlReport(lang(), r, chosen).render(), r.hasErrors());
  }

  /**
   * The findings of the organisation and rule-set check that concern the given groups. A finding that names groups
   * (as its subject or among the related subjects) concerns them if one of those groups is given; any other finding
   * if it is about one of their member units, one of their organisers, the province, a rule-set layer that applies
   * to them (national, provincial, their organiser's or their own) or a scale bound to them.
   */
  static ValidationReport concerning(Dataset d, List<EmulationGroup> groups, ValidationReport report) {
    Set<String> ids = new HashSet<>();
    for (EmulationGroup g : groups) {
      ids.add(SubjectType.GROUP + ":" + g.id().value());
      g.distinctMembers().forEach(u -> ids.add(SubjectType.UNIT + ":" + u.value()));
      ids.add(SubjectType.ORGANISER + ":" + g.organiser().value());
      for (RuleSet layer : d.rules().layers()) {
        if (layer.target().map(t -> t.equals(layer.level() == LayerLevel.GROUP ? g.id().value()
            : g.organiser().value())).orElse(true)) {
          ids.add(SubjectType.RULE_SET + ":" + layer.id().value());
        }
        for (ScoringScale s : layer.scales()) {
          if (s.binding().group().map(g.id()::equals).orElse(false)
              || s.binding().organiser().map(g.organiser()::equals).orElse(false)) {
            ids.add(SubjectType.SCALE + ":" + s.id());
          }
        }
      }
    }
    return new ValidationReport(report.violations().stream().filter(v -> concerns(v, ids)).toList());
  }

  /** Whether a finding concerns the subjects given as {@code TYPE:id}; a rule or a scale node counts as its owner. */
  private static boolean concerns(Violation v, Set<String> ids) {
    List<Subject> named = Stream.concat(Stream.of(v.subject()), v.related().stream()).toList();
    List<Subject> groups = named.stream().filter(s -> s.type() == SubjectType.GROUP).toList();
    if (!groups.isEmpty()) {
      return groups.stream().anyMatch(s -> ids.contains(s.type() + ":" + s.id()));
    }
    return named.stream().anyMatch(s -> s.type() == SubjectType.PROVINCE
        || ids.contains(s.type() + ":" + s.id().split("#")[0]));
  }

  /** The file the report is written to. */
  Path target() {
    return output.output.orElse(Path.of(DEFAULT_FILE));
  }

  @Override
  void write(String text) {
    Path target = target();
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("không ghi được tệp " + target, "cannot write the file " + target);
    }
    spec.commandLine().getOut().println(lang().t("Đã ghi báo cáo: ", "Report written to ") + target);
  }
}
