package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The whole annual cycle of the CLI's sample dataset (see {@link Sample}), with library calls only, on data read
 * once at setup: validate the province, then for each of its {@value #GROUPS} groups score the group's sheets, rank,
 * tally the group's LEADER vote (its last round) with the ranked order, rank again with the vote's approvals, and
 * allocate the awards with the vote's winner as leading unit. These are the steps of the CLI's {@code run} without
 * its rule-book check, proposal check and rotation check. One operation is one whole cycle. Run from the
 * repository root.
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
    Cycle check = cycle();
    long votes = check.votes().stream().filter(Optional::isPresent).count();
    long winners = check.votes().stream().filter(v -> v.flatMap(VoteResult::winner).isPresent()).count();
    long grants = check.plans().stream().mapToLong(p -> p.grants().size()).sum();
    int problems = check.validation().violations().size();
    for (GroupScores s : check.scores()) {
      problems += s.report().violations().size();
    }
    for (Ranking r : check.rankings()) {
      problems += r.report().violations().size();
    }
    for (AwardPlan p : check.plans()) {
      problems += p.report().violations().size();
    }
    System.out.printf("%n%d groups, %,d sheets, %d votes (%d with a winner), %d grants, %d findings%n",
        check.plans().size(), sheets.size(), votes, winners, grants, problems);
    if (votes != GROUPS) {
      throw new IllegalStateException("every group of the sample should have a LEADER vote: " + votes);
    }
  }

  /** One cycle's results, kept so that nothing is optimised away. */
  record Cycle(ValidationReport validation, List<GroupScores> scores, List<Ranking> rankings,
      List<Optional<VoteResult>> votes, List<AwardPlan> plans) {}

  /**
   * Runs the whole cycle.
   *
   * @return the results
   */
  @Benchmark
  public Cycle cycle() {
    ValidationReport validation = Emulation.validate(province, rules);
    Map<GroupId, List<ScoreSheet>> byGroup = sheets.stream().collect(Collectors.groupingBy(ScoreSheet::group));
    List<GroupScores> scores = new ArrayList<>();
    List<Ranking> rankings = new ArrayList<>();
    List<Optional<VoteResult>> votes = new ArrayList<>();
    List<AwardPlan> plans = new ArrayList<>();
    for (EmulationGroup g : province.groups()) {
      GroupScores s = Emulation.score(province, g.id(), byGroup.getOrDefault(g.id(), List.of()), rules);
      Ranking preliminary = Emulation.rank(province, s, rules, RankingInputs.NONE);
      Optional<VoteResult> vote = sessions.stream()
          .filter(v -> v.group().equals(g.id()) && v.year() == g.year() && v.purpose() == VotePurpose.LEADER)
          .max(Comparator.comparing(v -> v.round().orElse(0)))
          .map(v -> Emulation.tally(province, v, rules, preliminary.order()));
      Ranking ranking = vote.isEmpty() ? preliminary
          : Emulation.rank(province, s, rules, RankingInputs.NONE.withVotes(vote.get().approvals()));
      AwardPlan plan = Emulation.allocate(province, ranking, vote.flatMap(VoteResult::winner), rules);
      scores.add(s);
      rankings.add(ranking);
      votes.add(vote);
      plans.add(plan);
    }
    return new Cycle(validation, scores, rankings, votes, plans);
  }
}
