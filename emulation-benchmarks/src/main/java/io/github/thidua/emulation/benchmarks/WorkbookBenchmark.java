package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Apache POI recomputing the spreadsheet equivalent of the generated province's scoring ({@link Workbooks}): the
 * scoring workbook (score sheets as cells, trimmed means, {@code MIN}, {@code SUM}, {@code ROUND} and
 * {@code RANK} formulas) and a simple workbook of typed points with {@code SUM} and {@code RANK}. One operation
 * clears the evaluator's cache and evaluates every formula ({@code FormulaEvaluator.evaluateAll()}). The
 * workbooks are built once at setup, which then evaluates them and checks their totals and ranks against the
 * library's year, failing the run if any differs. Size factor 1 only: the ten-times workbook would take gigabytes
 * of XSSF cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class WorkbookBenchmark {
  /** The size factor of the province: 1 only (no {@code @Param}, so that {@link Ratios} can set the others'). */
  static final int SIZE = 1;

  private Workbooks.Built built;

  /**
   * Generates the province, builds this fork's workbook, evaluates it and checks it against the library.
   *
   * @param params which benchmark this fork runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    ProvinceGenerator.Generated data = ProvinceGenerator.generate(ProvinceGenerator.SEED, SIZE);
    boolean simple = params.getBenchmark().endsWith("poiSimpleWorkbook");
    built = simple ? Workbooks.simple(data) : Workbooks.scoring(data);
    ProvinceYear year = EmulationYear.run(data.inputs());
    built.evaluateAll();
    Workbooks.check(simple ? "the simple workbook" : "the scoring workbook", built,
        ProvinceBenchmark.libraryTotals(year), ProvinceBenchmark.libraryRanks(year));
    System.out.printf("%n%s workbook: %s; its totals and ranks are the library's%n", simple ? "simple" : "scoring",
        Workbooks.describe(built));
  }

  /** Closes the workbook. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    built.workbook().close();
  }

  /**
   * Recomputes the scoring workbook.
   *
   * @return the workbook
   */
  @Benchmark
  public Object poiWorkbook() {
    built.evaluateAll();
    return built.workbook();
  }

  /**
   * Recomputes the simple workbook.
   *
   * @return the workbook
   */
  @Benchmark
  public Object poiSimpleWorkbook() {
    built.evaluateAll();
    return built.workbook();
  }

  /**
   * Builds both workbooks, evaluates them and checks them, printing one-shot timings (not a measurement).
   *
   * @param args the size factor, optionally
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    ProvinceGenerator.Generated data = ProvinceGenerator.generate(ProvinceGenerator.SEED, size);
    ProvinceYear year = EmulationYear.run(data.inputs());
    for (boolean simple : new boolean[] {false, true}) {
      long t0 = System.nanoTime();
      Workbooks.Built b = simple ? Workbooks.simple(data) : Workbooks.scoring(data);
      long t1 = System.nanoTime();
      b.evaluateAll();
      long t2 = System.nanoTime();
      b.evaluateAll();
      long t3 = System.nanoTime();
      Workbooks.check(simple ? "simple" : "scoring", b, ProvinceBenchmark.libraryTotals(year),
          ProvinceBenchmark.libraryRanks(year));
      System.out.printf("%s: %s; built in %.1f s, evaluated in %.1f s, then %.1f s%n", simple ? "simple" : "scoring",
          Workbooks.describe(b), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
    System.out.println("ok");
  }
}
