package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.Finding;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The performance targets of issue 11 on the generated province of {@link ProvinceGenerator} (seed
 * {@link ProvinceGenerator#SEED}; {@code size} 1: 2,002 units in 200 groups, about 31 MB of JSON; {@code size} 10:
 * ten times that), each benchmark one whole province:
 *
 * <ul>
 *   <li>{@link #jacksonTokenLoop}: a Jackson streaming parse of all the input documents' bytes, {@code nextToken()}
 *       to the end, nothing bound: the floor of any reading;
 *   <li>{@link #readTree}: the same bytes into Jackson trees;
 *   <li>{@link #year}: {@code EmulationYear.run} on the inputs in memory;
 *   <li>{@link #filesToResults}: the documents read with {@code EmulationFiles}, then the year.
 * </ul>
 *
 * <p>Setup checks what each benchmark relies on, in its own fork: for {@code year}, that the year has no finding
 * at all and that both baselines of {@link ProvinceScoringBenchmark} give the year's totals and ranks; for
 * {@code filesToResults}, that the documents read back equal to the inputs in memory. A failed check fails the run.
 * The slow benchmarks run single-shot (one operation per iteration); {@link Ratios} runs them all with
 * {@link ProvinceScoringBenchmark} and {@link WorkbookBenchmark} and prints the targets' ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProvinceBenchmark {
  /** The size factor: 1 for 200 groups, 10 for 2,000. */
  @Param({"1", "10"})
  public int size;

  private ProvinceGenerator.Generated data;
  private byte[][] documents;
  private YearInputs inputs;
  private Province province;
  private List<RuleSet> layers;
  private List<ScoreSheet> sheets;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = JsonMapper.builder().build();

  /**
   * Generates the province and runs the checks the benchmark of this fork relies on.
   *
   * @param params which benchmark this fork runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    data = ProvinceGenerator.generate(ProvinceGenerator.SEED, size);
    documents = data.documents().values().toArray(byte[][]::new);
    inputs = data.inputs();
    province = data.province();
    layers = data.layers();
    sheets = data.sheets();
    String benchmark = params.getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    System.out.printf("%nsize %d: %,d units, %,d groups, %,d sheets, %,d votes, %,d documents, %,d bytes%n", size,
        province.units().size(), province.groups().size(), sheets.size(), data.votes().size(), documents.length,
        data.bytes());
    switch (method) {
      case "year" -> {
        ProvinceYear year = EmulationYear.run(inputs);
        checkYear(year);
        checkScoring(province, layers, sheets, year.groups().stream().map(GroupYear::scores).toList(),
            libraryRanks(year));
      }
      case "filesToResults" -> checkRead(data, ProvinceGenerator.read(data.documents()));
      default -> { }
    }
  }

  /**
   * Every document's bytes through a Jackson streaming parser, token by token.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long jacksonTokenLoop() {
    long tokens = 0;
    for (byte[] d : documents) {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), d)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          tokens += t.ordinal() > 0 ? 1 : 0;
        }
      }
    }
    return tokens;
  }

  /**
   * Every document into a Jackson tree.
   *
   * @return the trees
   */
  @Benchmark
  public List<JsonNode> readTree() {
    List<JsonNode> out = new ArrayList<>(documents.length);
    for (byte[] d : documents) {
      out.add(mapper.readTree(d));
    }
    return out;
  }

  /**
   * The province's year on its inputs in memory.
   *
   * @return the year
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public ProvinceYear year() {
    return EmulationYear.run(inputs);
  }

  /**
   * The documents read with {@code EmulationFiles}, then the year.
   *
   * @return the year
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 2)
  @Measurement(iterations = 4)
  public ProvinceYear filesToResults() {
    return EmulationYear.run(ProvinceGenerator.read(data.documents()));
  }

  // ------------------------------------------------------------------ checks

  /** Fails unless the year has no finding at all and every group has a leading unit and an award plan. */
  static void checkYear(ProvinceYear year) {
    List<Finding> findings = year.report().findings();
    if (!findings.isEmpty()) {
      throw new IllegalStateException("the generated year should have no finding, it has " + findings.size()
          + ", the first: " + findings.get(0));
    }
    long leaders = year.groups().stream().filter(g -> g.leadingUnit().unit().isPresent()).count();
    long grants = year.groups().stream().mapToLong(g -> g.plan().grants().size()).sum();
    if (leaders != year.groups().size()) {
      throw new IllegalStateException("every group should have a leading unit: " + leaders + " of "
          + year.groups().size());
    }
    System.out.printf("the year: %d groups, no finding, %d leading units, %,d grants%n", year.groups().size(),
        leaders, grants);
  }

  /** Fails unless the documents read back to the inputs in memory. */
  static void checkRead(ProvinceGenerator.Generated data, YearInputs read) {
    if (!read.province().equals(data.province()) || !read.sheets().equals(data.sheets())
        || !read.votes().equals(data.votes()) || !read.rules().layers().equals(data.rules().layers())) {
      throw new IllegalStateException("the documents should read back to the generated inputs");
    }
    System.out.println("the documents read back to the inputs in memory");
  }

  /**
   * Fails unless the library's scores have no finding and both baselines give the library's totals for every
   * unit, and the ranks those totals make; with the library's rankings (from a year), also their ranks.
   */
  static void checkScoring(Province province, List<RuleSet> layers, List<ScoreSheet> sheets,
      List<GroupScores> library, Map<UnitId, BigDecimal> libraryRanks) {
    compare("the double baseline", Baselines.doubleScoring(province, layers, sheets), library, libraryRanks);
    compare("the exact baseline", Baselines.exactScoring(province, layers, sheets), library, libraryRanks);
    System.out.printf("both baselines give the library's totals and ranks of the %,d units%n",
        province.units().size());
  }

  /** Fails unless the baselines' totals and ranks equal the library's scores, unit by unit. */
  static void compare(String what, List<Baselines.GroupTotals> baseline, List<GroupScores> library,
      Map<UnitId, BigDecimal> libraryRanks) {
    if (baseline.size() != library.size()) {
      throw new IllegalStateException(what + ": " + baseline.size() + " groups, the library " + library.size());
    }
    Map<GroupId, GroupScores> byGroup = new HashMap<>();
    library.forEach(l -> byGroup.put(l.group(), l));
    for (Baselines.GroupTotals b : baseline) {
      GroupScores l = byGroup.get(b.group());
      if (l == null) {
        throw new IllegalStateException(what + ": the library did not score " + b.group());
      }
      if (b.problems() != 0 || !l.report().violations().isEmpty()) {
        throw new IllegalStateException(what + ": problems in " + b.group() + ": " + b.problems() + " and "
            + l.report().codes());
      }
      Map<UnitId, BigDecimal> totals = new HashMap<>();
      l.units().forEach(u -> totals.put(u.unit(), u.total()));
      int[] ranks = Baselines.ranks(b.totals());
      int[] ownRanks = Baselines.ranks(b.units().stream()
          .mapToDouble(u -> totals.get(u).doubleValue()).toArray());
      for (int u = 0; u < b.units().size(); u++) {
        BigDecimal expected = totals.get(b.units().get(u));
        BigDecimal ranked = libraryRanks.get(b.units().get(u));
        if (expected == null || BigDecimal.valueOf(b.totals()[u]).compareTo(expected) != 0
            || ranks[u] != ownRanks[u] || ranked != null && ranked.compareTo(BigDecimal.valueOf(ranks[u])) != 0) {
          throw new IllegalStateException(what + " disagrees with the library on " + b.units().get(u) + ": "
              + b.totals()[u] + " (rank " + ranks[u] + ") against " + expected + " (rank " + ownRanks[u]
              + ", ranked " + ranked + ")");
        }
      }
    }
  }

  /** The library's ranks of a year's groups, by unit (for the workbook's check). */
  static Map<UnitId, BigDecimal> libraryRanks(ProvinceYear year) {
    Map<UnitId, BigDecimal> out = new HashMap<>();
    for (GroupYear g : year.groups()) {
      for (RankEntry e : g.preliminary().entries()) {
        out.put(e.unit(), e.rank());
      }
    }
    return out;
  }

  /** The library's totals of a year's groups, by unit. */
  static Map<UnitId, BigDecimal> libraryTotals(ProvinceYear year) {
    Map<UnitId, BigDecimal> out = new HashMap<>();
    for (GroupYear g : year.groups()) {
      for (UnitScore u : g.scores().units()) {
        out.put(u.unit(), u.total());
      }
    }
    return out;
  }

  /**
   * The checks alone, with rough one-shot timings (a cold JVM, not a measurement): generates the province of the
   * size factor given (default 1), runs the year and compares the baselines, reads the documents back.
   *
   * @param args the size factor, optionally
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    long t0 = System.nanoTime();
    ProvinceGenerator.Generated data = ProvinceGenerator.generate(ProvinceGenerator.SEED, size);
    long t1 = System.nanoTime();
    System.out.printf("generated size %d in %.1f s: %,d units, %,d groups, %,d sheets, %,d bytes%n", size,
        (t1 - t0) / 1e9, data.province().units().size(), data.province().groups().size(), data.sheets().size(),
        data.bytes());
    YearInputs inputs = data.inputs();
    ProvinceYear year = EmulationYear.run(inputs);
    long t2 = System.nanoTime();
    System.out.printf("year in %.1f s%n", (t2 - t1) / 1e9);
    if (!year.report().findings().isEmpty()) {
      year.report().findings().stream().map(f -> f.violation().code()).distinct().limit(20)
          .forEach(c -> System.out.println("  " + c + " x" + year.report().findings().stream()
              .filter(f -> f.violation().code().equals(c)).count()));
    }
    checkYear(year);
    checkScoring(data.province(), data.layers(), data.sheets(), year.groups().stream().map(GroupYear::scores)
        .toList(), libraryRanks(year));
    long t3 = System.nanoTime();
    checkRead(data, ProvinceGenerator.read(data.documents()));
    long t4 = System.nanoTime();
    System.out.printf("baselines checked in %.1f s, documents read in %.1f s%n", (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    System.out.println("ok");
  }
}
