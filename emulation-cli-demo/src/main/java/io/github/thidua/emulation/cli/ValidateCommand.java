package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code emulation validate}: checks a province's organisation, the rule book, the score sheets and each group's
 * award proposal for its year, and prints the report grouped by subject.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Kiểm tra tổ chức cụm, khối, bộ quy tắc, phiếu chấm và đề nghị khen thưởng (mặc định: bộ dữ liệu mẫu Hưng "
            + "Yên 2024).",
        "Validate the organisation of clusters and blocs, the rule set, the score sheets and the award proposals "
            + "(default: the Hưng Yên 2024 sample)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  emulation validate",
        "  emulation validate --lang en --format json",
        "  emulation validate --province my-province.json --rules vn-two-tier-example",
        "  emulation validate --rules my-province-rules.json --layer so-gddt-rules.json",
        "  emulation validate --data du-lieu-mau --proposals de-nghi.json"})
final class ValidateCommand extends DataCommand {

  @Override
  Output render(Dataset d) {
    List<Violation> all = new ArrayList<>(Emulation.validate(d.province(), d.rules()).violations());
    List<EmulationGroup> groups = AnnualCycle.groups(d, chosenGroups());
    if (!d.sheets().isEmpty()) {
      for (EmulationGroup g : groups) {
        all.addAll(AnnualCycle.score(d, g).report().violations());
      }
    }
    all.addAll(proposals(d, groups));
    ValidationReport report = new ValidationReport(all);
    String text = switch (format()) {
      case json -> EmulationFiles.toJson(ValidationDocument.of(d.province(), d.rules(), report));
      case csv -> csv(report);
      case table -> table(d.province(), d.rules(), report);
    };
    return new Output(text, !report.isValid());
  }

  /**
   * The check of each group's proposal for its year, as {@code allocate} checks it; a proposal for a group that is
   * not in the data is a usage error.
   */
  private static List<Violation> proposals(Dataset d, List<EmulationGroup> groups) {
    for (Proposal p : d.proposals()) {
      if (d.province().group(p.group()).isEmpty()) {
        throw new UsageException("có đề nghị khen thưởng của cụm, khối '" + p.group() + "' không có trong dữ liệu",
            "a proposal is for group '" + p.group() + "', which is not in the data");
      }
    }
    List<Violation> all = new ArrayList<>();
    for (EmulationGroup g : groups) {
      AnnualCycle.proposal(d, g).ifPresent(p -> all.addAll(Emulation.validateProposal(d.province(), g.id(),
          p.awards(), p.leader(), d.rules()).violations()));
    }
    return all;
  }

  private String csv(ValidationReport report) {
    Csv c = new Csv("severity", "code", "subjectType", "subject", "name", "observed", "limit", "rule", "layer",
        "message_vi", "message_en");
    for (Violation v : report.violations()) {
      c.row(v.severity(), v.code(), v.subject().type(), v.subject().id(), v.subject().name(),
          v.observed().in(lang().locale()), v.limit().in(lang().locale()), v.rule().id(), v.rule().layer(),
          v.message().vi(), v.message().en());
    }
    return c.toString();
  }

  private String table(Province data, RuleBook book, ValidationReport report) {
    Lang lang = lang();
    StringBuilder out = new StringBuilder();
    RuleSet leaf = book.leaf();
    out.append(lang.label("validate.title", data.name(), String.valueOf(data.year()))).append('\n');
    out.append(lang.label("validate.rules", leaf.name().in(lang.locale()), leaf.id().value(), leaf.version(),
        String.join(" → ", book.layers().stream().map(l -> l.id().value()).toList()))).append('\n');
    out.append(lang.label("validate.counts", data.units().size(), data.organisers().size(), data.groups().size(),
        data.referenceDate().toString())).append("\n\n");
    for (Map.Entry<Subject, List<Violation>> entry : report.bySubject().entrySet()) {
      Subject subject = entry.getKey();
      out.append(lang.label("subject." + subject.type().name())).append(' ').append(subject.id()).append(" — ")
          .append(subject.name()).append('\n');
      for (Violation v : entry.getValue()) {
        out.append(String.format("  %-10s %-26s %s%n", lang.label("severity." + v.severity().name()), v.code(),
            v.message().in(lang.locale())));
        out.append(String.format("  %-10s %-26s %s%n", "", "", lang.label("validate.rule", v.rule().id(),
            v.rule().layer(), v.observed().in(lang.locale()), v.limit().in(lang.locale()))));
      }
      out.append('\n');
    }
    long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = report.violations().size() - errors;
    out.append(report.violations().isEmpty() ? lang.label("validate.clean")
        : lang.label("validate.total", errors, warnings)).append('\n');
    return out.toString();
  }
}
