package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.voting.CandidateTally;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code emulation vote}: tallies the honouring votes of a ballots file. */
@Command(name = "vote", mixinStandardHelpOptions = true,
    description = {"Kiểm phiếu biểu quyết tôn vinh từ tệp phiếu bầu (mặc định: phiếu bầu của bộ dữ liệu).",
        "Tallies the honouring votes of a ballots file (default: the dataset's ballots)."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation vote",
        "  emulation vote --group khoi-noi-chinh --lang en",
        "  emulation vote --ballots phieu-bau.yaml --format json"})
final class VoteCommand extends DataCommand {

  @Override
  Output render(Dataset d) {
    List<String> unknown = d.sessions().stream().map(VoteSession::group)
        .filter(g -> d.province().group(g).isEmpty()).map(Object::toString).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new UsageException("tệp phiếu bầu có cụm, khối không có trong dữ liệu: " + unknown,
          "the ballots name groups that are not in the data: " + unknown);
    }
    // the year tallies every session of every purpose and round, each with the preliminary ranking of its group
    List<VoteResult> results = new ArrayList<>();
    for (var y : AnnualCycle.run(d, chosenGroups(), Map.of()).groups()) {
      results.addAll(y.votes());
    }
    boolean errors = results.stream().anyMatch(v -> Render.hasErrors(v.report()));
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(Documents.Results.of("vote", d, results));
      case csv -> csv(d.province(), results);
      case table -> table(d, results);
    }, errors);
  }

  private static String csv(Province p, List<VoteResult> results) {
    Csv c = new Csv("group", "year", "purpose", "round", "outcome", "unit", "name", "approvals", "base", "share",
        "passed");
    for (VoteResult v : results) {
      for (CandidateTally t : v.tallies()) {
        c.row(v.group(), v.year(), v.purpose(), v.round().map(String::valueOf).orElse(""), v.outcome(), t.unit(),
            Render.unitName(p, t.unit()), t.approvals(), t.base(), t.share().toPlainString(), t.passed());
      }
    }
    return c.toString();
  }

  private String table(Dataset d, List<VoteResult> results) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Biểu quyết tôn vinh", "Honouring votes")));
    if (results.isEmpty()) {
      s.append(lang.t("Không có phiếu bầu cho các cụm, khối đã chọn.", "No ballots for the chosen groups.\n"));
    }
    for (VoteResult v : results) {
      s.append(vote(lang, d.province(), v));
    }
    return s.toString();
  }

  /** One vote: counts, tallies, outcome and report. */
  static String vote(Lang lang, Province p, VoteResult v) {
    StringBuilder s = new StringBuilder();
    EmulationGroup g = p.group(v.group()).orElseThrow();
    s.append(Render.heading(lang, g)).append(" · ").append(v.purpose())
        .append(v.round().map(r -> lang.t(" · vòng ", " · round ") + r).orElse("")).append('\n');
    s.append("  ").append(lang.t("Thành viên ", "Members ")).append(v.members()).append(lang.t(", có mặt ", ", present "))
        .append(v.present()).append(lang.t(", phiếu phát ra ", ", ballots cast ")).append(v.ballotsCast())
        .append(lang.t(", hợp lệ ", ", counted ")).append(v.ballotsCounted()).append(lang.t(", trắng ", ", blank "))
        .append(v.blankBallots()).append(lang.t(", không hợp lệ ", ", invalid ")).append(v.invalidBallots())
        .append('\n');
    Table t = new Table(lang.t("ứng viên", "candidate"), ">" + lang.t("đồng ý", "approvals"),
        ">" + lang.t("trên", "of"), ">" + lang.t("tỷ lệ", "share"), lang.t("đạt", "passed"));
    for (CandidateTally c : v.tallies()) {
      t.row(Render.unitName(p, c.unit()), c.approvals(), c.base(), c.share().toPlainString(),
          c.passed() ? lang.t("đạt", "yes") : lang.t("không", "no"));
    }
    if (!t.isEmpty()) {
      s.append(t.render("  "));
    }
    s.append("  ").append(lang.t("Kết quả: ", "Outcome: ")).append(v.outcome());
    if (!v.winners().isEmpty()) {
      s.append(" — ").append(Render.units(p, v.winners()));
    }
    v.runoffNeeded().ifPresent(r -> s.append(lang.t(" — bầu lại giữa ", " — run-off between "))
        .append(Render.units(p, r)));
    if (!v.tied().isEmpty()) {
      s.append(lang.t(" — ngang phiếu: ", " — tied: ")).append(Render.units(p, v.tied()));
    }
    s.append('\n').append(Render.violations(lang, v.report(), "  ")).append('\n');
    return s.toString();
  }
}
