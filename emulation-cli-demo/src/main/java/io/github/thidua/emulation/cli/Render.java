package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.List;
import java.util.Map;

/** Pieces of text output shared by the commands. */
final class Render {
  private Render() {}

  static String unitName(Province p, UnitId id) {
    return p.unit(id).map(Unit::name).orElse(id.value());
  }

  static String groupName(Province p, io.github.thidua.emulation.core.GroupId id) {
    return p.group(id).map(io.github.thidua.emulation.core.EmulationGroup::name).orElse(id.value());
  }

  static String units(Province p, List<UnitId> ids) {
    return String.join(", ", ids.stream().map(id -> unitName(p, id)).toList());
  }

  static String heading(Lang lang, EmulationGroup g) {
    return (g.kind().name().equals("BLOC") ? lang.t("Khối", "Bloc") : lang.t("Cụm", "Cluster")) + " " + g.id()
        + " — " + g.name();
  }

  static String header(Lang lang, Dataset d, String what) {
    return what + ": " + d.province().name() + ", " + lang.t("năm ", "year ") + d.province().year() + "\n"
        + lang.t("Bộ quy tắc: ", "Rule set: ") + d.rules().leaf().id().value() + " " + d.rules().leaf().version()
        + " (" + lang.t("dữ liệu: ", "data: ")
        + d.origin().orElse(lang.t("bộ dữ liệu mẫu", "the embedded sample")) + ")\n\n";
  }

  /** Violations grouped by subject: severity, code and message on one line each. */
  static String violations(Lang lang, ValidationReport report, String indent) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<Subject, List<Violation>> e : report.bySubject().entrySet()) {
      Subject subject = e.getKey();
      s.append(indent).append(lang.label("subject." + subject.type().name())).append(' ').append(subject.id())
          .append(subject.name().isEmpty() ? "" : " — " + subject.name()).append('\n');
      int sw = e.getValue().stream().mapToInt(v -> Table.width(lang.label("severity." + v.severity().name())))
          .max().orElse(0);
      int cw = e.getValue().stream().mapToInt(v -> v.code().length()).max().orElse(0);
      for (Violation v : e.getValue()) {
        String sev = lang.label("severity." + v.severity().name());
        s.append(indent).append("  ").append(sev).append(" ".repeat(sw - Table.width(sev) + 2))
            .append(v.code()).append(" ".repeat(cw - v.code().length() + 2)).append(lang.t(v.message()))
            .append('\n');
      }
    }
    return s.toString();
  }

  /** The check of a group's proposal: valid, or each problem. */
  static String proposal(Lang lang, ValidationReport p) {
    String head = "  " + lang.t("Kiểm tra đề nghị của cụm, khối: ", "Check of the group's proposal: ");
    return p.violations().isEmpty() ? head + lang.t("hợp lệ", "valid") + "\n"
        : head + lang.t(p.violations().size() + " vấn đề", p.violations().size() + " problem(s)") + "\n"
            + violations(lang, p, "    ");
  }

  static long count(ValidationReport r, Severity severity) {
    return r.violations().stream().filter(v -> v.severity() == severity).count();
  }

  static String totals(Lang lang, ValidationReport r) {
    return r.violations().isEmpty() ? lang.t("Không có vi phạm.", "No violations.")
        : lang.t("Tổng: " + count(r, Severity.ERROR) + " lỗi, " + count(r, Severity.WARNING) + " cảnh báo.",
            "Total: " + count(r, Severity.ERROR) + " errors, " + count(r, Severity.WARNING) + " warnings.");
  }

  static boolean hasErrors(ValidationReport r) {
    return count(r, Severity.ERROR) > 0;
  }
}
