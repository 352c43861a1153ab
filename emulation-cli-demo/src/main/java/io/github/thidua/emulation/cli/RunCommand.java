package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.CouncilReview;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.year.Finding;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.Stage;
import io.github.thidua.emulation.core.year.YearReport;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code emulation run}: the whole annual cycle on a dataset, one report. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Chạy cả chu kỳ năm: kiểm tra → chấm điểm → xếp hạng → biểu quyết → khen thưởng, một báo cáo.",
        "The whole annual cycle: validate → score → rank → vote → allocate, in one report."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation run",
        "  emulation run --lang en --format json > ket-qua.json",
        "  emulation run --data my-province --rules vn-two-tier-example"})
final class RunCommand extends CycleCommand {

  /**
   * One group in the JSON report.
   *
   * @param group the group's id
   * @param name the group's name
   * @param scores the scores
   * @param ranking the final ranking
   * @param vote the deciding round of the honouring vote (purpose LEADER), if held
   * @param votes every vote of the group's year, of every purpose and round
   * @param leadingUnit the group's leading unit
   * @param plan the award plan
   * @param proposal the check of the group's proposal, if one was given
   * @param rotations the rotation checks
   */
  record GroupDocument(String group, String name, GroupScores scores, Ranking ranking, Optional<VoteResult> vote,
      List<VoteResult> votes, LeadingUnit leadingUnit, AwardPlan plan, Optional<ValidationReport> proposal,
      List<RotationReport> rotations) {}

  /**
   * The JSON report of {@code run}.
   *
   * @param command always {@code run}
   * @param province the province's id
   * @param year the emulation year
   * @param rules the rule book's layers
   * @param errors the number of errors in the year's report (each finding once)
   * @param warnings the number of warnings (notes, such as a candidate short of the vote threshold, are not counted)
   * @param validation the organisation and rule-book check
   * @param apportionments the province-wide quotas apportioned across the groups
   * @param groups each group's year, by id
   * @param council the provincial council's reviews, by award
   * @param findings the year's report: each finding once, with its stage
   */
  record RunDocument(String command, String province, int year, List<String> rules, long errors, long warnings,
      ValidationReport validation, List<ApportionmentResult> apportionments, List<GroupDocument> groups,
      List<CouncilReview> council, YearReport findings) {}

  @Override
  Output render(Dataset d) {
    AnnualCycle.Result r = cycle(d);
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(document(r));
      case csv -> csv(d.province(), r);
      case table -> table(d, r);
    }, r.hasErrors());
  }

  static RunDocument document(AnnualCycle.Result r) {
    Dataset d = r.data();
    List<GroupDocument> groups = r.groups().stream().map(y -> new GroupDocument(y.group().id().value(),
        y.group().name(), y.scores(), y.ranking(), y.vote(VotePurpose.LEADER), y.votes(), y.leadingUnit(), y.plan(),
        y.proposal(), y.rotations())).toList();
    return new RunDocument("run", d.province().id(), d.province().year(), Documents.layers(d),
        count(r, Severity.ERROR), count(r, Severity.WARNING), r.validation(), r.year().apportionments(), groups,
        r.year().council(), r.year().report());
  }

  private static long count(AnnualCycle.Result r, Severity severity) {
    return r.year().report().violations().stream().filter(v -> v.severity() == severity).count();
  }

  /** One row per ranked unit: its total, rank, how it was decided and what it receives. */
  private static String csv(Province p, AnnualCycle.Result r) {
    Csv c = new Csv("group", "position", "rank", "unit", "name", "total", "decidedBy", "awards", "passedOver");
    for (GroupYear y : r.groups()) {
      for (RankEntry e : y.ranking().entries()) {
        c.row(y.group().id(), e.position(), e.rank().stripTrailingZeros().toPlainString(), e.unit(),
            Render.unitName(p, e.unit()), e.total().toPlainString(), e.decidedBy(),
            Csv.join(y.plan().grants().stream().filter(g -> g.unit().equals(e.unit())).map(Grant::award).toList()),
            Csv.join(y.plan().passedOver().stream().filter(o -> o.unit().equals(e.unit()))
                .map(o -> o.award() + ":" + o.code()).toList()));
      }
    }
    return c.toString();
  }

  private String table(Dataset d, AnnualCycle.Result r) {
    Lang lang = lang();
    Province p = d.province();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Chu kỳ thi đua", "Annual cycle")));
    s.append(lang.t("1. Kiểm tra tổ chức và bộ quy tắc", "1. Organisation and rule-set check")).append('\n')
        .append(Render.violations(lang, r.validation(), "  ")).append("  ")
        .append(Render.totals(lang, r.validation())).append("\n\n");
    s.append(apportionments(lang, r));
    s.append(lang.t("2. Từng cụm, khối", "2. Group by group")).append("\n\n");
    for (GroupYear y : r.groups()) {
      s.append(Render.heading(lang, y.group())).append('\n');
      s.append(Render.violations(lang, new ValidationReport(y.report().of(y.group().id()).stream()
          .filter(f -> f.stage() == Stage.SCORING).map(Finding::violation).toList()), "  "));
      s.append(RankCommand.ranking(lang, p, y.ranking()));
      y.vote(VotePurpose.LEADER).ifPresent(v -> s.append(VoteCommand.vote(lang, p, v)));
      s.append(leader(lang, p, y.leadingUnit()));
      s.append(AllocateCommand.plan(lang, p, y.plan()));
      y.proposal().ifPresent(x -> s.append(Render.proposal(lang, x)));
      y.rotations().stream().filter(RotationReport::rotationSuspected)
          .forEach(x -> s.append(RotationCommand.rotation(lang, p, x)));
      s.append('\n');
    }
    s.append(council(lang, p, r));
    RunDocument doc = document(r);
    long ties = r.groups().stream().mapToLong(y -> y.ranking().unresolved().size()).sum();
    long undecided = r.groups().stream().flatMap(y -> y.plan().undecided().stream())
        .mapToLong(UndecidedAward::places).sum();
    long rotation = r.groups().stream().flatMap(y -> y.rotations().stream())
        .filter(RotationReport::rotationSuspected).count();
    String flags = r.groups().stream().flatMap(y -> y.plan().grants().stream())
        .collect(Collectors.groupingBy(Grant::award, java.util.TreeMap::new, Collectors.counting())).toString();
    s.append(lang.t("3. Tổng hợp", "3. Summary")).append('\n');
    s.append("  ").append(lang.t("Cụm, khối: ", "Groups: ")).append(r.groups().size())
        .append(lang.t(" · khen thưởng: ", " · awards: ")).append(flags).append('\n');
    s.append("  ").append(lang.t("Đồng điểm chưa phân định: ", "Unresolved ties: ")).append(ties)
        .append(lang.t(" · suất chưa quyết định: ", " · undecided places: ")).append(undecided)
        .append(lang.t(" · nghi luân phiên: ", " · rotation suspected: ")).append(rotation).append('\n');
    s.append("  ").append(lang.t("Tổng: " + doc.errors() + " lỗi, " + doc.warnings() + " cảnh báo.",
        "Total: " + doc.errors() + " errors, " + doc.warnings() + " warnings.")).append('\n');
    return s.toString();
  }

  /** The leading unit: who, and what decided it. */
  static String leader(Lang lang, Province p, LeadingUnit l) {
    String who = l.unit().map(u -> Render.unitName(p, u)).orElse(lang.t("chưa xác định", "not decided"));
    String how = switch (l.basis()) {
      case VOTE -> lang.t("theo kết quả suy tôn", "acclaimed by the honouring vote");
      case RANKING -> lang.t("theo xếp hạng", "by the ranking");
      case NONE -> lang.t("chưa có căn cứ", "nothing decided it yet");
    };
    return "  " + lang.t("Đơn vị dẫn đầu: ", "Leading unit: ") + who + " (" + how + ")\n"
        + Render.violations(lang, l.report(), "  ");
  }

  /** The province-wide quotas apportioned across the groups, if the rule book apportions any. */
  private static String apportionments(Lang lang, AnnualCycle.Result r) {
    StringBuilder s = new StringBuilder();
    for (ApportionmentResult a : r.year().apportionments()) {
      s.append(lang.t("Phân bổ chỉ tiêu toàn tỉnh: ", "Province-wide quota apportioned: ")).append(a.seats())
          .append(" · ").append(a.method().wireName()).append(" · ").append(a.rule().id()).append(" @")
          .append(a.rule().layer()).append('\n');
      Table t = new Table(lang.t("cụm, khối", "group"), ">" + lang.t("thành viên", "members"),
          ">" + lang.t("chỉ tiêu", "seats"));
      a.allocations().forEach(x -> t.row(Render.groupName(r.data().province(), x.group()),
          String.valueOf(x.weight()), String.valueOf(x.seats())));
      s.append(t.render("  ")).append(Render.violations(lang, a.report(), "  ")).append('\n');
    }
    return s.toString();
  }

  /** The provincial council's review of the province's list, per award. */
  private static String council(Lang lang, Province p, AnnualCycle.Result r) {
    StringBuilder s = new StringBuilder();
    for (CouncilReview c : r.year().council()) {
      s.append(lang.t("Hội đồng Thi đua - Khen thưởng tỉnh xét ", "The provincial council reviews ")).append(c.award())
          .append(": ").append(c.proposed().size()).append(lang.t(" đề nghị, chỉ tiêu ", " proposals, quota "))
          .append(c.quota()).append(" (").append(c.method().wireName()).append(")\n");
      Table t = new Table(lang.t("đơn vị", "unit"), lang.t("cụm, khối", "group"), lang.t("kết quả", "result"));
      c.approved().forEach(i -> t.row(Render.unitName(p, i.unit()), Render.groupName(p, i.group()),
          lang.t("thông qua", "approved")));
      c.undecided().forEach(i -> t.row(Render.unitName(p, i.unit()), Render.groupName(p, i.group()),
          lang.t("chờ bốc thăm", "waits for lots")));
      c.cut().forEach(x -> t.row(Render.unitName(p, x.item().unit()), Render.groupName(p, x.item().group()),
          lang.t("không thông qua", "cut")));
      s.append(t.render("  "));
      s.append(Render.violations(lang, c.report(), "  ")).append('\n');
    }
    return s.toString();
  }
}
