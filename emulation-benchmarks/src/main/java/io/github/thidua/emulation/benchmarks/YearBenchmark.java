package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * The core's year API, {@link EmulationYear#run(YearInputs)}, against the same stages called one by one through
 * {@link Emulation}: validate the province, then for each group score, rank, tally the group's deciding LEADER vote
 * (its last round) with the preliminary order, rank again with the vote's approvals, decide the leading unit,
 * allocate, check the group's proposal and check rotation for each award with history. Both on the CLI's sample
 * dataset ({@link Sample}: 280 units, 39 groups) and on a province ten times its size
 * ({@link YearData#copies(int, long)}: 2,800 units, 390 groups). One operation is one whole year. Setup checks that
 * both ways give the same award plans; {@link #main} runs that check alone. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class YearBenchmark {
  /** How many times the sample the larger province is. */
  static final int TIMES = 10;
  /** The seed of the larger province's shuffle. */
  static final long SEED = 20241;

  private YearData sample;
  private YearData tenTimes;
  private YearInputs sampleInputs;
  private YearInputs tenTimesInputs;

  /** Reads the sample, builds the larger province and checks that both ways agree on both. */
  @Setup
  public void setUp() {
    sample = YearData.sample();
    tenTimes = sample.copies(TIMES, SEED);
    sampleInputs = sample.inputs();
    tenTimesInputs = tenTimes.inputs();
    check(sample, sampleInputs);
    check(tenTimes, tenTimesInputs);
  }

  /** One year called stage by stage, kept so that nothing is optimised away. */
  record Stages(ValidationReport validation, List<GroupScores> scores, List<Ranking> rankings,
      List<Optional<VoteResult>> votes, List<LeadingUnit> leaders, List<AwardPlan> plans,
      List<Optional<ValidationReport>> proposals, List<RotationReport> rotations) {}

  /**
   * The sample's year through the year API.
   *
   * @return the year
   */
  @Benchmark
  public ProvinceYear yearSample() {
    return EmulationYear.run(sampleInputs);
  }

  /**
   * The sample's year stage by stage.
   *
   * @return the results
   */
  @Benchmark
  public Stages stagesSample() {
    return stages(sample);
  }

  /**
   * The ten-times province's year through the year API.
   *
   * @return the year
   */
  @Benchmark
  public ProvinceYear yearTenTimes() {
    return EmulationYear.run(tenTimesInputs);
  }

  /**
   * The ten-times province's year stage by stage.
   *
   * @return the results
   */
  @Benchmark
  public Stages stagesTenTimes() {
    return stages(tenTimes);
  }

  /** Every stage of the year, one call at a time, in the province's group order. */
  static Stages stages(YearData data) {
    Province province = data.province();
    RuleBook rules = data.rules();
    ValidationReport validation = Emulation.validate(province, rules);
    Map<GroupId, List<ScoreSheet>> sheets = data.sheets().stream()
        .collect(Collectors.groupingBy(ScoreSheet::group));
    Map<GroupId, List<VoteSession>> sessions = data.votes().stream()
        .collect(Collectors.groupingBy(VoteSession::group));
    Map<GroupId, List<AwardHistory>> history = data.history().stream()
        .collect(Collectors.groupingBy(AwardHistory::group));
    Map<GroupId, List<Proposal>> proposals = data.proposals().stream()
        .collect(Collectors.groupingBy(Proposal::group));
    List<GroupScores> scores = new ArrayList<>();
    List<Ranking> rankings = new ArrayList<>();
    List<Optional<VoteResult>> votes = new ArrayList<>();
    List<LeadingUnit> leaders = new ArrayList<>();
    List<AwardPlan> plans = new ArrayList<>();
    List<Optional<ValidationReport>> checks = new ArrayList<>();
    List<RotationReport> rotations = new ArrayList<>();
    for (EmulationGroup g : province.groups()) {
      GroupScores s = Emulation.score(province, g.id(), sheets.getOrDefault(g.id(), List.of()), rules);
      Ranking preliminary = Emulation.rank(province, s, rules, RankingInputs.NONE);
      Optional<VoteResult> vote = sessions.getOrDefault(g.id(), List.of()).stream()
          .filter(v -> v.year() == g.year() && v.purpose() == VotePurpose.LEADER)
          .max(Comparator.comparing(v -> v.round().orElse(0)))
          .map(v -> Emulation.tally(province, v, rules, preliminary.order()));
      Ranking ranking = vote.isEmpty() ? preliminary
          : Emulation.rank(province, s, rules, RankingInputs.NONE.withVotes(vote.get().approvals()));
      LeadingUnit leader = Emulation.leadingUnit(province, ranking, vote, rules);
      AwardPlan plan = Emulation.allocate(province, ranking, leader, rules);
      List<Proposal> given = proposals.getOrDefault(g.id(), List.of()).stream()
          .filter(p -> p.year() == g.year()).toList();
      Optional<ValidationReport> check = Optional.empty();
      if (!given.isEmpty()) {
        List<ProposedAward> lines = new ArrayList<>(new LinkedHashSet<>(given.stream()
            .flatMap(p -> p.awards().stream()).toList()));
        Optional<io.github.thidua.emulation.core.UnitId> named = given.stream().map(Proposal::leader)
            .flatMap(Optional::stream).sorted().findFirst();
        check = Optional.of(Emulation.validateProposal(province, g.id(), lines, leader.unit().or(() -> named),
            rules));
      }
      for (AwardHistory h : history.getOrDefault(g.id(), List.of())) {
        rotations.add(Emulation.checkRotation(province, g.id(), h.award(), h.years(), rules));
      }
      scores.add(s);
      rankings.add(ranking);
      votes.add(vote);
      leaders.add(leader);
      plans.add(plan);
      checks.add(check);
    }
    return new Stages(validation, scores, rankings, votes, leaders, plans, checks, rotations);
  }

  /** Fails unless the year API and the stages give the same award plans (by group id) on the data. */
  static void check(YearData data, YearInputs inputs) {
    ProvinceYear year = EmulationYear.run(inputs);
    Stages stages = stages(data);
    Comparator<AwardPlan> byGroup = Comparator.comparing(AwardPlan::group);
    List<AwardPlan> fromYear = year.groups().stream().map(GroupYear::plan).sorted(byGroup).toList();
    List<AwardPlan> fromStages = stages.plans().stream().sorted(byGroup).toList();
    if (!fromYear.equals(fromStages)) {
      for (int i = 0; i < Math.min(fromYear.size(), fromStages.size()); i++) {
        if (!fromYear.get(i).equals(fromStages.get(i))) {
          throw new IllegalStateException("the year API and the stages disagree on the award plan of "
              + fromYear.get(i).group() + " (" + fromYear.size() + " and " + fromStages.size() + " plans)");
        }
      }
      throw new IllegalStateException("the year API gave " + fromYear.size() + " plans, the stages "
          + fromStages.size());
    }
    long grants = fromYear.stream().mapToLong(p -> p.grants().size()).sum();
    System.out.printf("%n%,d units, %d groups, %,d sheets, %d vote sessions: %d equal award plans, %d grants, "
        + "%d findings in the year's report%n", data.province().units().size(), fromYear.size(),
        data.sheets().size(), data.votes().size(), fromYear.size(), grants, year.report().findings().size());
  }

  /**
   * The sanity check alone: both ways give the same award plans on the sample and on the ten-times province.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new YearBenchmark().setUp();
    System.out.println("ok");
  }
}
