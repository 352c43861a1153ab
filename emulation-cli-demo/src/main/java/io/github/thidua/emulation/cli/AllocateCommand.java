package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code emulation allocate}: the award plan per group, who was passed over and why, and the check of each group's
 * own proposal (in every format: an error there is an exit code of 1).
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {"Phương án khen thưởng từng cụm, khối: cờ thi đua, bằng khen; đơn vị không được đề nghị và lý do.",
        "The award plan per group: flags and certificates, who was passed over and why."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation allocate",
        "  emulation allocate --group cum-so-gddt-1 --lang en",
        "  emulation allocate --format csv -o phuong-an.csv"})
final class AllocateCommand extends CycleCommand {

  /**
   * The JSON output of {@code allocate}.
   *
   * @param command always {@code allocate}
   * @param province the province's id
   * @param year the emulation year
   * @param rules the rule book's layers, most general first, as {@code id@version}
   * @param results the award plans, by group id
   * @param proposalChecks the checks of the groups' own proposals, by group id, for the groups that gave one
   */
  record AllocateDocument(String command, String province, int year, List<String> rules, List<AwardPlan> results,
      List<ProposalCheck> proposalChecks) {}

  /**
   * The check of one group's own proposal.
   *
   * @param group the group's id
   * @param valid whether no problem is an error
   * @param violations the problems found
   */
  record ProposalCheck(String group, boolean valid, List<Violation> violations) {}

  @Override
  Output render(Dataset d) {
    AnnualCycle.Result r = cycle(d);
    List<AwardPlan> plans = r.groups().stream().map(GroupYear::plan).toList();
    List<ProposalCheck> checks = r.groups().stream().flatMap(y -> y.proposal().map(p -> new ProposalCheck(
        y.group().id().value(), p.isValid(), p.violations())).stream()).toList();
    boolean errors = r.groups().stream().anyMatch(y -> Render.hasErrors(y.plan().report()))
        || checks.stream().anyMatch(c -> !c.valid());
    return new Output(switch (format()) {
      case json -> EmulationFiles.toJson(new AllocateDocument("allocate", d.province().id(), d.province().year(),
          Documents.layers(d), plans, checks));
      case csv -> csv(d.province(), r.groups());
      case table -> table(d, r);
    }, errors);
  }

  /**
   * Per group, one row per grant, passed-over unit and undecided place, then one per problem of the group's
   * proposal (status {@code proposal-error} or {@code proposal-warning}, its subject as unit, the code as reason).
   */
  static String csv(Province p, List<GroupYear> years) {
    Csv c = new Csv("group", "status", "award", "unit", "name", "rank", "reason", "rule");
    for (GroupYear y : years) {
      AwardPlan plan = y.plan();
      for (Grant g : plan.grants()) {
        c.row(plan.group(), "granted", g.award(), g.unit(), Render.unitName(p, g.unit()),
            g.rank().stripTrailingZeros().toPlainString(), g.reason(), g.rule().id());
      }
      for (PassedOver o : plan.passedOver()) {
        c.row(plan.group(), "passed-over", o.award(), o.unit(), Render.unitName(p, o.unit()),
            o.rank().stripTrailingZeros().toPlainString(), o.code(), o.rule().id());
      }
      for (UndecidedAward u : plan.undecided()) {
        c.row(plan.group(), "undecided", u.award(), Csv.join(u.tied()), Render.units(p, u.tied()), "",
            u.places() + " place(s)", "");
      }
      for (Violation v : y.proposal().map(ValidationReport::violations).orElse(List.of())) {
        c.row(plan.group(), "proposal-" + v.severity().name().toLowerCase(Locale.ROOT), "", v.subject().id(),
            v.subject().name(), "", v.code(), v.rule().id());
      }
    }
    return c.toString();
  }

  private String table(Dataset d, AnnualCycle.Result r) {
    Lang lang = lang();
    StringBuilder s = new StringBuilder(Render.header(lang, d, lang.t("Phương án khen thưởng", "Award plans")));
    for (GroupYear y : r.groups()) {
      s.append(Render.heading(lang, y.group())).append('\n').append(plan(lang, d.province(), y.plan()));
      y.proposal().ifPresent(p -> s.append(Render.proposal(lang, p)));
      s.append('\n');
    }
    return s.toString();
  }

  /** One plan: grants, units passed over with the reason, places left undecided. */
  static String plan(Lang lang, Province p, AwardPlan plan) {
    StringBuilder s = new StringBuilder();
    Table t = new Table(lang.t("hình thức", "award"), lang.t("đơn vị", "unit"), ">" + lang.t("hạng", "rank"),
        lang.t("căn cứ", "rule"));
    for (Grant g : plan.grants()) {
      t.row(g.award(), Render.unitName(p, g.unit()), g.rank().stripTrailingZeros().toPlainString(),
          g.rule().id() + " @" + g.rule().layer());
    }
    s.append(t.isEmpty() ? "  " + lang.t("Không có đơn vị được đề nghị.", "No awards.") + "\n" : t.render("  "));
    if (!plan.passedOver().isEmpty()) {
      s.append("  ").append(lang.t("Không được đề nghị:", "Passed over:")).append('\n');
      Table o = new Table(lang.t("hình thức", "award"), lang.t("đơn vị", "unit"), ">" + lang.t("hạng", "rank"),
          lang.t("lý do", "reason"));
      for (PassedOver x : plan.passedOver()) {
        o.row(x.award(), Render.unitName(p, x.unit()), x.rank().stripTrailingZeros().toPlainString(),
            lang.t(x.reason()));
      }
      s.append(o.render("    "));
    }
    for (UndecidedAward u : plan.undecided()) {
      s.append("  ").append(lang.t("! CHƯA QUYẾT ĐỊNH: ", "! UNDECIDED: ")).append(u.places()).append(' ')
          .append(u.award()).append(lang.t(" giữa ", " among ")).append(Render.units(p, u.tied()))
          .append(lang.t(" (đồng điểm: cần bốc thăm)", " (tied: lots needed)")).append('\n');
    }
    s.append(Render.violations(lang, plan.report(), "  "));
    return s.toString();
  }
}
