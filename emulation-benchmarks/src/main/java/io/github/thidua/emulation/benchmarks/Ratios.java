package io.github.thidua.emulation.benchmarks;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The performance targets of issue 11 in one command: runs {@link ProvinceBenchmark} (size 1, and 10 with
 * {@code --ten}), {@link ProvinceScoringBenchmark} and {@link WorkbookBenchmark} (size 1) in one JMH run, with the allocation profiler ({@code -prof gc}),
 * then times the command line's {@code run} on the sample in fresh JVMs, and prints every benchmark's figures and
 * the ratio table of the eight targets with pass or fail.
 *
 * <pre>
 * java -cp emulation-benchmarks/target/benchmarks.jar io.github.thidua.emulation.benchmarks.Ratios [--ten]
 *     [--cli emulation-cli-demo/target/emulation] [--cli-runs 10]
 * </pre>
 *
 * <p>Run it from the repository root (the default {@code --cli} is the CLI module's launcher; give a jar to time {@code java -jar} instead). Each benchmark uses
 * its class's own iteration settings. Target 7 (a 2 GB archive streaming with {@code -Xmx256m}) is not part of this
 * run; {@link ArchiveStream} reproduces it.
 */
public final class Ratios {
  private Ratios() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args {@code --ten} to add the ten-times province; {@code --cli LAUNCHER|JAR} the command line's launcher or jar;
   *     {@code --cli-runs N} how many cold runs to time
   * @throws RunnerException if JMH fails (a failed setup check fails the run)
   * @throws IOException if the command line cannot be started
   * @throws InterruptedException if interrupted while waiting for it
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    boolean ten = false;
    String cli = "emulation-cli-demo/target/emulation";
    int cliRuns = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ten" -> ten = true;
        case "--cli" -> cli = args[++i];
        case "--cli-runs" -> cliRuns = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (options: --ten, --cli LAUNCHER|JAR, --cli-runs N)");
      }
    }
    String[] sizes = ten ? new String[] {"1", "10"} : new String[] {"1"};
    Map<String, Long> bytes = new HashMap<>();
    for (String s : sizes) {
      bytes.put(s, ProvinceGenerator.generate(ProvinceGenerator.SEED, Integer.parseInt(s)).bytes());
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ProvinceBenchmark.class.getName() + "\\.")
        .include(ProvinceScoringBenchmark.class.getName() + "\\.")
        .include(WorkbookBenchmark.class.getName() + "\\.")
        .param("size", sizes)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    long started = System.nanoTime();
    Collection<RunResult> results = new Runner(options.build()).run();
    double minutes = (System.nanoTime() - started) / 60e9;
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult r : results) {
      byName.put(key(r.getParams()), r);
    }
    Cli cold = cli(cli, cliRuns);
    print(byName, bytes, sizes, cold, minutes);
  }

  private static String key(BenchmarkParams p) {
    String b = p.getBenchmark();
    String method = b.substring(b.lastIndexOf('.') + 1);
    String size = p.getParamsKeys().contains("size") ? p.getParam("size") : "1";
    return method + "@" + size;
  }

  /** The cold runs of the command line: wall times in seconds, or why there are none. */
  private record Cli(List<Double> seconds, String note) {}

  /** Times the launcher, or {@code java -jar} if given a jar. */
  private static Cli cli(String jar, int runs) throws IOException, InterruptedException {
    if (!new File(jar).isFile()) {
      return new Cli(List.of(), "no " + jar + " (build the CLI module, or give --cli LAUNCHER|JAR)");
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = jar.endsWith(".jar") ? List.of(java, "-jar", jar, "run") : List.of(jar, "run");
    List<Double> seconds = new ArrayList<>();
    int exit = 0;
    for (int i = 0; i <= runs; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      exit = p.waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      if (i > 0) {
        seconds.add(s); // the first run only warms the file cache
      }
    }
    return new Cli(seconds, (jar.endsWith(".jar") ? "java -jar " : "") + jar + " run, exit code " + exit);
  }

  private static double ms(Map<String, RunResult> r, String name) {
    RunResult x = r.get(name);
    return x == null ? Double.NaN : x.getPrimaryResult().getScore();
  }

  private static double alloc(Map<String, RunResult> r, String name) {
    RunResult x = r.get(name);
    if (x == null) {
      return Double.NaN;
    }
    for (Map.Entry<String, Result> e : x.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  private static void print(Map<String, RunResult> r, Map<String, Long> bytes, String[] sizes, Cli cold,
      double minutes) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n## Benchmarks (one JMH run, %.1f minutes)%n%n", minutes));
    out.append("| benchmark | size | time per province (± 99.9 %) | allocation per province |\n|---|---|---|---|\n");
    List<String> names = new ArrayList<>(r.keySet());
    names.sort(null);
    for (String name : names) {
      RunResult x = r.get(name);
      String[] parts = name.split("@");
      out.append(String.format(Locale.ROOT, "| `%s` | %s | %,.1f ms (± %,.1f) | %,.0f MB |%n", parts[0], parts[1],
          x.getPrimaryResult().getScore(), x.getPrimaryResult().getScoreError(), alloc(r, name) / 1e6));
    }
    out.append("\n## Targets\n\n| # | target | measured | pass |\n|---|---|---|---|\n");
    for (String s : sizes) {
      double year = ms(r, "year@" + s);
      double tokens = ms(r, "jacksonTokenLoop@" + s);
      double files = ms(r, "filesToResults@" + s);
      double mb = bytes.get(s) / 1e6;
      String at = " (size " + s + ")";
      row(out, "1", "year ≤ 0.25 × token loop" + at, year / tokens, "×", year / tokens <= 0.25);
      row(out, "2", "files → results ≥ 50 % of the token loop's MB/s" + at, tokens / files, "", tokens / files >= 0.5,
          String.format(Locale.ROOT, " (%.1f against %.1f MB/s)", mb / (files / 1000), mb / (tokens / 1000)));
      if (s.equals("1")) {
        double exact = ms(r, "exactScoring@1");
        double dbl = ms(r, "doubleScoring@1");
        row(out, "3", "exact scoring ≤ 2 × double baseline" + at, exact / dbl, "×", exact / dbl <= 2,
            String.format(Locale.ROOT, " (exact baseline: %.2f×)", ms(r, "exactBaseline@1") / dbl));
        double poi = ms(r, "poiWorkbook@1");
        double simple = ms(r, "poiSimpleWorkbook@1");
        row(out, "5", "POI's scoring workbook ≥ 100 × the year", poi / year, "×", poi / year >= 100,
            String.format(Locale.ROOT, " (against the library's scoring alone: %.1f×)", poi / exact));
        row(out, "5", "the year faster than POI's simple workbook", simple / year, "×", simple / year > 1);
      }
      double norm = alloc(r, "year@" + s);
      row(out, "6", "allocation per year ≤ 10 × input bytes" + at, norm / bytes.get(s), "×",
          norm / bytes.get(s) <= 10, String.format(Locale.ROOT, " (%,.0f MB for %,.1f MB of JSON)", norm / 1e6, mb));
    }
    if (sizes.length > 1) {
      double ratio = ms(r, "year@10") / ms(r, "year@1");
      row(out, "4", "ten times the province ≤ 11 × the time (year)", ratio, "×", ratio <= 11,
          String.format(Locale.ROOT, " (files → results: %.1f×)", ms(r, "filesToResults@10")
              / ms(r, "filesToResults@1")));
    } else {
      out.append("| 4 | ten times the province ≤ 11 × the time | not measured: run with --ten | – |\n");
    }
    out.append("| 7 | a 2 GB archive streams with -Xmx256m | not in this run: see ArchiveStream | – |\n");
    if (cold.seconds().isEmpty()) {
      out.append("| 8 | `emulation run` on the sample ≤ 1 s cold | ").append(cold.note()).append(" | – |\n");
    } else {
      double mean = cold.seconds().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double min = cold.seconds().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = cold.seconds().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      row(out, "8", "`emulation run` on the sample ≤ 1 s wall, cold JVM", mean, " s", mean <= 1,
          String.format(Locale.ROOT, " (%d runs from %.2f to %.2f s; %s)", cold.seconds().size(), min, max,
              cold.note()));
    }
    System.out.println(out);
  }

  /** Three significant digits, without exponent. */
  private static String number(double v) {
    return Double.isNaN(v) ? "–" : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
  }

  private static void row(StringBuilder out, String n, String target, double value, String unit, boolean pass) {
    row(out, n, target, value, unit, pass, "");
  }

  private static void row(StringBuilder out, String n, String target, double value, String unit, boolean pass,
      String detail) {
    out.append(String.format(Locale.ROOT, "| %s | %s | %s%s%s | %s |%n", n, target, number(value), unit, detail,
        Double.isNaN(value) ? "–" : pass ? "pass" : "**fail**"));
  }
}
