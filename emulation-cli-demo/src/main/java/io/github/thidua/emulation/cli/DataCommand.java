package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.GroupId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command over a dataset: loads it (a bad file is one line on standard error and exit code 2), lets the command
 * render its output, and writes it to standard output or a file.
 */
abstract class DataCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Mixin
  OutputOptions output;

  @Option(names = {"-g", "--group"}, paramLabel = "ID",
      description = "Chỉ cụm, khối này (lặp lại được) / only this group (repeatable)")
  List<String> groups = new ArrayList<>();

  /** What a command renders: the text, and whether the data has errors (exit code 1). */
  record Output(String text, boolean errors) {}

  /**
   * Renders the command's output.
   *
   * @param data the dataset
   * @return the text in the chosen format and whether errors were found
   */
  abstract Output render(Dataset data);

  Lang lang() {
    return output.lang;
  }

  Format format() {
    return output.format;
  }

  Set<GroupId> chosenGroups() {
    Set<GroupId> ids = new LinkedHashSet<>();
    for (String g : groups) {
      try {
        ids.add(GroupId.of(g));
      } catch (IllegalArgumentException e) {
        throw new UsageException("mã cụm, khối không hợp lệ: '" + g + "'", "not a valid group id: '" + g + "'");
      }
    }
    return ids;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Output out = render(data.load());
      write(out.text());
      return out.errors() ? EmulationCli.EXIT_VIOLATIONS : 0;
    } catch (DataFileException e) {
      err.println("emulation: " + e.describe(lang().locale()));
      if (output.debug) {
        e.printStackTrace(err);
      }
      return EmulationCli.EXIT_USAGE;
    } catch (UsageException e) {
      err.println("emulation: " + e.message(lang()));
      return EmulationCli.EXIT_USAGE;
    }
  }

  /** Writes to the output file (CSV with a byte-order mark, for Excel) or to standard output. */
  void write(String text) {
    if (output.output.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    String content = format() == Format.csv ? "\uFEFF" + text : text;
    try {
      Files.writeString(output.output.get(), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("không ghi được tệp " + output.output.get(),
          "cannot write the file " + output.output.get());
    }
  }
}
