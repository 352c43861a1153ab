package io.github.thidua.emulation.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code emulation report}: the whole annual cycle as one standalone HTML page, for people to open in a browser or
 * on a phone. Unlike the other commands it writes a file even without {@code -o} ({@value #DEFAULT_FILE} in the
 * current folder): HTML on a terminal helps nobody, and a file is always UTF-8 whatever the console's encoding. It
 * then prints the file's name. {@code --format} other than {@code table} is a usage error: the report is HTML only
 * ({@code run --format json|csv} gives the same results as data), so its help does not offer the option.
 */
@Command(name = "report", mixinStandardHelpOptions = true, modelTransformer = ReportCommand.HtmlOnly.class,
    description = {"Báo cáo HTML độc lập của cả chu kỳ năm (mở bằng trình duyệt, đọc được trên điện thoại): tổng hợp, "
        + "kiểm tra tổ chức, biểu đồ điểm, xếp hạng, biểu quyết, khen thưởng, luân phiên từng cụm, khối. "
        + "Mặc định ghi ra " + ReportCommand.DEFAULT_FILE + ".",
        "A standalone HTML report of the annual cycle (open it in a browser, readable on a phone): summary, "
            + "organisation check, score chart, ranking, vote, awards and rotation per group. Written to "
            + ReportCommand.DEFAULT_FILE + " unless -o names another file."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation report",
        "  emulation report --lang en -o cycle-report.html",
        "  emulation report --data du-lieu-mau -g cum-so-gddt-1 -o cum-1.html"})
final class ReportCommand extends CycleCommand {

  /**
   * Hides {@code --format}, which the report inherits from the shared output options, from its help: the report is
   * HTML only. The option stays accepted, so {@code --format json} gets a message that points to {@code run}.
   */
  static final class HtmlOnly implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      OptionSpec format = spec.findOption("--format");
      spec.remove(format);
      spec.addOption(OptionSpec.builder(format).hidden(true).build());
      return spec;
    }
  }

  /** Where the report goes without {@code -o}, in the current folder. */
  static final String DEFAULT_FILE = "bao-cao-thi-dua.html";

  @Override
  Output render(Dataset d) {
    if (format() != Format.table) {
      throw new UsageException("báo cáo chỉ có dạng HTML; --format " + format() + " dùng với lệnh run",
          "the report is HTML only; for --format " + format() + " use the run command");
    }
    AnnualCycle.Result r = cycle(d);
    return new Output(new HtmlReport(lang(), r).render(), r.hasErrors());
  }

  /** The file the report is written to. */
  Path target() {
    return output.output.orElse(Path.of(DEFAULT_FILE));
  }

  @Override
  void write(String text) {
    Path target = target();
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("không ghi được tệp " + target, "cannot write the file " + target);
    }
    spec.commandLine().getOut().println(lang().t("Đã ghi báo cáo: ", "Report written to ") + target);
  }
}
