package io.github.thidua.emulation.cli;

import java.util.Optional;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a command speaks: language, format, where to, and whether to show technical detail. */
final class OutputOptions {
  @Option(names = "--lang", defaultValue = "vi", description = "vi | en (default: ${DEFAULT-VALUE})")
  Lang lang = Lang.vi;

  @Option(names = "--format", defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Ghi ra tệp thay vì màn hình / write to a file instead of standard output")
  Optional<Path> output = Optional.empty();

  @Option(names = "--debug", description = "In chi tiết lỗi kỹ thuật / print stack traces")
  boolean debug;
}
