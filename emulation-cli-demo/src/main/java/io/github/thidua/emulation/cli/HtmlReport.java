package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.year.Finding;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.Stage;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.AwardType;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.RotationFinding;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.UnresolvedTie;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.voting.CandidateTally;
import io.github.thidua.emulation.core.voting.VoteResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The annual cycle as one standalone HTML5 page: a header, a table of contents, the summary, the organisation check
 * and one section per group (chart, ranking, vote, award plan, proposal, rotation, violations). No scripts, no
 * external files, no dates: the same result gives the same bytes.
 */
final class HtmlReport {
  /** Ids of the report's own sections; a group id starts with a letter or digit, so these never clash. */
  static final String SUMMARY = "_tong-hop";
  static final String ORGANISATION = "_kiem-tra-to-chuc";
  static final String PROVINCE_STAGE = "_cap-tinh";

  private static final String CSS = """
      :root{--fg:#1a202c;--muted:#4a5568;--line:#cbd5e0;--head:#edf2f7;--tie:#feebc8}
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:62rem;padding:1rem;color:var(--fg);background:#fff;
        font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
      h1{font-size:1.6rem;margin:.3rem 0}
      h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
      h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
      h4{font-size:1rem;margin:1rem 0 .3rem}
      p{margin:.4rem 0}
      .muted{color:var(--muted)}
      .scroll{overflow-x:auto;margin:.4rem 0}
      table{border-collapse:collapse;min-width:100%;font-size:.92rem}
      th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
      th{background:var(--head)}
      .num{text-align:right;white-space:nowrap}
      tr.subject th{background:#e2e8f0;font-weight:600}
      tr.tie td,tr.flagged td,p.tie,li.tie{background:var(--tie)}
      .ERROR{color:#c53030;font-weight:600}
      .WARNING{color:#975a16;font-weight:600}
      .INFO{color:var(--muted)}
      .ok{color:#276749}
      .flag{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:var(--tie);font-weight:600}
      code{font-size:.88em;overflow-wrap:anywhere}
      svg.chart{display:block;width:100%;max-width:32rem;height:auto;margin:.4rem 0}
      nav ol{padding-left:1.4rem}
      footer{margin-top:2.5rem;font-size:.85rem;color:var(--muted)}
      @media (max-width:40rem){body{padding:.6rem;font-size:15px}h1{font-size:1.3rem}h2{font-size:1.15rem}}
      """;

  private final Lang lang;
  private final AnnualCycle.Result result;
  private final boolean chosen;
  private final Dataset data;
  private final Province province;
  private final Html html = new Html();

  /**
   * A report of a cycle.
   *
   * @param lang the language
   * @param result the cycle
   * @param chosen whether the cycle is of chosen groups, its organisation check cut to what concerns them
   */
  HtmlReport(Lang lang, AnnualCycle.Result result, boolean chosen) {
    this.lang = lang;
    this.result = result;
    this.chosen = chosen;
    this.data = result.data();
    this.province = data.province();
  }

  /** The page. */
  String render() {
    html.raw("<!DOCTYPE html>\n").open("html", "lang", lang.name());
    head();
    html.open("body");
    header();
    contents();
    html.open("main");
    summary();
    organisation();
    result.groups().forEach(this::group);
    provinceStage();
    html.close("main");
    html.open("footer").element("p", t("Lập bằng ", "Made with ") + new Version().getVersion()[0]
        + t(" từ dữ liệu đã nêu; cùng dữ liệu cho cùng báo cáo.", " from the data named above; the same data gives "
            + "the same report.")).close("footer");
    html.close("body").close("html");
    return html.toString();
  }

  private String t(String vi, String en) {
    return lang.t(vi, en);
  }

  private String title() {
    return t("Báo cáo thi đua, khen thưởng", "Emulation and commendation report");
  }

  private void head() {
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title() + ": " + province.name() + ", " + t("năm ", "year ") + province.year());
    html.open("style").raw(CSS).close("style");
    html.close("head");
  }

  private void header() {
    html.open("header");
    html.element("h1", title());
    html.element("p", province.name() + " · " + t("năm ", "year ") + province.year(), "class", "lead");
    html.open("dl");
    html.element("dt", t("Bộ quy tắc (từ chung đến riêng)", "Rule set (general to specific)"));
    for (RuleSet layer : data.rules().layers()) {
      html.open("dd").element("code", layer.id().value() + " " + layer.version())
          .text(" — " + lang.t(layer.name()) + " (" + layer.level() + layer.target().map(x -> " " + x).orElse("")
              + ")")
          .close("dd");
    }
    html.element("dt", t("Dữ liệu", "Data"));
    html.element("dd", data.origin().map(o -> Optional.ofNullable(Path.of(o).getFileName()).map(Path::toString)
        .orElse(o)).orElse(t("bộ dữ liệu mẫu", "the embedded sample")));
    html.close("dl");
    html.close("header");
  }

  private void contents() {
    html.open("nav", "aria-label", t("Mục lục", "Contents"));
    html.element("h2", t("Mục lục", "Contents"));
    html.open("ol");
    link(SUMMARY, t("Tổng hợp", "Summary"));
    link(ORGANISATION, t("Kiểm tra tổ chức và bộ quy tắc", "Organisation and rule-set check"));
    html.open("li").text(t("Từng cụm, khối", "Group by group")).open("ol");
    for (GroupYear y : result.groups()) {
      long errors = y.report().violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
      html.open("li").element("a", Render.heading(lang, y.group()), "href", "#" + y.group().id().value());
      if (errors > 0) {
        html.text(" ").element("span", errors + t(" lỗi", errors == 1 ? " error" : " errors"), "class", "ERROR");
      }
      html.close("li");
    }
    html.close("ol").close("li");
    if (hasProvinceStage()) {
      link(PROVINCE_STAGE, t("Cấp tỉnh: phân bổ chỉ tiêu, Hội đồng xét", "The province: quotas, the council"));
    }
    html.close("ol");
    html.close("nav");
  }

  private void link(String id, String text) {
    html.open("li").element("a", text, "href", "#" + id).close("li");
  }

  // ------------------------------------------------------------------ summary and organisation

  private void summary() {
    RunCommand.RunDocument doc = RunCommand.document(result);
    long ties = result.groups().stream().mapToLong(y -> y.ranking().unresolved().size()).sum();
    long undecided = result.groups().stream().flatMap(y -> y.plan().undecided().stream())
        .mapToLong(UndecidedAward::places).sum();
    long rotation = result.groups().stream().flatMap(y -> y.rotations().stream())
        .filter(RotationReport::rotationSuspected).count();
    Map<String, Long> granted = result.groups().stream().flatMap(y -> y.plan().grants().stream())
        .collect(Collectors.groupingBy(Grant::award, TreeMap::new, Collectors.counting()));
    html.open("section", "id", SUMMARY);
    html.element("h2", t("Tổng hợp", "Summary"));
    html.open("div", "class", "scroll").open("table").open("tbody");
    row(t("Cụm, khối", "Groups"), String.valueOf(result.groups().size()), false);
    row(t("Lỗi", "Errors"), String.valueOf(doc.errors()), doc.errors() > 0);
    row(t("Cảnh báo và thông tin", "Warnings and notes"), String.valueOf(doc.warnings()), false);
    row(t("Đồng điểm chưa phân định", "Unresolved ties"), String.valueOf(ties), ties > 0);
    row(t("Suất khen thưởng chưa quyết định", "Undecided award places"), String.valueOf(undecided), undecided > 0);
    row(t("Nghi luân phiên", "Rotation suspected"), String.valueOf(rotation), rotation > 0);
    if (granted.isEmpty()) {
      row(t("Khen thưởng đề nghị", "Awards proposed"), t("không có", "none"), false);
    }
    for (Map.Entry<String, Long> e : granted.entrySet()) {
      row(t("Khen thưởng đề nghị: ", "Awards proposed: ") + awardName(e.getKey()), String.valueOf(e.getValue()),
          false);
    }
    html.close("tbody").close("table").close("div");
    html.element("p", result.hasErrors()
        ? t("Dữ liệu có lỗi: xem từng mục bên dưới trước khi dùng kết quả.",
            "The data has errors: see each section below before using the results.")
        : t("Không có lỗi.", "No errors."), "class", result.hasErrors() ? "ERROR" : "ok");
    html.close("section");
  }

  private void row(String label, String value, boolean flagged) {
    html.open("tr").element("th", label, "scope", "row");
    if (flagged) {
      html.open("td", "class", "num").element("span", value, "class", "flag").close("td");
    } else {
      html.element("td", value, "class", "num");
    }
    html.close("tr");
  }

  private void organisation() {
    html.open("section", "id", ORGANISATION);
    html.element("h2", t("Kiểm tra tổ chức và bộ quy tắc", "Organisation and rule-set check"));
    if (chosen) {
      html.element("p", t("Chỉ những vi phạm liên quan đến các cụm, khối đã chọn: chính cụm, khối, đơn vị thành "
          + "viên, đơn vị tổ chức và các tầng quy tắc áp dụng cho chúng.", "Only the findings that concern the "
          + "chosen groups: the groups themselves, their member units, their organisers and the rule-set layers "
          + "that apply to them."), "class", "muted");
    }
    List<Violation> all = result.validation().violations();
    violations(new ValidationReport(all.stream().filter(v -> !aboutRules(v)).toList()));
    List<Violation> rules = all.stream().filter(HtmlReport::aboutRules).toList();
    if (!rules.isEmpty()) {
      html.element("h3", t("Bộ quy tắc", "Rules"));
      violations(new ValidationReport(rules));
    }
    if (!result.validation().violations().isEmpty()) {
      html.element("p", Render.totals(lang, result.validation()), "class",
          result.validation().isValid() ? "muted" : "ERROR");
    }
    html.close("section");
  }

  private boolean hasProvinceStage() {
    return !result.year().apportionments().isEmpty() || !result.year().council().isEmpty();
  }

  /** The province's second stage: quotas apportioned across the groups, and the council's review of the list. */
  private void provinceStage() {
    if (!hasProvinceStage()) {
      return;
    }
    html.open("section", "id", PROVINCE_STAGE);
    html.element("h2", t("Cấp tỉnh: phân bổ chỉ tiêu, Hội đồng xét", "The province: quotas, the council"));
    for (var a : result.year().apportionments()) {
      html.element("h3", t("Phân bổ chỉ tiêu toàn tỉnh", "Province-wide quota") + " · " + a.seats() + " · "
          + a.method().wireName());
      html.open("div", "class", "scroll").open("table");
      header(t("Cụm, khối", "Group"), t("Thành viên", "Members"), t("Chỉ tiêu", "Seats"));
      html.open("tbody");
      for (var x : a.allocations()) {
        html.open("tr").element("td", Render.groupName(province, x.group()))
            .element("td", String.valueOf(x.weight()), "class", "num")
            .element("td", String.valueOf(x.seats()), "class", "num").close("tr");
      }
      html.close("tbody").close("table").close("div");
      violations(a.report());
    }
    for (var c : result.year().council()) {
      html.element("h3", t("Hội đồng Thi đua - Khen thưởng tỉnh xét ", "The provincial council reviews ")
          + awardName(c.award()) + " · " + t("chỉ tiêu ", "quota ") + c.quota());
      html.open("div", "class", "scroll").open("table");
      header(t("Đơn vị", "Unit"), t("Cụm, khối", "Group"), t("Kết quả", "Result"));
      html.open("tbody");
      c.approved().forEach(i -> councilRow(i.unit(), i.group(), t("thông qua", "approved"), "ok"));
      c.undecided().forEach(i -> councilRow(i.unit(), i.group(), t("chờ bốc thăm", "waits for lots"), "tie"));
      c.cut().forEach(x -> councilRow(x.item().unit(), x.item().group(), lang.t(x.reason()), "muted"));
      html.close("tbody").close("table").close("div");
    }
    html.close("section");
  }

  private void councilRow(io.github.thidua.emulation.core.UnitId unit, io.github.thidua.emulation.core.GroupId group,
      String result, String css) {
    html.open("tr").element("td", Render.unitName(province, unit)).element("td", Render.groupName(province, group))
        .element("td", result, "class", css).close("tr");
  }

  /** Whether a finding is about the rule book itself (a layer, one of its rules or scales) rather than the data. */
  private static boolean aboutRules(Violation v) {
    return v.subject().type() == SubjectType.RULE_SET || v.subject().type() == SubjectType.SCALE;
  }

  /** Violations grouped by subject: a heading row per subject, then severity, code and message. */
  private void violations(ValidationReport report) {
    if (report.violations().isEmpty()) {
      html.element("p", t("Không có vi phạm.", "No violations."), "class", "ok");
      return;
    }
    html.open("div", "class", "scroll").open("table");
    html.open("thead").open("tr").element("th", t("Mức", "Severity"), "scope", "col")
        .element("th", t("Mã", "Code"), "scope", "col").element("th", t("Nội dung", "Message"), "scope", "col")
        .close("tr").close("thead");
    html.open("tbody");
    for (Map.Entry<Subject, List<Violation>> e : report.bySubject().entrySet()) {
      Subject s = e.getKey();
      html.open("tr", "class", "subject").element("th", lang.label("subject." + s.type().name()) + " " + s.id()
          + (s.name().isEmpty() || s.name().equals(s.id()) ? "" : " — " + s.name()), "colspan", "3", "scope",
          "rowgroup").close("tr");
      for (Violation v : e.getValue()) {
        html.open("tr").element("td", lang.label("severity." + v.severity().name()), "class", v.severity().name())
            .open("td").element("code", v.code()).close("td").element("td", lang.t(v.message())).close("tr");
      }
    }
    html.close("tbody").close("table").close("div");
  }

  // ------------------------------------------------------------------ one group

  private void group(GroupYear y) {
    EmulationGroup g = y.group();
    html.open("section", "id", g.id().value());
    html.element("h2", Render.heading(lang, g));
    Optional<ScoringScale> scale = scale(g, y.scores().scale());
    html.element("p", t("Đơn vị tổ chức: ", "Organiser: ")
        + province.organiser(g.organiser()).map(Organiser::name).orElse(g.organiser().value())
        + " · " + t("thành viên: ", "members: ") + g.distinctMembers().size()
        + " · " + t("thang điểm: ", "scale: ") + (y.scores().scale().isEmpty() ? t("chưa có", "none")
            : y.scores().scale() + scale.map(s -> " — " + lang.t(s.name())).orElse("")), "class", "muted");
    chart(y, scale);
    ranking(y.ranking());
    vote(y.vote(VotePurpose.LEADER));
    html.element("p", t("Đơn vị dẫn đầu: ", "Leading unit: ") + y.leadingUnit().unit()
        .map(u -> province.unit(u).map(Unit::name).orElse(u.value())).orElse(t("chưa xác định", "not decided")));
    plan(y.plan());
    proposal(y.proposal());
    rotations(y.rotations());
    groupViolations(y);
    html.close("section");
  }

  /** The scale the scores were computed on, looked up in the rule book by its {@code id@version}. */
  private Optional<ScoringScale> scale(EmulationGroup g, String idAtVersion) {
    if (idAtVersion.isEmpty()) {
      return Optional.empty();
    }
    return data.rules().resolve(RuleTarget.on(province.referenceDate()).forOrganiser(g.organiser())
            .forGroup(g.id())).scalesFor(g).stream()
        .filter(s -> (s.id() + "@" + s.version()).equals(idAtVersion)).findFirst();
  }

  /**
   * The members' totals as bars in ranking order, unresolved ties highlighted; the axis runs to the scale's ceiling
   * (base plus bonus cap), or to the best total if that is higher or the scale is unknown. Members without a score
   * are named below the chart.
   */
  private void chart(GroupYear y, Optional<ScoringScale> scale) {
    html.element("h3", t("Tổng điểm", "Totals"));
    Ranking k = y.ranking();
    if (k.entries().isEmpty()) {
      html.element("p", t("Chưa có điểm: không có biểu đồ.", "No scores yet: no chart."), "class", "muted");
      return;
    }
    BigDecimal top = k.entries().stream().map(RankEntry::total).reduce(BigDecimal.ONE, BigDecimal::max);
    BigDecimal max = scale.map(ScoringScale::ceiling).map(c -> c.max(top)).orElse(top);
    List<BarChart.Bar> bars = k.entries().stream().map(e -> new BarChart.Bar(e.position() + ". "
        + Render.unitName(province, e.unit()) + " — " + e.total().toPlainString(), e.total(),
        !e.tiedWith().isEmpty())).toList();
    BarChart.draw(html, chartTitle(bars, max, scale), max, bars);
    Set<UnitId> scored = y.scores().units().stream().map(UnitScore::unit).collect(Collectors.toSet());
    List<String> unscored = y.group().distinctMembers().stream().filter(u -> !scored.contains(u)).sorted()
        .map(u -> Render.unitName(province, u)).toList();
    if (!unscored.isEmpty()) {
      html.element("p", t("Chưa có điểm: ", "Not scored: ") + String.join(", ", unscored), "class", "muted");
    }
  }

  private String chartTitle(List<BarChart.Bar> bars, BigDecimal max, Optional<ScoringScale> scale) {
    StringBuilder s = new StringBuilder(t("Tổng điểm của ", "Totals of ")).append(bars.size())
        .append(t(" đơn vị, theo thứ hạng; trục từ 0 đến ", " units in ranking order; axis from 0 to "))
        .append(plain(max));
    scale.ifPresent(x -> s.append(t(" (thang ", " (scale base ")).append(plain(x.base()))
        .append(t(" điểm, thưởng tối đa ", ", bonus up to ")).append(plain(x.bonusCap())).append(')'));
    if (bars.stream().anyMatch(BarChart.Bar::highlighted)) {
      s.append(t("; màu cam: đồng điểm chưa phân định", "; orange: unresolved tie"));
    }
    return s.toString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private void ranking(Ranking k) {
    html.element("h3", t("Xếp hạng", "Ranking"));
    if (k.entries().isEmpty()) {
      html.element("p", t("Không có đơn vị được xếp hạng.", "No unit was ranked."), "class", "muted");
      return;
    }
    html.open("div", "class", "scroll").open("table");
    header("#", t("Hạng", "Rank"), t("Đơn vị", "Unit"), t("Tổng", "Total"), t("Phân định bởi", "Decided by"),
        t("Đồng điểm với", "Tied with"));
    html.open("tbody");
    for (RankEntry e : k.entries()) {
      if (e.tiedWith().isEmpty()) {
        html.open("tr");
      } else {
        html.open("tr", "class", "tie");
      }
      html.element("td", String.valueOf(e.position()), "class", "num")
          .element("td", e.rank().stripTrailingZeros().toPlainString(), "class", "num")
          .element("td", Render.unitName(province, e.unit()))
          .element("td", e.total().toPlainString(), "class", "num")
          .open("td").element("code", e.decidedBy()).close("td")
          .element("td", Render.units(province, e.tiedWith()))
          .close("tr");
    }
    html.close("tbody").close("table").close("div");
    for (UnresolvedTie tie : k.unresolved()) {
      html.element("p", t("Đồng điểm chưa phân định từ vị trí ", "Unresolved tie from position ")
          + tie.firstPosition() + ": " + Render.units(province, tie.units()) + " (" + tie.total().toPlainString()
          + t(") — cần bốc thăm (--lots) hoặc Hội đồng quyết định.", ") — lots (--lots) or the council must decide."),
          "class", "tie");
    }
  }

  private void header(String... columns) {
    html.open("thead").open("tr");
    for (String c : columns) {
      html.element("th", c, "scope", "col");
    }
    html.close("tr").close("thead");
  }

  private void vote(Optional<VoteResult> vote) {
    html.element("h3", t("Biểu quyết tôn vinh đơn vị dẫn đầu", "Honouring vote for the leading unit"));
    if (vote.isEmpty()) {
      html.element("p", t("Không có phiếu biểu quyết.", "No ballots."), "class", "muted");
      return;
    }
    VoteResult v = vote.get();
    html.element("p", v.round().map(r -> t("Vòng ", "Round ") + r + " · ").orElse("")
        + t("Thành viên ", "Members ") + v.members() + t(", có mặt ", ", present ") + v.present()
        + t(", phiếu phát ra ", ", ballots cast ") + v.ballotsCast() + t(", hợp lệ ", ", counted ")
        + v.ballotsCounted() + t(", trắng ", ", blank ") + v.blankBallots() + t(", không hợp lệ ", ", invalid ")
        + v.invalidBallots() + (v.quorumMet() ? "" : t(" — chưa đủ số thành viên có mặt", " — quorum not met")));
    if (!v.tallies().isEmpty()) {
      html.open("div", "class", "scroll").open("table");
      header(t("Ứng viên", "Candidate"), t("Đồng ý", "Approvals"), t("Trên", "Of"), t("Tỷ lệ", "Share"),
          t("Đạt", "Passed"));
      html.open("tbody");
      for (CandidateTally c : v.tallies()) {
        html.open("tr").element("td", Render.unitName(province, c.unit()))
            .element("td", String.valueOf(c.approvals()), "class", "num")
            .element("td", String.valueOf(c.base()), "class", "num")
            .element("td", c.share().toPlainString(), "class", "num")
            .element("td", c.passed() ? t("đạt", "yes") : t("không", "no")).close("tr");
      }
      html.close("tbody").close("table").close("div");
    }
    StringBuilder outcome = new StringBuilder(t("Kết quả: ", "Outcome: ")).append(outcome(v));
    if (!v.winners().isEmpty()) {
      outcome.append(" — ").append(Render.units(province, v.winners()));
    }
    v.runoffNeeded().ifPresent(r -> outcome.append(t(" — bầu lại giữa ", " — run-off between "))
        .append(Render.units(province, r)));
    if (!v.tied().isEmpty()) {
      outcome.append(t(" — ngang phiếu: ", " — tied: ")).append(Render.units(province, v.tied()));
    }
    html.element("p", outcome.toString());
  }

  private String outcome(VoteResult v) {
    return switch (v.outcome()) {
      case VOID -> t("phiên không hợp lệ", "void");
      case QUORUM_NOT_MET -> t("không đủ số thành viên có mặt", "quorum not met");
      case RUNOFF_NEEDED -> t("cần bầu lại", "run-off needed");
      case TIED -> t("ngang phiếu", "tied");
      case ELECTED -> t("bầu được", "elected");
      case NONE_PASSED -> t("không ứng viên nào đạt", "no candidate passed");
    };
  }

  private void plan(AwardPlan plan) {
    html.element("h3", t("Phương án khen thưởng", "Award plan"));
    if (plan.grants().isEmpty()) {
      html.element("p", t("Không có đơn vị được đề nghị.", "No awards."), "class", "muted");
    } else {
      html.open("div", "class", "scroll").open("table");
      header(t("Hình thức", "Award"), t("Đơn vị", "Unit"), t("Hạng", "Rank"), t("Căn cứ", "Rule"));
      html.open("tbody");
      for (Grant g : plan.grants()) {
        html.open("tr").element("td", awardName(g.award())).element("td", Render.unitName(province, g.unit()))
            .element("td", g.rank().stripTrailingZeros().toPlainString(), "class", "num")
            .open("td").element("code", g.rule().id() + " @" + g.rule().layer()).close("td").close("tr");
      }
      html.close("tbody").close("table").close("div");
    }
    if (!plan.passedOver().isEmpty()) {
      html.element("h4", t("Không được đề nghị", "Passed over"));
      html.open("div", "class", "scroll").open("table");
      header(t("Hình thức", "Award"), t("Đơn vị", "Unit"), t("Hạng", "Rank"), t("Lý do", "Reason"));
      html.open("tbody");
      for (PassedOver o : plan.passedOver()) {
        html.open("tr").element("td", awardName(o.award())).element("td", Render.unitName(province, o.unit()))
            .element("td", o.rank().stripTrailingZeros().toPlainString(), "class", "num")
            .element("td", lang.t(o.reason())).close("tr");
      }
      html.close("tbody").close("table").close("div");
    }
    if (!plan.undecided().isEmpty()) {
      html.element("h4", t("Suất chưa quyết định", "Undecided places"));
      html.open("ul");
      for (UndecidedAward u : plan.undecided()) {
        html.element("li", u.places() + " × " + awardName(u.award()) + t(" giữa ", " among ")
            + Render.units(province, u.tied()) + t(" (đồng điểm: cần bốc thăm)", " (tied: lots needed)"),
            "class", "tie");
      }
      html.close("ul");
    }
  }

  private void proposal(Optional<ValidationReport> proposal) {
    if (proposal.isEmpty()) {
      return;
    }
    ValidationReport p = proposal.get();
    html.element("h3", t("Kiểm tra đề nghị của cụm, khối", "Check of the group's proposal"));
    html.element("p", p.violations().isEmpty() ? t("Đề nghị hợp lệ.", "The proposal is valid.")
        : t("Đề nghị có ", "The proposal has ") + Render.count(p, Severity.ERROR) + t(" lỗi, ", " error(s), ")
            + (p.violations().size() - Render.count(p, Severity.ERROR)) + t(" cảnh báo: ", " warning(s): ")
            + String.join(", ", p.codes()) + t(" (chi tiết ở mục Vi phạm).", " (details under Violations)."),
        "class", p.isValid() ? "ok" : "ERROR");
  }

  private void rotations(List<RotationReport> rotations) {
    if (rotations.isEmpty()) {
      return;
    }
    html.element("h3", t("Kiểm tra luân phiên", "Rotation check"));
    for (RotationReport x : rotations) {
      html.open("h4").text(awardName(x.award()));
      if (x.rotationSuspected()) {
        html.text(" ").element("span", t("nghi luân phiên", "rotation suspected"), "class", "flag");
      }
      html.close("h4");
      if (x.years().isEmpty()) {
        continue;
      }
      html.open("div", "class", "scroll").open("table");
      header(t("Năm", "Year"), t("Đứng đầu", "Top ranked"), t("Được khen", "Awarded"), t("Hạng", "Rank"),
          t("Không phải đứng đầu", "Not top ranked"));
      html.open("tbody");
      for (RotationFinding f : x.years()) {
        if (f.notTopRanked()) {
          html.open("tr", "class", "flagged");
        } else {
          html.open("tr");
        }
        html.element("td", String.valueOf(f.year()), "class", "num")
            .element("td", Render.unitName(province, f.topRanked()))
            .element("td", Render.units(province, f.awardees()))
            .element("td", String.join(", ", f.awardeeRanks().stream().map(String::valueOf).toList()), "class",
                "num")
            .element("td", f.notTopRanked() ? t("có", "yes") : "").close("tr");
      }
      html.close("tbody").close("table").close("div");
    }
  }

  /** The group's violations, step by step, each step grouped by subject. */
  private void groupViolations(GroupYear y) {
    html.element("h3", t("Vi phạm", "Violations"));
    Map<String, ValidationReport> steps = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      List<Violation> found = y.report().of(stage).stream().map(Finding::violation).toList();
      if (!found.isEmpty()) {
        steps.put(stageName(stage), new ValidationReport(found));
      }
    }
    if (steps.isEmpty()) {
      html.element("p", t("Không có vi phạm.", "No violations."), "class", "ok");
      return;
    }
    for (Map.Entry<String, ValidationReport> e : steps.entrySet()) {
      html.element("h4", e.getKey());
      violations(e.getValue());
    }
    html.element("p", Render.totals(lang, new ValidationReport(y.report().violations())), "class", "muted");
  }

  private String stageName(Stage stage) {
    return switch (stage) {
      case SCORING -> t("Chấm điểm", "Scoring");
      case VOTE -> t("Biểu quyết", "Vote");
      case FINAL_RANKING -> t("Xếp hạng", "Ranking");
      case LEADING_UNIT -> t("Đơn vị dẫn đầu", "Leading unit");
      case ALLOCATION -> t("Khen thưởng", "Awards");
      case PROPOSAL -> t("Đề nghị", "Proposal");
      case ROTATION -> t("Luân phiên", "Rotation");
      default -> stage.name();
    };
  }

  // ------------------------------------------------------------------ names

  private Map<String, String> awardNames;

  /** An award's name in the report's language, with its code; the code alone if the rules do not name it. */
  private String awardName(String code) {
    if (awardNames == null) {
      awardNames = new TreeMap<>();
      for (GroupYear y : result.groups()) {
        for (AwardType a : Emulation.awardTypes(province, y.group().id(), data.rules())) {
          awardNames.putIfAbsent(a.code(), lang.t(a.name()));
        }
      }
    }
    String name = awardNames.get(code);
    return name == null || name.equals(code) ? code : name + " (" + code + ")";
  }
}
