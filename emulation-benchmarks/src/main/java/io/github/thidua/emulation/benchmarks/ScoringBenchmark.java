package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one bloc by peer mean: {@code members} units, each cross-scored by every other member on a 100-point
 * scale of 4 groups × 5 criteria, with exact arithmetic to the total.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

  /** Members of the bloc; every member scores every other, so sheets grow as members². */
  @Param({"8", "20"})
  public int members;

  private Province province;
  private ScoringScale scale;
  private List<ScoreSheet> sheets;
  private RuleBook rules;

  /** Builds the bloc, the scale, the sheets and a peer-mean rule book once. */
  @Setup
  public void setUp() {
    Province.Builder b = Province.builder("bench", "Tỉnh thử nghiệm", 2024);
    b.organisers(Organiser.of("ubnd", "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE));
    EmulationGroup.Builder bloc = EmulationGroup.builder("khoi", "Khối thử nghiệm", GroupKind.BLOC,
        OrganiserId.of("ubnd"), 2024);
    for (int u = 0; u < members; u++) {
      b.units(Unit.builder("so-" + u, "Sở số " + u).staffCount(50).build());
      bloc.members("so-" + u);
    }
    province = b.groups(bloc.head("so-0").deputy("so-1").build()).build();
    List<Criterion> groups = new ArrayList<>();
    for (int g = 1; g <= 4; g++) {
      List<Criterion> leaves = new ArrayList<>();
      for (int c = 1; c <= 5; c++) {
        leaves.add(Criterion.leaf(g + "." + c, "Tiêu chí " + g + "." + c, "5", new ScoringMethod.Manual()));
      }
      groups.add(Criterion.node(String.valueOf(g), "Nhóm " + g, "25", leaves.toArray(Criterion[]::new)));
    }
    scale = ScoringScale.builder("bench", "1", "100",
            ScaleBinding.toGroup(GroupId.of("khoi"), 2024, LocalDate.of(2024, 3, 1)))
        .criteria(groups.toArray(Criterion[]::new))
        .bonuses(ListedItem.of("GOV_FLAG", "Cờ thi đua của Chính phủ", "5")).bonusCap("5")
        .build();
    sheets = new ArrayList<>();
    for (int u = 0; u < members; u++) {
      for (int s = 0; s < members; s++) {
        if (s != u) {
          ScoreSheet.Builder sheet = ScoreSheet.builder("so-" + u, "khoi", 2024, ScorerRole.PEER, "so-" + s);
          for (int g = 1; g <= 4; g++) {
            for (int c = 1; c <= 5; c++) {
              sheet.entry(g + "." + c, String.valueOf((u + s + g + c) % 6));
            }
          }
          sheets.add(sheet.build());
        }
      }
    }
    RuleSet national = RuleSet.builder("bench", "1", LayerLevel.NATIONAL)
        .rule(Rule.of("scoring.aggregation", RuleScope.LOCAL, Citation.of("Quy chế thử nghiệm"),
            RuleParameters.of(Map.of("method", "trimmed-mean", "minRaters", 3, "trim", 1))))
        .build();
    rules = RuleBook.of(national);
    GroupScores check = score();
    if (!check.report().violations().isEmpty() || check.units().size() != members) {
      throw new IllegalStateException("the benchmark bloc should score cleanly: " + check.report().codes());
    }
  }

  /**
   * Scores the whole bloc.
   *
   * @return the scores
   */
  @Benchmark
  public GroupScores score() {
    return Emulation.score(province, GroupId.of("khoi"), scale, sheets, rules);
  }
}
