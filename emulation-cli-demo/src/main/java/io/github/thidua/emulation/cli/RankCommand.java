package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.UnresolvedTie;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code emulation rank}: rankings per group, how each tie was decided, unresolved ties called out. */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = {"Xếp hạng từng cụm, khối: đồng điểm được phân định thế nào, đồng điểm chưa phân định được.",
        "Rankings per group: how each tie was decided, and the ties left for lots."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation rank",
        "  emulation rank --group cum-so-gddt-1 --lang en",
        "  emulation rank --group cum-so-gddt-1 --lots cum-so-gddt-1=unit-a,unit-b"})
final class RankCommand extends CycleCommand {

  @Override
  Output render(Dataset d) {
    AnnualCycle.Result r = cycle(d);
    List<Ranking> rankings = r.groups().stream().map(GroupYear::ranking).toList();
    boolean errors = rankings.stream().anyMatch(k -> Render.hasErrors(k.report()));
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(Documents.Results.of("rank", d, rankings));
      case csv -> csv(d.province(), rankings);
      case table -> table(d, r);
    }, errors);
  }

  static String csv(Province p, List<Ranking> rankings) {
    Csv c = new Csv("group", "position", "rank", "unit", "name", "total", "decidedBy", "tiedWith");
    for (Ranking k : rankings) {
      for (RankEntry e : k.entries()) {
        c.row(k.group(), e.position(), e.rank().toPlainString(), e.unit(), Render.unitName(p, e.unit()),
            e.total().toPlainString(), e.decidedBy(), Csv.join(e.tiedWith()));
      }
    }
    return c.toString();
  }

  private String table(Dataset d, AnnualCycle.Result r) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Xếp hạng", "Rankings")));
    long unresolved = 0;
    for (GroupYear y : r.groups()) {
      s.append(Render.heading(lang, y.group())).append('\n').append(ranking(lang, d.province(), y.ranking()));
      unresolved += y.ranking().unresolved().size();
    }
    s.append(unresolved == 0 ? lang.t("Mọi đồng điểm đã được phân định.", "Every tie was decided.")
        : lang.t(unresolved + " trường hợp đồng điểm chưa phân định: cần bốc thăm (--lots) hoặc Hội đồng quyết định.",
            unresolved + " unresolved tie(s): lots (--lots) or the council must decide.")).append('\n');
    return s.toString();
  }

  /** One ranking as a table, its unresolved ties and its report. */
  static String ranking(Lang lang, Province p, Ranking k) {
    StringBuilder s = new StringBuilder();
    Table t = new Table(">#", ">" + lang.t("hạng", "rank"), lang.t("đơn vị", "unit"), ">" + lang.t("tổng", "total"),
        lang.t("phân định bởi", "decided by"));
    for (RankEntry e : k.entries()) {
      t.row(e.position(), e.rank().stripTrailingZeros().toPlainString(), Render.unitName(p, e.unit()),
          e.total().toPlainString(), e.tiedWith().isEmpty() ? e.decidedBy()
              : e.decidedBy() + " (" + lang.t("đồng điểm với ", "tied with ") + Render.units(p, e.tiedWith()) + ")");
    }
    if (!t.isEmpty()) {
      s.append(t.render("  "));
    }
    for (UnresolvedTie tie : k.unresolved()) {
      s.append("  ").append(lang.t("! ĐỒNG ĐIỂM CHƯA PHÂN ĐỊNH từ vị trí ", "! UNRESOLVED TIE from position "))
          .append(tie.firstPosition()).append(": ").append(Render.units(p, tie.units())).append(" (")
          .append(tie.total().toPlainString()).append(")\n");
    }
    s.append(Render.violations(lang, k.report(), "  ")).append('\n');
    return s.toString();
  }
}
