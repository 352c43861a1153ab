package io.github.thidua.emulation.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code emulation} demo command line. Exit codes: 0 success, 1 the data has violations (errors),
 * 2 bad usage or unreadable input.
 */
@Command(
    name = "emulation",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Thi đua, khen thưởng: tổ chức cụm, khối, chấm điểm, xếp hạng, biểu quyết và khen thưởng theo bộ quy tắc.",
        "Emulation and commendation: clusters and blocs, scores, rankings, votes and awards under a rule set."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation run", "  emulation rank --group khoi-noi-chinh --lang en",
        "  emulation sample du-lieu-mau && emulation run --data du-lieu-mau"},
    subcommands = {ValidateCommand.class, ScoreCommand.class, RankCommand.class, VoteCommand.class,
        AllocateCommand.class, RotationCommand.class, RunCommand.class, ReportCommand.class, RulesCommand.class,
        SampleCommand.class, ArchiveCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the data has violations (errors)", "2:bad usage or unreadable input"})
public final class EmulationCli {

  /** Exit code when the data has errors. */
  static final int EXIT_VIOLATIONS = 1;
  /** Exit code for bad usage or unreadable input. */
  static final int EXIT_USAGE = 2;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so output is the same bytes everywhere (Vietnamese text included)
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command line with the given output streams; for tests.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new EmulationCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("emulation: " + e.getMessage());
      if (parseResult.hasMatchedOption("--debug")) {
        e.printStackTrace(commandLine.getErr());
      }
      return EXIT_USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
