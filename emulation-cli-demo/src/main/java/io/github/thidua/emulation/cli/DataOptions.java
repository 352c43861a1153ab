package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.ScoreSheetsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The options that choose a dataset: a folder laid out like the sample, or the embedded sample, with any part
 * replaced by a file. The embedded sample is used only when neither {@code --data} nor {@code --province} is given;
 * a path is always a path, even one named {@code sample}.
 */
final class DataOptions {
  /** Where the embedded sample lives on the class path. */
  static final String SAMPLE = "/io/github/thidua/emulation/cli/sample/";

  /** The files of a dataset folder, as the {@code sample} command writes them. */
  static final String PROVINCE = "province.json";
  static final String SHEETS = "sheets.json";
  static final String SHEETS_CSV = "sheets.csv";
  static final String BALLOTS = "ballots.json";
  static final String HISTORY = "history.json";
  static final String PROPOSALS = "proposals.json";
  static final String LAYERS = "layers";

  @Option(names = {"-d", "--data"}, paramLabel = "DIR",
      description = "Thư mục dữ liệu (như lệnh sample ghi ra); mặc định: bộ dữ liệu mẫu / dataset folder "
          + "(as written by the sample command); default: the embedded sample")
  Optional<Path> data = Optional.empty();

  @Option(names = "--province", paramLabel = "FILE", description = "Tệp dữ liệu tỉnh / province file (JSON, YAML)")
  Optional<Path> province = Optional.empty();

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = RuleSets.DEFAULT_ID,
      description = "Bộ quy tắc: mã có sẵn hoặc tệp / rule set: a shipped id or a file (default: ${DEFAULT-VALUE})")
  String rules;

  @Option(names = "--layer", paramLabel = "FILE",
      description = "Thêm tầng quy tắc (tệp hoặc thư mục) / add an organiser or group layer (a file, or a folder of "
          + "them)")
  List<Path> layers = new ArrayList<>();

  @Option(names = "--scale", paramLabel = "FILE",
      description = {"Chấm mọi cụm, khối theo thang điểm này thay cho thang điểm trong bộ quy tắc",
          "score every group on this scale (a scale document) instead of the ones the rules bind"})
  Optional<Path> scale = Optional.empty();

  @Option(names = "--sheets", paramLabel = "FILE",
      description = "Phiếu chấm (JSON, YAML hoặc CSV từ Excel) / score sheets (JSON, YAML or CSV from Excel)")
  Optional<Path> sheets = Optional.empty();

  @Option(names = "--ballots", paramLabel = "FILE", description = "Phiếu biểu quyết / ballots")
  Optional<Path> ballots = Optional.empty();

  @Option(names = "--history", paramLabel = "FILE", description = "Kết quả các năm trước / award history")
  Optional<Path> history = Optional.empty();

  @Option(names = "--proposals", paramLabel = "FILE", description = "Đề nghị khen thưởng / award proposals")
  Optional<Path> proposals = Optional.empty();

  @Option(names = "--fingerprints", paramLabel = "FORM", defaultValue = "compact",
      description = "Dạng mã kiểm chứng / fingerprint form: compact (SHA-256/2) | text (SHA-256, để kiểm chứng kết quả"
          + " cũ / to verify results of the first form) (default: ${DEFAULT-VALUE})")
  FingerprintForm fingerprints = FingerprintForm.compact;

  /** The canonical forms of fingerprints, as the command line names them. */
  enum FingerprintForm {
    /** {@link CanonicalForm#COMPACT}. */
    compact,
    /** {@link CanonicalForm#TEXT}. */
    text;

    CanonicalForm form() {
      return this == compact ? CanonicalForm.COMPACT : CanonicalForm.TEXT;
    }
  }

  /** Loads the dataset; a file problem is a {@link DataFileException}. */
  Dataset load() {
    Province p = province.map(EmulationFiles::readProvince)
        .orElseGet(() -> data.map(d -> EmulationFiles.readProvince(required(d, PROVINCE)))
            .orElseGet(() -> sample(PROVINCE, EmulationFiles::readProvince)));
    List<RuleSet> extra = new ArrayList<>();
    if (data.isPresent()) {
      extra.addAll(folderLayers(data.get().resolve(LAYERS)));
    } else if (province.isEmpty()) {
      // the sample's organiser layers extend the default rule set; with other rules they do not apply
      Set<RuleSetId> chain = Inputs.rules(rules, List.of()).layers().stream().map(RuleSet::id)
          .collect(Collectors.toSet());
      for (Organiser o : p.organisers()) {
        sampleOptional(LAYERS + "/" + o.id().value() + ".yaml", EmulationFiles::readRuleSet)
            .filter(l -> l.parent().map(chain::contains).orElse(false)).ifPresent(extra::add);
      }
    }
    layers.forEach(l -> extra.addAll(layerFiles(l)));
    RuleBook book;
    try {
      book = Inputs.rules(rules, extra);
    } catch (IllegalArgumentException e) {
      throw new UsageException("các tầng quy tắc không ghép được với nhau: " + e.getMessage(),
          "the rule-set layers do not fit together: " + e.getMessage());
    }
    return new Dataset(data.or(() -> province).map(Path::toString), p, book, scale.map(EmulationFiles::readScale),
        part(sheets, csvInFolder() ? SHEETS_CSV : SHEETS, DataOptions::readSheets, EmulationFiles::readScoreSheets),
        part(ballots, BALLOTS, EmulationFiles::readBallots, EmulationFiles::readBallots),
        part(history, HISTORY, EmulationFiles::readHistory, EmulationFiles::readHistory),
        part(proposals, PROPOSALS, EmulationFiles::readProposals, EmulationFiles::readProposals),
        fingerprints.form());
  }

  /**
   * A part of the dataset: the file given by its option, else the folder's file if present, else (with no folder and
   * no province file) the sample's, else nothing.
   */
  private <T> List<T> part(Optional<Path> option, String name, Function<Path, List<T>> readFile,
      BiFunction<InputStream, String, List<T>> readStream) {
    if (option.isPresent()) {
      return readFile.apply(option.get());
    }
    if (data.isPresent()) {
      Path file = data.get().resolve(name);
      return Files.exists(file) ? readFile.apply(file) : List.of();
    }
    if (province.isPresent()) {
      return List.of();
    }
    return sampleOptional(name, readStream).orElse(List.of());
  }

  /** A folder may hold its sheets as CSV (from Excel) instead of JSON. */
  private boolean csvInFolder() {
    return data.isPresent() && !Files.exists(data.get().resolve(SHEETS))
        && Files.exists(data.get().resolve(SHEETS_CSV));
  }

  private static List<ScoreSheet> readSheets(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ScoreSheetsCsv.read(file)
        : EmulationFiles.readScoreSheets(file);
  }

  private static Path required(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new DataFileException(dir.toString(), "", 0, 0, new LocalizedText(
          "thư mục dữ liệu không có tệp " + name, "the dataset folder has no " + name), null);
    }
    return file;
  }

  /** A layer file, or every layer of a folder. */
  static List<RuleSet> layerFiles(Path path) {
    return Files.isDirectory(path) ? folderLayers(path) : List.of(EmulationFiles.readRuleSet(path));
  }

  private static List<RuleSet> folderLayers(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.(json|yaml|yml)")).sorted()
          .map(EmulationFiles::readRuleSet).toList();
    } catch (IOException e) {
      throw new DataFileException(dir.toString(), "", 0, 0, new LocalizedText("không đọc được thư mục",
          "cannot list the folder"), e);
    }
  }

  static <T> T sample(String name, BiFunction<InputStream, String, T> read) {
    return sampleOptional(name, read).orElseThrow(
        () -> new IllegalStateException("the embedded sample is missing " + name));
  }

  static <T> Optional<T> sampleOptional(String name, BiFunction<InputStream, String, T> read) {
    try (InputStream in = DataOptions.class.getResourceAsStream(SAMPLE + name)) {
      return in == null ? Optional.empty() : Optional.of(read.apply(in, "sample:" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
