package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
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
 * The whole year of the CLI's sample dataset (see {@link Sample}) through the core's year API, on data read once at
 * setup: {@code EmulationYear.run} over the province, its sheets and its ballots (the rule book's check, the
 * organisation, every group's scores, votes, rankings, leading unit and award plan). One operation is one year.
 * Run from the repository root. {@link YearBenchmark} compares the same year with the stages called one by one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CycleBenchmark {
  /** The number of groups in the sample. */
  static final int GROUPS = 39;

  private Province province;
  private RuleBook rules;
  private List<ScoreSheet> sheets;
  private List<VoteSession> sessions;
  private YearInputs inputs;

  /** Reads the sample: province, sheets, ballots, and the embedded Hưng Yên rule set with the sample's layers. */
  @Setup
  public void setUp() {
    province = EmulationFiles.readProvince(new ByteArrayInputStream(Sample.bytes("province.json")), "province.json");
    sheets = EmulationFiles.readScoreSheets(new ByteArrayInputStream(Sample.bytes("sheets.json")), "sheets.json");
    sessions = EmulationFiles.readBallots(new ByteArrayInputStream(Sample.bytes("ballots.json")), "ballots.json");
    List<RuleSet> layers = new ArrayList<>(RuleSets.embedded("vn-hung-yen").layers());
    for (String name : Sample.layerNames()) {
      layers.add(EmulationFiles.readRuleSet(new ByteArrayInputStream(Sample.bytes(name)), name));
    }
    rules = RuleBook.of(layers);
    if (province.groups().size() != GROUPS) {
      throw new IllegalStateException("the sample should have " + GROUPS + " groups, not "
          + province.groups().size());
    }
    inputs = YearInputs.builder(province, rules).sheets(sheets).votes(sessions).build();
    ProvinceYear check = cycle();
    long votes = check.groups().stream().filter(y -> y.vote(VotePurpose.LEADER).isPresent()).count();
    long winners = check.groups().stream().filter(y -> y.leadingUnit().unit().isPresent()).count();
    long grants = check.groups().stream().mapToLong(y -> y.plan().grants().size()).sum();
    System.out.printf("%n%d groups, %,d sheets, %d votes (%d with a leading unit), %d grants, %d findings%n",
        check.groups().size(), sheets.size(), votes, winners, grants, check.report().findings().size());
    if (votes != GROUPS) {
      throw new IllegalStateException("every group of the sample should have a LEADER vote: " + votes);
    }
  }

  /**
   * Runs the whole year.
   *
   * @return the year, kept so that nothing is optimised away
   */
  @Benchmark
  public ProvinceYear cycle() {
    return EmulationYear.run(inputs);
  }
}
