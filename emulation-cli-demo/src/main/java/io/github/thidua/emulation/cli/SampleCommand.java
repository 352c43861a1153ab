package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.jackson.ArchiveWriter;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emulation sample DIR}: writes the embedded sample dataset to a folder to start from. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Ghi bộ dữ liệu mẫu (Hưng Yên 2024) ra một thư mục để bắt đầu từ đó.",
        "Writes the embedded sample dataset (Hưng Yên 2024) to a folder to start from."},
    footerHeading = "%nExamples:%n",
    footer = {"  emulation sample du-lieu-mau",
        "  emulation run --data du-lieu-mau"})
final class SampleCommand implements Callable<Integer> {
  /** The sample as an archive of group-year records. */
  static final String ARCHIVE = "archive.jsonl";

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Thư mục đích (tạo mới nếu chưa có) / target folder (created)")
  Path dir;

  @Option(names = "--force", description = "Ghi đè thư mục không rỗng / overwrite a folder that is not empty")
  boolean force;

  @Option(names = "--lang", defaultValue = "vi", description = "vi | en (default: ${DEFAULT-VALUE})")
  Lang lang = Lang.vi;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(dir) && !force) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          err.println("emulation: " + lang.t("thư mục " + dir + " không rỗng; dùng --force để ghi đè",
              "the folder " + dir + " is not empty; use --force to overwrite"));
          return EmulationCli.EXIT_USAGE;
        }
      }
    } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println("emulation: " + lang.t(dir + " không phải thư mục", dir + " is not a folder"));
      return EmulationCli.EXIT_USAGE;
    }
    Province province = DataOptions.sample(DataOptions.PROVINCE, EmulationFiles::readProvince);
    List<String> files = new ArrayList<>(List.of(DataOptions.PROVINCE, DataOptions.SHEETS, DataOptions.BALLOTS,
        DataOptions.HISTORY, DataOptions.PROPOSALS));
    for (Organiser o : province.organisers()) {
      files.add(DataOptions.LAYERS + "/" + o.id().value() + ".yaml");
    }
    List<String> written = new ArrayList<>();
    for (String name : files) {
      try (InputStream in = SampleCommand.class.getResourceAsStream(DataOptions.SAMPLE + name)) {
        if (in == null) {
          continue;
        }
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
        written.add(name);
      }
    }
    // the same data as a one-year archive of group-year records, for the archive command
    DataOptions options = new DataOptions();
    options.rules = RuleSets.DEFAULT_ID;
    try (ArchiveWriter writer = ArchiveWriter.open(dir.resolve(ARCHIVE))) {
      Archives.records(options.load()).forEach(writer::write);
    }
    written.add(ARCHIVE);
    out.println(lang.t("Đã ghi bộ dữ liệu mẫu vào ", "Wrote the sample dataset to ") + dir + ":");
    written.forEach(f -> out.println("  " + f));
    out.println(lang.t("Tiếp theo: emulation run --data ", "Next: emulation run --data ") + dir);
    out.println(lang.t("hoặc: emulation archive ", "or: emulation archive ") + dir.resolve(ARCHIVE) + " --layer "
        + dir.resolve(DataOptions.LAYERS));
    return 0;
  }
}
