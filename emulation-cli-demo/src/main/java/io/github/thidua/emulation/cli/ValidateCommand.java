package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulation validate}: checks a province's organisation against a rule set and prints the report. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Kiểm tra tổ chức cụm, khối thi đua (mặc định: tỉnh mẫu Hưng Yên 2024, bộ quy tắc vn-hung-yen).",
        "Validate the organisation of clusters and blocs (default: the Hưng Yên 2024 sample, rule set vn-hung-yen)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  emulation validate",
        "  emulation validate --lang en --format json",
        "  emulation validate --province my-province.json --rules vn-two-tier-example",
        "  emulation validate --rules my-province-rules.json --layer so-gddt-rules.json"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--province", paramLabel = "FILE",
      description = "Tệp dữ liệu tỉnh (JSON); mặc định tỉnh mẫu / province data file; default: the sample")
  Optional<Path> province = Optional.empty();

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = RuleSets.DEFAULT_ID,
      description = "Bộ quy tắc: mã có sẵn hoặc tệp / rule set: a shipped id or a file (default: ${DEFAULT-VALUE})")
  String rules;

  @Option(names = "--layer", paramLabel = "FILE",
      description = "Thêm tầng quy tắc của đơn vị tổ chức hoặc cụm, khối / add an organiser or group layer")
  List<Path> layers = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "vi", description = "vi | en (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--format", defaultValue = "table", description = "table | json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--debug", description = "In chi tiết lỗi kỹ thuật / print stack traces")
  boolean debug;

  /** Output formats. */
  enum Format {
    /** Aligned text, grouped by subject. */
    table,
    /** A JSON document. */
    json
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Province data;
    RuleBook book;
    try {
      data = Inputs.province(province);
      book = Inputs.rules(rules, layers);
    } catch (DataFileException e) {
      err.println("emulation: " + e.describe(lang.locale()));
      if (debug) {
        e.printStackTrace(err);
      }
      return EmulationCli.EXIT_USAGE;
    }
    ValidationReport report = Emulation.validate(data, book);
    if (format == Format.json) {
      out.print(EmulationFiles.toJson(ValidationDocument.of(data, book, report)));
    } else {
      printTable(out, data, book, report);
    }
    return report.isValid() ? 0 : EmulationCli.EXIT_VIOLATIONS;
  }

  private void printTable(PrintWriter out, Province data, RuleBook book, ValidationReport report) {
    RuleSet leaf = book.leaf();
    out.println(lang.label("validate.title", data.name(), String.valueOf(data.year())));
    out.println(lang.label("validate.rules", leaf.name().in(lang.locale()), leaf.id().value(), leaf.version(),
        String.join(" → ", book.layers().stream().map(l -> l.id().value()).toList())));
    out.println(lang.label("validate.counts", data.units().size(), data.organisers().size(), data.groups().size(),
        data.referenceDate().toString()));
    out.println();
    for (Map.Entry<Subject, List<Violation>> entry : report.bySubject().entrySet()) {
      Subject subject = entry.getKey();
      out.println(lang.label("subject." + subject.type().name()) + " " + subject.id() + " — " + subject.name());
      for (Violation v : entry.getValue()) {
        out.printf("  %-10s %-26s %s%n", lang.label("severity." + v.severity().name()), v.code(),
            v.message().in(lang.locale()));
        out.printf("  %-10s %-26s %s%n", "", "", lang.label("validate.rule", v.rule().id(), v.rule().layer(),
            v.observed(), v.limit()));
      }
      out.println();
    }
    long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = report.violations().size() - errors;
    out.println(report.violations().isEmpty() ? lang.label("validate.clean")
        : lang.label("validate.total", errors, warnings));
  }
}
