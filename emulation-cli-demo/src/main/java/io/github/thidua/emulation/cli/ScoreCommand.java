package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.scoring.CriterionScore;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code emulation score}: the breakdown per unit, with the explanation of one unit on request. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Chấm điểm: điểm từng nhóm tiêu chí, điểm thưởng, điểm trừ và tổng của từng đơn vị.",
        "Scores: each unit's criteria groups, bonus, deductions and total."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation score --group khoi-tong-hop",
        "  emulation score --group khoi-tong-hop --explain so-noi-vu",
        "  emulation score --data my-data --format csv -o diem.csv"})
final class ScoreCommand extends DataCommand {

  @Option(names = "--explain", paramLabel = "UNIT",
      description = "Diễn giải từng bước điểm của đơn vị này / explain this unit's score step by step")
  Optional<String> explain = Optional.empty();

  @Override
  Output render(Dataset d) {
    List<GroupScores> all = new ArrayList<>();
    for (EmulationGroup g : AnnualCycle.groups(d, chosenGroups())) {
      all.add(AnnualCycle.score(d, g));
    }
    boolean errors = all.stream().anyMatch(s -> Render.hasErrors(s.report()));
    if (explain.isPresent()) {
      return new Output(explain(d, all, explain.get()), errors);
    }
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(Documents.Results.of("score", d, all));
      case csv -> csv(d, all);
      case table -> table(d, all);
    }, errors);
  }

  private String table(Dataset d, List<GroupScores> all) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Chấm điểm", "Scores")));
    for (GroupScores scores : all) {
      EmulationGroup g = d.province().group(scores.group()).orElseThrow();
      s.append(Render.heading(lang, g)).append(scores.scale().isEmpty() ? "" : "  [" + scores.scale() + "]")
          .append('\n');
      List<String> codes = scores.units().isEmpty() ? List.of()
          : scores.units().get(0).groups().stream().map(CriterionScore::code).toList();
      List<String> headers = new ArrayList<>(List.of(lang.t("đơn vị", "unit")));
      codes.forEach(c -> headers.add(">" + c));
      headers.addAll(List.of(">" + lang.t("thưởng", "bonus"), ">" + lang.t("trừ", "deduct."),
          ">" + lang.t("tổng", "total")));
      Table t = new Table(headers.toArray(String[]::new));
      for (UnitScore u : scores.units()) {
        List<Object> row = new ArrayList<>(List.of(Render.unitName(d.province(), u.unit())));
        codes.forEach(c -> row.add(u.groups().stream().filter(x -> x.code().equals(c)).findFirst()
            .map(x -> x.points().toPlainString()).orElse("")));
        row.addAll(List.of(u.bonus().toPlainString(),
            (u.deductions().signum() == 0 ? "" : "-") + u.deductions().toPlainString(), u.total().toPlainString()));
        t.row(row.toArray());
      }
      if (!t.isEmpty()) {
        s.append(t.render("  "));
      }
      s.append(Render.violations(lang, scores.report(), "  ")).append('\n');
    }
    return s.toString();
  }

  private String csv(Dataset d, List<GroupScores> all) {
    Csv c = new Csv("group", "unit", "name", "groups", "bonus", "deductions", "total", "policy");
    for (GroupScores scores : all) {
      for (UnitScore u : scores.units()) {
        c.row(scores.group(), u.unit(), Render.unitName(d.province(), u.unit()),
            Csv.join(u.groups().stream().map(x -> x.code() + "=" + x.points().toPlainString()).toList()),
            u.bonus().toPlainString(), u.deductions().toPlainString(), u.total().toPlainString(), u.policy());
      }
    }
    return c.toString();
  }

  private String explain(Dataset d, List<GroupScores> all, String unit) {
    UnitId id;
    try {
      id = UnitId.of(unit);
    } catch (IllegalArgumentException e) {
      throw new UsageException("mã đơn vị không hợp lệ: '" + unit + "'", "not a valid unit id: '" + unit + "'");
    }
    UnitScore score = all.stream().flatMap(s -> s.unit(id).stream()).findFirst().orElseThrow(() ->
        new UsageException("đơn vị '" + unit + "' không có điểm trong các cụm, khối đã chọn",
            "unit '" + unit + "' has no score in the chosen groups"));
    if (format() == Format.json) {
      return EmulationFiles.toJson(score);
    }
    Lang lang = lang();
    if (format() == Format.csv) {
      Csv c = new Csv("subject", "kind", "value", "detail", "rule", "layer");
      score.trace().steps().forEach(st -> c.row(st.subject(), st.kind(), st.value(), st.detail(), st.rule().id(),
          st.rule().layer()));
      return c.toString();
    }
    StringBuilder s = new StringBuilder(lang.t("Diễn giải điểm của ", "How the score of ")
        + Render.unitName(d.province(), id) + " (" + id + lang.t(")", ") was reached") + ": "
        + score.total().toPlainString() + "\n\n");
    Table t = new Table(lang.t("mục", "subject"), lang.t("bước", "step"), ">" + lang.t("giá trị", "value"),
        lang.t("chi tiết", "detail"), lang.t("quy tắc", "rule"));
    for (TraceStep st : score.trace().steps()) {
      t.row(st.subject(), st.kind(), st.value(), st.detail(), st.rule().id() + " @" + st.rule().layer());
    }
    return s.append(t.render("  ")).toString();
  }
}
