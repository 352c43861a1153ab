package io.github.thidua.emulation.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as a user would, capturing its exit code, standard output and standard error. */
final class Cli {
  private Cli() {}

  /**
   * What one run gave.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EmulationCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
