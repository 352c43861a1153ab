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

  /**
   * Copies the tests' provincial layer (a province-wide apportionment of certificates and a council review of flags,
   * on top of {@code vn-hung-yen}) into a folder.
   *
   * @param dir the folder
   * @return the copy
   * @throws java.io.IOException if it cannot be written
   */
  static java.nio.file.Path testLayer(java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("hung-yen-2024-tinh.json");
    try (java.io.InputStream in = Cli.class.getResourceAsStream("/layers/hung-yen-2024-tinh.json")) {
      java.nio.file.Files.copy(in, file);
    }
    return file;
  }
}
