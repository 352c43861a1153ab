package io.github.thidua.emulation.cli.sample;

import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.BALLOTS;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.CERT;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.DISCIPLINE_UNIT;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.DIVISION_PROPOSAL_GROUP;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.FLAG;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.HISTORY;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.INVESTIGATED_UNIT;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.MERGED_UNIT;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.PROPOSALS;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.PROVINCE;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.ROTATION_GROUP;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.RUNOFF_GROUP;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.SAMPLE_DIR;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.SELF_CHECK_UNIT;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.SHEETS;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.SUBTOTAL_TIE_GROUP;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.TIE_GROUP;
import static io.github.thidua.emulation.cli.sample.SampleDatasetGenerator.VOTE_TIE_GROUP;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AllocationCodes;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.PassedOver;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.awards.UndecidedAward;
import io.github.thidua.emulation.core.ranking.RankEntry;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingCodes;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import io.github.thidua.emulation.core.voting.VoteOutcome;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI's sample dataset (Hưng Yên 2024): the committed files are exactly what {@link SampleDatasetGenerator}
 * makes, and the annual cycle run on them through the library shows the cases the dataset was made for, and only
 * those.
 *
 * <p>With {@code -Dsample.update=true} the files are regenerated first (from the committed {@code province.json}).
 */
class SampleDatasetTest {

  /** One group's year, computed from the committed files. */
  record GroupYear(EmulationGroup group, GroupScores scores, Ranking preliminary, List<VoteSession> sessions,
      List<VoteResult> votes, Ranking ranking, AwardPlan plan, Proposal proposal, ValidationReport proposalReport,
      RotationReport rotation) {

    VoteResult decisive() {
      return votes.get(votes.size() - 1);
    }

    VoteSession decisiveSession() {
      return sessions.get(sessions.size() - 1);
    }

    String id() {
      return group.id().value();
    }
  }

  static Province province;
  static RuleBook book;
  static List<RuleSet> layers;
  static List<ScoreSheet> sheets;
  static List<VoteSession> sessions;
  static List<AwardHistory> histories;
  static List<Proposal> proposals;
  static final Map<String, GroupYear> years = new LinkedHashMap<>();
  static ProvinceYear year;

  @BeforeAll
  static void runTheAnnualCycle() throws IOException {
    if (Boolean.getBoolean("sample.update")) {
      SampleDatasetGenerator.main(new String[] {SAMPLE_DIR.toString()});
    }
    province = EmulationFiles.readProvince(SAMPLE_DIR.resolve(PROVINCE));
    layers = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLE_DIR.resolve("layers"))) {
      for (Path file : files.sorted().toList()) {
        layers.add(EmulationFiles.readRuleSet(file));
      }
    }
    List<RuleSet> all = new ArrayList<>(RuleSets.embedded("vn-hung-yen").layers());
    all.addAll(layers);
    book = RuleBook.of(all);
    sheets = EmulationFiles.readScoreSheets(SAMPLE_DIR.resolve(SHEETS));
    sessions = EmulationFiles.readBallots(SAMPLE_DIR.resolve(BALLOTS));
    histories = EmulationFiles.readHistory(SAMPLE_DIR.resolve(HISTORY));
    proposals = EmulationFiles.readProposals(SAMPLE_DIR.resolve(PROPOSALS));

    years.clear();
    year = EmulationYear.run(YearInputs.builder(province, book).sheets(sheets).votes(sessions)
        .history(histories).proposals(proposals).build());
    for (var y : year.groups()) {
      GroupId id = y.group().id();
      List<VoteSession> own = sessions.stream()
          .filter(s -> s.group().equals(id) && s.purpose() == VotePurpose.LEADER)
          .sorted(Comparator.comparing(s -> s.round().orElse(0)))
          .toList();
      List<VoteResult> votes = y.votes().stream().filter(v -> v.purpose() == VotePurpose.LEADER).toList();
      assertThat(votes).as("the honouring vote of %s", id).isNotEmpty();
      Proposal proposal = proposals.stream().filter(p -> p.group().equals(id)).reduce((a, b) -> {
        throw new AssertionError("two proposals for " + id);
      }).orElseThrow();
      assertThat(y.rotations()).as("the history of %s", id).hasSize(1);
      years.put(id.value(), new GroupYear(y.group(), y.scores(), y.preliminary(), own, votes, y.ranking(), y.plan(),
          proposal, y.proposal().orElseThrow(), y.rotations().get(0)));
    }
  }

  /** The year's report in Vietnamese holds none of the English phrases of the library's findings. */
  @Test
  void theVietnameseFindingsAreWrittenInVietnamese() throws IOException {
    java.util.Properties en = new java.util.Properties();
    try (var in = io.github.thidua.emulation.core.validation.Value.class.getResourceAsStream(
        "/io/github/thidua/emulation/core/internal/valuemessages.properties")) {
      en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> english = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      for (String part : en.getProperty(key).split("\\{[0-9]\\}")) {
        String words = part.strip();
        if (words.matches(".*[a-z]{3,} [a-z]{2,}.*")) {
          english.add(words);
        }
      }
    }
    assertThat(english).isNotEmpty();
    assertThat(year.report().findings()).isNotEmpty();
    for (var f : year.report().findings()) {
      String vi = f.violation().message().vi();
      for (String phrase : english) {
        assertThat(vi).as("%s: %s", f.violation().code(), vi).doesNotContain(phrase);
      }
      assertThat(vi).as("ids are not names: %s", vi).doesNotContain(" at rank ").doesNotContain(" votes)");
    }
  }

  // ------------------------------------------------------------------ the files

  @Test
  void theCommittedFilesAreExactlyWhatTheGeneratorMakes() throws IOException {
    Map<String, String> generated = SampleDatasetGenerator.generate(province);
    Set<String> committed = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SAMPLE_DIR)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> committed.add(SAMPLE_DIR.relativize(f).toString().replace('\\', '/')));
    }
    assertThat(committed).containsExactlyElementsOf(generated.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(Files.readString(SAMPLE_DIR.resolve(file.getKey()), UTF_8))
          .as("%s differs from the generator's output: regenerate with -Dsample.update=true", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void theJsonDocumentsAreInTheLibrarysCanonicalForm() throws IOException {
    assertThat(EmulationFiles.writeProvince(province)).isEqualTo(read(PROVINCE));
    assertThat(EmulationFiles.writeScoreSheets(sheets)).isEqualTo(read(SHEETS));
    assertThat(EmulationFiles.writeBallots(sessions, DocumentFormat.JSON)).isEqualTo(read(BALLOTS));
    assertThat(EmulationFiles.writeHistory(histories, DocumentFormat.JSON)).isEqualTo(read(HISTORY));
    assertThat(EmulationFiles.writeProposals(proposals, DocumentFormat.JSON)).isEqualTo(read(PROPOSALS));
  }

  @Test
  void theDatasetStaysSmall() throws IOException {
    long total;
    try (Stream<Path> files = Files.walk(SAMPLE_DIR)) {
      total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(total).isLessThan(3L * 1024 * 1024);
  }

  private static String read(String file) throws IOException {
    return Files.readString(SAMPLE_DIR.resolve(file), UTF_8);
  }

  // ------------------------------------------------------------------ the organisation and the rules

  @Test
  void theOrganisationKeepsItsSevenDeliberateViolations() {
    List<String> expected = List.of("group.members.too-few", "unit.staff.too-few", "organiser.clusters.count",
        "group.deputies.count", "group.head.missing", "unit.membership.duplicate", "unit.inactive");
    for (RuleBook rules : List.of(RuleSets.defaultRules(), book)) {
      ValidationReport report = Emulation.validate(province, rules);
      assertThat(report.violations()).extracting(Violation::code).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(report.violations()).allMatch(v -> v.severity() == Severity.ERROR);
    }
    assertThat(province.units()).hasSize(280);
    assertThat(province.organisers()).hasSize(12);
    assertThat(province.groups()).hasSize(39);
  }

  @Test
  void everyGroupSignedItsPledgeInEarly2024AndTheLeadingUnitsHoldTheTitle() {
    for (EmulationGroup group : province.groups()) {
      assertThat(group.pledgeSignedOn()).as(group.id().value()).isPresent();
      assertThat(group.pledgeSignedOn().get().getYear()).isEqualTo(2024);
      assertThat(group.pledgeSignedOn().get().getMonthValue()).isBetween(2, 3);
    }
    Unit investigated = province.unit(UnitId.of(INVESTIGATED_UNIT)).orElseThrow();
    assertThat(investigated.factsFor(2024).investigationPending()).isTrue();
    Unit disciplined = province.unit(UnitId.of(DISCIPLINE_UNIT)).orElseThrow();
    assertThat(disciplined.factsFor(2024).disciplinePending()).isTrue();
    long titled = years.values().stream().map(y -> y.ranking().entries().get(0).unit())
        .filter(u -> province.unit(u).orElseThrow().factsFor(2024).titles().contains("TLDXS")).count();
    assertThat(titled).isEqualTo(years.size());
  }

  @Test
  void thereIsOneOrganiserLayerPerOrganiserWithItsOwnScale() {
    assertThat(layers).hasSize(12);
    assertThat(book.layers()).extracting(l -> l.id().value()).startsWith("vn", "vn-hung-yen");
    assertThat(Emulation.checkRules(book).violations()).isEmpty();
    for (RuleSet layer : layers) {
      String organiser = layer.target().orElseThrow();
      assertThat(province.organiser(OrganiserId.of(organiser))).isPresent();
      assertThat(layer.level()).isEqualTo(LayerLevel.ORGANISER);
      assertThat(layer.parent().orElseThrow().value()).isEqualTo("vn-hung-yen");
      assertThat(layer.citation().document()).contains("(ví dụ)");
      assertThat(layer.scales()).singleElement().satisfies(scale -> {
        assertThat(scale.base()).isEqualByComparingTo("100");
        assertThat(scale.binding().organiser().orElseThrow().value()).isEqualTo(organiser);
        assertThat(scale.binding().year()).isEqualTo(2024);
        assertThat(scale.criteria()).extracting(c -> c.code()).startsWith("1");
        assertThat(scale.bonuses()).isNotEmpty();
        assertThat(scale.deductions()).isNotEmpty();
        assertThat(scale.citation().document()).contains("(ví dụ)");
        for (EmulationGroup group : province.groupsOrganisedBy(
            OrganiserId.of(organiser))) {
          assertThat(scale.binding().adoptedOn()).isBefore(group.pledgeSignedOn().orElseThrow());
        }
      });
    }
    ResolvedRules blocs = book.resolve(RuleTarget.on(province.referenceDate())
        .forOrganiser(OrganiserId.of("ubnd-tinh")));
    var aggregation = blocs.rule("scoring.aggregation").orElseThrow();
    assertThat(aggregation.layer().value()).isEqualTo("hung-yen-2024.ubnd-tinh");
    assertThat(aggregation.rule().params().get("method")).contains("trimmed-mean");
    assertThat(aggregation.rule().params().get("minRaters")).isPresent();
    assertThat(aggregation.rule().params().get("selfMargin")).isPresent();
  }

  // ------------------------------------------------------------------ scoring

  @Test
  void everyGroupIsScoredWithTotalsInRange() {
    List<BigDecimal> totals = new ArrayList<>();
    for (GroupYear year : years.values()) {
      Set<UnitId> expected = new TreeSet<>(Comparator.comparing(UnitId::value));
      expected.addAll(year.group().distinctMembers());
      expected.remove(UnitId.of(MERGED_UNIT));
      assertThat(year.scores().scale()).as(year.id()).startsWith(year.group().organiser().value() + "-2024@");
      assertThat(year.scores().units()).extracting(UnitScore::unit).containsExactlyInAnyOrderElementsOf(expected);
      year.scores().units().forEach(u -> totals.add(u.total()));
    }
    assertThat(totals).allSatisfy(t -> assertThat(t).isBetween(BigDecimal.ZERO, new BigDecimal("110")));
    long typical = totals.stream()
        .filter(t -> t.compareTo(new BigDecimal("85")) >= 0 && t.compareTo(new BigDecimal("98")) <= 0).count();
    assertThat(typical).isGreaterThanOrEqualTo(totals.size() * 85L / 100);
  }

  @Test
  void scoringFindsTheTwoDeliberateProblemsAndNothingElse() {
    List<Violation> all = years.values().stream().flatMap(y -> y.scores().report().violations().stream()).toList();
    assertThat(all).extracting(Violation::code).containsExactlyInAnyOrder(
        ViolationCodes.SCORE_SHEET_MISSING, ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED);
    Violation missing = all.stream().filter(v -> v.severity() == Severity.ERROR).findFirst().orElseThrow();
    assertThat(missing.code()).isEqualTo(ViolationCodes.SCORE_SHEET_MISSING);
    assertThat(missing.subject().id()).isEqualTo(MERGED_UNIT);
    Violation self = all.stream().filter(v -> v.severity() == Severity.WARNING).findFirst().orElseThrow();
    assertThat(self.subject().id()).isEqualTo(SELF_CHECK_UNIT);
    assertThat(new BigDecimal(self.observed().en()).subtract(new BigDecimal(self.limit().en())))
        .isGreaterThan(new BigDecimal("5"));
  }

  @Test
  void blocsAreCrossScoredAndClustersVerifiedByTheirHead() {
    for (GroupYear year : years.values()) {
      boolean bloc = year.group().kind() == GroupKind.BLOC;
      for (UnitScore unit : year.scores().units()) {
        if (bloc) {
          assertThat(unit.policy()).as(unit.unit().value()).startsWith("trimmed-mean of peers");
          assertThat(unit.sources()).hasSize(year.group().distinctMembers().size() - 1)
              .allMatch(s -> s.startsWith("PEER:"));
        } else {
          assertThat(unit.sources()).as(unit.unit().value()).singleElement()
              .matches(s -> s.startsWith(year.group().heads().isEmpty() ? "COUNCIL:" : "HEAD:"));
        }
      }
    }
    long selfSheets = sheets.stream().filter(s -> s.role() == ScorerRole.SELF).count();
    assertThat(selfSheets).isEqualTo(province.groups().stream()
        .mapToLong(g -> g.distinctMembers().stream().filter(u -> !u.value().equals(MERGED_UNIT)).count()).sum());
  }

  // ------------------------------------------------------------------ ranking and the vote

  @Test
  void exactlyOneGroupKeepsAnUnresolvedTieAtTheEdgeOfTheCertificateQuota() {
    List<GroupYear> tied = years.values().stream().filter(y -> !y.ranking().isComplete()).toList();
    assertThat(tied).extracting(GroupYear::id).containsExactly(TIE_GROUP);
    GroupYear year = tied.get(0);
    assertThat(year.ranking().unresolved()).singleElement().satisfies(tie -> {
      assertThat(tie.units()).hasSize(2);
      List<UnitScore> pair = tie.units().stream().map(u -> year.scores().unit(u).orElseThrow()).toList();
      assertThat(pair.get(0).total()).isEqualByComparingTo(pair.get(1).total());
      assertThat(pair.get(0).criterion("1").orElseThrow().points())
          .isEqualByComparingTo(pair.get(1).criterion("1").orElseThrow().points());
      assertThat(pair.get(0).deductions()).isEqualByComparingTo(pair.get(1).deductions());
      assertThat(year.decisiveSession().candidates()).doesNotContainAnyElementsOf(tie.units());
      assertThat(year.plan().undecided()).containsExactly(new UndecidedAward(CERT, 1, tie.units()));
    });
    assertThat(year.ranking().report().codes()).containsExactly(RankingCodes.TIE_UNRESOLVED);
    assertThat(year.plan().report().codes()).containsExactly(AllocationCodes.TIE_AT_QUOTA);
    assertThat(year.plan().granted(FLAG)).hasSize(1);
    assertThat(year.plan().granted(CERT)).hasSize(1);
  }

  @Test
  void tiesElsewhereAreBrokenByCriterionGroupOneAndByTheVote() {
    GroupYear subtotal = years.get(SUBTOTAL_TIE_GROUP);
    assertThat(subtotal.ranking().entries()).extracting(RankEntry::decidedBy).contains("group-subtotal:1");
    GroupYear vote = years.get(VOTE_TIE_GROUP);
    assertThat(vote.preliminary().isComplete()).isFalse();
    assertThat(vote.ranking().isComplete()).isTrue();
    assertThat(vote.ranking().entries().get(0).decidedBy()).isEqualTo("vote");
    assertThat(vote.ranking().entries().get(0).unit()).isEqualTo(vote.decisive().winner().orElseThrow());
    for (GroupYear year : years.values()) {
      if (!year.id().equals(TIE_GROUP)) {
        assertThat(year.ranking().isComplete()).as(year.id()).isTrue();
        assertThat(year.ranking().report().violations()).as(year.id()).isEmpty();
      }
    }
  }

  @Test
  void everyVoteElectsTheTopRankedUnitAndOneBlocNeededARunoff() {
    List<GroupYear> runoffs = years.values().stream()
        .filter(y -> y.votes().get(0).outcome() == VoteOutcome.RUNOFF_NEEDED).toList();
    assertThat(runoffs).extracting(GroupYear::id).containsExactly(RUNOFF_GROUP);
    GroupYear runoff = runoffs.get(0);
    assertThat(runoff.votes()).hasSize(2);
    assertThat(runoff.votes().get(0).runoffNeeded().orElseThrow()).hasSize(2);
    assertThat(runoff.decisive().round()).contains(1);
    for (GroupYear year : years.values()) {
      VoteResult decisive = year.decisive();
      assertThat(decisive.outcome()).as(year.id()).isEqualTo(VoteOutcome.ELECTED);
      assertThat(decisive.winner()).contains(year.ranking().entries().get(0).unit());
      assertThat(decisive.present()).isLessThanOrEqualTo(decisive.members());
      List<UnitId> candidates = year.decisiveSession().candidates();
      assertThat(candidates).hasSizeBetween(2, 3)
          .containsExactlyElementsOf(year.preliminary().order().subList(0, candidates.size()));
      assertThat(decisive.tallies().get(0).approvals())
          .isEqualTo(decisive.tallies().stream().mapToInt(t -> t.approvals()).max().orElseThrow());
      assertThat(decisive.report().errors()).as(year.id()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ awards

  @Test
  void onlyTheFlagProposedForADivisionThatDoesNotLeadIsRefused() {
    List<GroupYear> refused = years.values().stream().filter(y -> !y.proposalReport().isValid()).toList();
    assertThat(refused).extracting(GroupYear::id).containsExactly(DIVISION_PROPOSAL_GROUP);
    GroupYear year = refused.get(0);
    assertThat(year.proposalReport().violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(AllocationCodes.NOT_LEADER);
      Unit unit = province.unit(UnitId.of(v.subject().id())).orElseThrow();
      assertThat(unit.divisionLevel()).isTrue();
      assertThat(year.proposal().awards()).contains(new ProposedAward(unit.id(), FLAG, DIVISION_PROPOSAL_GROUP
          + "-2024"));
    });
    // R30: division-level units that lead a cluster of the provincial system are proposed, and not refused
    long divisionLeaders = proposals.stream().flatMap(p -> p.awards().stream().filter(a -> a.award().equals(FLAG))
        .filter(a -> province.unit(a.unit()).orElseThrow().divisionLevel())
        .filter(a -> p.leader().filter(a.unit()::equals).isPresent())).count();
    assertThat(divisionLeaders).isPositive();
  }

  @Test
  void pendingMattersAndDivisionLevelUnitsArePassedOver() {
    Map<String, String> passed = new TreeMap<>();
    for (GroupYear year : years.values()) {
      for (PassedOver p : year.plan().passedOver()) {
        if (!p.code().equals(AllocationCodes.QUOTA_REACHED)) {
          passed.merge(p.unit().value() + " " + p.award(), p.code(), (a, b) -> a);
        }
      }
    }
    assertThat(passed).containsEntry(INVESTIGATED_UNIT + " " + CERT, AllocationCodes.INELIGIBLE_PENDING)
        .containsEntry(DISCIPLINE_UNIT + " " + CERT, AllocationCodes.INELIGIBLE_PENDING)
        .containsEntry("so-tai-chinh-phong-tc-dau-tu " + FLAG, AllocationCodes.NOT_LEADER);
    // R30: the division cluster's leading unit, division-level, receives the flag; the runner-up the certificate
    GroupYear cluster = years.get(DIVISION_PROPOSAL_GROUP);
    UnitId leader = cluster.ranking().entries().get(0).unit();
    assertThat(province.unit(leader).orElseThrow().divisionLevel()).isTrue();
    assertThat(cluster.plan().granted(FLAG)).containsExactly(leader);
  }

  @Test
  void rotationIsSuspectedInExactlyOneGroup() {
    List<GroupYear> rotating = years.values().stream().filter(y -> y.rotation().rotationSuspected()).toList();
    assertThat(rotating).extracting(GroupYear::id).containsExactly(ROTATION_GROUP);
    RotationReport report = rotating.get(0).rotation();
    assertThat(report.years()).hasSize(5);
    assertThat(report.report().withCode(AllocationCodes.ROTATION_SUSPECTED)).hasSize(1);
    assertThat(report.report().withCode(AllocationCodes.NOT_TOP_RANKED)).hasSizeGreaterThanOrEqualTo(3);
    for (GroupYear year : years.values()) {
      if (year != rotating.get(0)) {
        assertThat(year.rotation().report().violations()).as(year.id()).isEmpty();
      }
    }
    assertThat(histories).hasSize(39).allSatisfy(h -> {
      assertThat(h.award()).isEqualTo(FLAG);
      assertThat(h.years()).extracting(y -> y.year()).containsExactly(2019, 2020, 2021, 2022, 2023);
    });
  }
}
