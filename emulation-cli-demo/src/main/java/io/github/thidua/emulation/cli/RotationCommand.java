package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.RotationFinding;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code emulation rotation}: the multi-year rotation check (luân phiên). */
@Command(name = "rotation", mixinStandardHelpOptions = true,
    description = {"Kiểm tra luân phiên qua nhiều năm: khen thưởng có đi theo thứ hạng hay theo lượt.",
        "The multi-year rotation check: did awards follow the rankings, or take turns?"},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation rotation",
        "  emulation rotation --history lich-su.yaml --lang en"})
final class RotationCommand extends CycleCommand {

  @Override
  Output render(Dataset d) {
    AnnualCycle.Result r = cycle(d);
    List<RotationReport> reports = r.groups().stream().flatMap(y -> y.rotations().stream()).toList();
    boolean errors = reports.stream().anyMatch(x -> Render.hasErrors(x.report()));
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(Documents.Results.of("rotation", d, reports));
      case csv -> csv(d.province(), reports);
      case table -> table(d, reports);
    }, errors);
  }

  private static String csv(Province p, List<RotationReport> reports) {
    Csv c = new Csv("group", "award", "year", "topRanked", "awardees", "awardeeRanks", "notTopRanked",
        "rotationSuspected");
    for (RotationReport x : reports) {
      for (RotationFinding f : x.years()) {
        c.row(x.group(), x.award(), f.year(), f.topRanked(), Csv.join(f.awardees()), Csv.join(f.awardeeRanks()),
            f.notTopRanked(), x.rotationSuspected());
      }
    }
    return c.toString();
  }

  private String table(Dataset d, List<RotationReport> reports) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Kiểm tra luân phiên", "Rotation check")));
    if (reports.isEmpty()) {
      s.append(lang.t("Không có lịch sử khen thưởng cho các cụm, khối đã chọn.\n",
          "No award history for the chosen groups.\n"));
    }
    long suspected = 0;
    for (RotationReport x : reports) {
      s.append(rotation(lang, d.province(), x));
      suspected += x.rotationSuspected() ? 1 : 0;
    }
    s.append(lang.t("Nghi luân phiên: " + suspected + " trên " + reports.size() + ".",
        "Rotation suspected: " + suspected + " of " + reports.size() + ".")).append('\n');
    return s.toString();
  }

  /** One group's award over the years. */
  static String rotation(Lang lang, Province p, RotationReport x) {
    StringBuilder s = new StringBuilder(Render.heading(lang, p.group(x.group()).orElseThrow()) + " · " + x.award()
        + (x.rotationSuspected() ? lang.t("  ! NGHI LUÂN PHIÊN", "  ! ROTATION SUSPECTED") : "") + "\n");
    Table t = new Table(">" + lang.t("năm", "year"), lang.t("đứng đầu", "top ranked"),
        lang.t("được khen", "awarded"), lang.t("hạng", "rank"), lang.t("khác đứng đầu", "not top"));
    for (RotationFinding f : x.years()) {
      t.row(f.year(), Render.unitName(p, f.topRanked()), Render.units(p, f.awardees()),
          String.join(", ", f.awardeeRanks().stream().map(String::valueOf).toList()),
          f.notTopRanked() ? lang.t("có", "yes") : "");
    }
    if (!t.isEmpty()) {
      s.append(t.render("  "));
    }
    return s.append(Render.violations(lang, x.report(), "  ")).append('\n').toString();
  }
}
