package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.ScoreSheetsCsv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading documents from bytes in memory: the {@value #SHEETS} score sheets of the CLI's sample dataset (see
 * {@link Sample}) as the sample's JSON document, as the same sheets written once as YAML
 * ({@link EmulationFiles#writeScoreSheets(List, DocumentFormat)}) and as CSV ({@link ScoreSheetsCsv#write(List)}),
 * and one organiser layer of the sample ({@value #LAYER}, YAML). One operation is one whole document: all the sheets,
 * or the one layer. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per document. Run from the
 * repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class FormatsBenchmark {
  /** The number of score sheets in the sample. */
  static final int SHEETS = 1069;
  /** The layer read by {@link #layerYaml()}: the provincial committee's organiser layer, the sample's largest. */
  static final String LAYER = "layers/ubnd-tinh.yaml";

  private byte[] json;
  private byte[] yaml;
  private byte[] csv;
  private byte[] layer;

  /** Reads the sample's sheets and layer, writes the sheets as YAML and CSV, and checks each reads back whole. */
  @Setup
  public void setUp() {
    json = Sample.bytes("sheets.json");
    List<ScoreSheet> sheets = sheetsJson();
    if (sheets.size() != SHEETS) {
      throw new IllegalStateException("the sample should hold " + SHEETS + " sheets, not " + sheets.size());
    }
    yaml = EmulationFiles.writeScoreSheets(sheets, DocumentFormat.YAML).getBytes(StandardCharsets.UTF_8);
    csv = ScoreSheetsCsv.write(sheets);
    layer = Sample.bytes(LAYER);
    if (!sheetsYaml().equals(sheets) || !sheetsCsv().equals(sheets)) {
      throw new IllegalStateException("the sheets should read back equal from YAML and CSV");
    }
    RuleSet rules = layerYaml();
    System.out.printf("%n%,d sheets: JSON %,d bytes, YAML %,d bytes, CSV %,d bytes; %s (%s): %,d bytes%n",
        sheets.size(), json.length, yaml.length, csv.length, LAYER, rules.id(), layer.length);
  }

  /**
   * Reads the sheets from the sample's JSON document.
   *
   * @return the sheets
   */
  @Benchmark
  public List<ScoreSheet> sheetsJson() {
    return EmulationFiles.readScoreSheets(new ByteArrayInputStream(json), "sheets.json");
  }

  /**
   * Reads the sheets from a YAML document.
   *
   * @return the sheets
   */
  @Benchmark
  public List<ScoreSheet> sheetsYaml() {
    return EmulationFiles.readScoreSheets(new ByteArrayInputStream(yaml), "sheets.yaml");
  }

  /**
   * Reads the sheets from CSV, as saved from Excel.
   *
   * @return the sheets
   */
  @Benchmark
  public List<ScoreSheet> sheetsCsv() {
    return ScoreSheetsCsv.read(new ByteArrayInputStream(csv), "sheets.csv");
  }

  /**
   * Reads one organiser layer from YAML.
   *
   * @return the layer
   */
  @Benchmark
  public RuleSet layerYaml() {
    return EmulationFiles.readRuleSet(new ByteArrayInputStream(layer), "ubnd-tinh.yaml");
  }
}
