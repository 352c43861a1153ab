package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring the whole generated province of {@link ProvinceGenerator} (size 1: 2,002 units in 200 groups): the
 * library's exact scoring ({@link #exactScoring}: {@code Emulation.score} per group with the group's sheets and
 * the whole rule book, as a caller of the stage API does) against the hand-written baselines of the same
 * computation in {@code double} ({@link #doubleScoring}) and exact in {@code BigDecimal} ({@link #exactBaseline};
 * see {@link Baselines}). Setup scores the province with the library and fails unless its scores have no finding
 * and both baselines give its totals, to the scale's two decimals, and the same ranks. Size 1 only (no
 * {@code @Param}): each {@code Emulation.score} call builds its own run context for the whole province and rule
 * book, so a ten-times province would take about a hundred times as long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProvinceScoringBenchmark {
  /** The size factor of the province. */
  static final int SIZE = 1;

  private Province province;
  private List<RuleSet> layers;
  private List<ScoreSheet> sheets;
  private RuleBook rules;

  /** Generates the province and checks both baselines against the library. */
  @Setup(Level.Trial)
  public void setUp() {
    ProvinceGenerator.Generated data = ProvinceGenerator.generate(ProvinceGenerator.SEED, SIZE);
    province = data.province();
    layers = data.layers();
    sheets = data.sheets();
    rules = data.rules();
    System.out.println();
    ProvinceBenchmark.checkScoring(province, layers, sheets, exactScoring(), Map.of());
  }

  /**
   * The library's scoring of every group: {@code Emulation.score} with the group's sheets and the rule book.
   *
   * @return the scores
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public List<GroupScores> exactScoring() {
    Map<GroupId, List<ScoreSheet>> byGroup = new HashMap<>();
    for (ScoreSheet s : sheets) {
      byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
    }
    List<GroupScores> out = new ArrayList<>();
    for (EmulationGroup g : province.groups()) {
      out.add(Emulation.score(province, g.id(), byGroup.getOrDefault(g.id(), List.of()), rules));
    }
    return out;
  }

  /**
   * The double baseline of the same scoring.
   *
   * @return the totals
   */
  @Benchmark
  public List<Baselines.GroupTotals> doubleScoring() {
    return Baselines.doubleScoring(province, layers, sheets);
  }

  /**
   * The exact (BigDecimal) baseline of the same scoring.
   *
   * @return the totals
   */
  @Benchmark
  public List<Baselines.GroupTotals> exactBaseline() {
    return Baselines.exactScoring(province, layers, sheets);
  }
}
