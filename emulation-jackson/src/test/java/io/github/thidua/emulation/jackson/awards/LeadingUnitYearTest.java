package io.github.thidua.emulation.jackson.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AllocationCodes;
import io.github.thidua.emulation.core.awards.AwardCodes;
import io.github.thidua.emulation.core.awards.CouncilReview;
import io.github.thidua.emulation.core.awards.CouncilVote;
import io.github.thidua.emulation.core.awards.LeaderBasis;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.Stage;
import io.github.thidua.emulation.core.year.YearInputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden years under the Hưng Yên default: the flag follows the acclaimed leading unit of a group of the provincial
 * system (R7, R16, R19, R30, R35), province-wide quotas feed the groups' allocations, and the council cuts the
 * province's list to its quota (R20). The properties on random provinces are in {@link YearProperties}.
 */
class LeadingUnitYearTest {
  private static final int YEAR = 2024;
  private static final String FLAG = "PROV_FLAG";
  private static final String CERT = "CHAIRMAN_CERT";

  /** A member: id, total, division-level, something pending. */
  record M(String id, String total, boolean division, boolean pending) {
    static M of(String id, String total) {
      return new M(id, total, false, false);
    }
  }

  /** Blocs of a district, and one division cluster of a department. */
  static Province province(List<List<M>> blocs, OrganiserKind kind) {
    Province.Builder b = Province.builder("hung-yen", "Tỉnh Hưng Yên", YEAR)
        .organisers(Organiser.of("org", "Đơn vị tổ chức", kind));
    for (int i = 0; i < blocs.size(); i++) {
      EmulationGroup.Builder g = EmulationGroup.builder(group(i).value(), String.format("Khối %02d", i + 1),
          GroupKind.BLOC, OrganiserId.of("org"), YEAR);
      for (M m : blocs.get(i)) {
        b.units(Unit.builder(m.id(), "Đơn vị " + m.id()).staffCount(20).divisionLevel(m.division())
            .facts(YEAR, new YearFacts(Set.of("TLDXS"), false, m.pending())).build());
        g.members(m.id());
      }
      g.head(blocs.get(i).get(0).id()).deputy(blocs.get(i).get(1).id());
      b.groups(g.build());
    }
    return b.build();
  }

  static GroupId group(int i) {
    return GroupId.of(String.format("khoi-%02d", i + 1));
  }

  /** A one-criterion scale of the organiser, and one head sheet per unit giving its total. */
  static YearInputs.Builder inputs(Province province, RuleBook rules, List<List<M>> blocs) {
    ScoringScale scale = ScoringScale.builder("scale", "1", "100",
        ScaleBinding.toOrganiser(OrganiserId.of("org"), YEAR, LocalDate.of(YEAR, 1, 1)))
        .criteria(Criterion.leaf("1", "Kết quả", "100", new ScoringMethod.Manual())).build();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < blocs.size(); i++) {
      for (M m : blocs.get(i)) {
        sheets.add(ScoreSheet.builder(m.id(), group(i).value(), YEAR, ScorerRole.HEAD, "head")
            .entry("1", m.total()).build());
      }
    }
    return YearInputs.builder(province, rules).sheets(sheets).scale(scale);
  }

  static VoteSession vote(int group, int members, Map<String, Integer> approvals) {
    List<Ballot> ballots = new ArrayList<>();
    int used = 0;
    for (var e : approvals.entrySet()) {
      for (int k = 0; k < e.getValue(); k++) {
        ballots.add(Ballot.approving(e.getKey()));
      }
      used += e.getValue();
    }
    for (int k = used; k < members; k++) {
      ballots.add(Ballot.blank());
    }
    return VoteSession.builder(group(group).value(), YEAR, VotePurpose.LEADER).present(members)
        .candidates(approvals.keySet().toArray(String[]::new)).ballots(ballots).build();
  }

  private static final List<M> FIVE = List.of(M.of("a", "95"), M.of("b", "90"), M.of("c", "85"), M.of("d", "80"),
      M.of("e", "75"));

  private static List<String> codes(GroupYear y) {
    return y.report().violations().stream().map(Violation::code).toList();
  }

  @Test
  void theFlagFollowsTheAcclaimedSecondRankedUnitWithAWarningNamingBoth() {
    Province p = province(List.of(FIVE), OrganiserKind.DISTRICT);
    YearInputs in = inputs(p, RuleSets.defaultRules(), List.of(FIVE))
        .votes(List.of(vote(0, 5, Map.of("b", 4)))).build();
    GroupYear y = EmulationYear.group(in, group(0));
    assertThat(y.ranking().order().get(0)).isEqualTo(UnitId.of("a"));
    assertThat(y.leadingUnit().unit()).contains(UnitId.of("b"));
    assertThat(y.leadingUnit().basis()).isEqualTo(LeaderBasis.VOTE);
    assertThat(y.plan().granted(FLAG)).containsExactly(UnitId.of("b"));
    Violation warning = y.leadingUnit().report().withCode(AllocationCodes.LEADER_NOT_TOP_RANKED).get(0);
    assertThat(warning.related()).extracting(s -> s.id()).containsExactlyInAnyOrder("a", "b");
    assertThat(warning.observed().en()).contains("rank 2").contains("4 votes");
    assertThat(warning.limit().en()).contains("rank 1");
    assertThat(y.report().of(y.group().id())).anySatisfy(f -> {
      assertThat(f.stage()).isEqualTo(Stage.LEADING_UNIT);
      assertThat(f.violation().code()).isEqualTo(AllocationCodes.LEADER_NOT_TOP_RANKED);
    });
  }

  private static final List<M> PENDING_LEADER = List.of(M.of("a", "95"), new M("b", "90", false, true),
      M.of("c", "85"), M.of("d", "80"), M.of("e", "75"));

  @Test
  void anIneligibleAcclaimedUnitLeavesTheFlagUngrantedWithItsReason() {
    Province p = province(List.of(PENDING_LEADER), OrganiserKind.DISTRICT);
    GroupYear y = EmulationYear.group(inputs(p, RuleSets.defaultRules(), List.of(PENDING_LEADER))
        .votes(List.of(vote(0, 5, Map.of("b", 4)))).build(), group(0));
    assertThat(y.leadingUnit().unit()).contains(UnitId.of("b"));
    assertThat(y.plan().granted(FLAG)).isEmpty();
    assertThat(codes(y)).contains(AllocationCodes.LEADER_INELIGIBLE);
    assertThat(y.plan().passedOver()).anySatisfy(o -> {
      assertThat(o.unit()).isEqualTo(UnitId.of("b"));
      assertThat(o.code()).isEqualTo(AllocationCodes.INELIGIBLE_PENDING);
    });
    // the top-ranked unit does not slide into the flag: it is not the leading unit
    assertThat(y.plan().passedOver()).anySatisfy(o -> {
      assertThat(o.unit()).isEqualTo(UnitId.of("a"));
      assertThat(o.award()).isEqualTo(FLAG);
      assertThat(o.code()).isEqualTo(AllocationCodes.NOT_LEADER);
    });
  }

  private static RuleBook withFallback(String fallback) {
    RuleSet layer = RuleSet.builder("org-rules", "1", LayerLevel.ORGANISER).parent("vn-hung-yen").target("org")
        .rule(Rule.of("award.eligibility.provincial-system", RuleScope.LOCAL, Citation.of("test"),
            RuleParameters.of(Map.of("awards", List.of(FLAG), "fallback", fallback))))
        .build();
    return RuleSets.defaultRules().with(layer);
  }

  @Test
  void aDeclaredFallbackGivesTheFlagToTheNextEligibleUnitOrAsksForANewVote() {
    Province p = province(List.of(PENDING_LEADER), OrganiserKind.DISTRICT);
    List<VoteSession> votes = List.of(vote(0, 5, Map.of("b", 4)));
    GroupYear next = EmulationYear.group(inputs(p, withFallback("next-eligible"), List.of(PENDING_LEADER))
        .votes(votes).build(), group(0));
    assertThat(next.plan().granted(FLAG)).containsExactly(UnitId.of("a"));
    assertThat(codes(next)).contains(AllocationCodes.LEADER_INELIGIBLE, AllocationCodes.LEADER_FALLBACK);
    // the group's proposal of the unit that takes the ineligible leader's place is accepted in its year
    GroupYear proposed = EmulationYear.group(inputs(p, withFallback("next-eligible"), List.of(PENDING_LEADER))
        .votes(votes).proposals(List.of(new io.github.thidua.emulation.core.awards.Proposal(group(0), YEAR,
            Optional.of(UnitId.of("b")), List.of(new io.github.thidua.emulation.core.awards.ProposedAward(
                UnitId.of("a"), FLAG, "2024"))))).build(), group(0));
    assertThat(proposed.proposal().orElseThrow().violations()).isEmpty();

    GroupYear again = EmulationYear.group(inputs(p, withFallback("new-vote"), List.of(PENDING_LEADER))
        .votes(votes).build(), group(0));
    assertThat(again.plan().granted(FLAG)).isEmpty();
    assertThat(codes(again)).contains(AllocationCodes.LEADER_NEW_VOTE);
    // the new vote, given as the next round, decides
    VoteSession round2 = vote(0, 5, Map.of("c", 5)).toBuilder().round(2).build();
    GroupYear decided = EmulationYear.group(inputs(p, withFallback("new-vote"), List.of(PENDING_LEADER))
        .votes(List.of(votes.get(0), round2)).build(), group(0));
    assertThat(decided.leadingUnit().unit()).contains(UnitId.of("c"));
    assertThat(decided.plan().granted(FLAG)).containsExactly(UnitId.of("c"));
  }

  @Test
  void byRankingTheLeadingUnitIsTheBestRankedEligibleOneAndATieWaitsForLots() {
    RuleSet layer = RuleSet.builder("org-rules", "1", LayerLevel.ORGANISER).parent("vn-hung-yen").target("org")
        .rule(Rule.of("group.leading-unit", RuleScope.LOCAL, Citation.of("test"), RuleParameters.of("by", "ranking")))
        .build();
    RuleBook rules = RuleSets.defaultRules().with(layer);
    List<M> pendingFirst = List.of(new M("a", "95", false, true), M.of("b", "90"), M.of("c", "85"), M.of("d", "80"),
        M.of("e", "75"));
    Province p = province(List.of(pendingFirst), OrganiserKind.DISTRICT);
    GroupYear y = EmulationYear.group(inputs(p, rules, List.of(pendingFirst)).build(), group(0));
    assertThat(y.leadingUnit().basis()).isEqualTo(LeaderBasis.RANKING);
    assertThat(y.leadingUnit().unit()).contains(UnitId.of("b"));
    assertThat(y.plan().granted(FLAG)).containsExactly(UnitId.of("b"));
    List<M> tied = List.of(M.of("a", "95"), M.of("b", "95"), M.of("c", "85"), M.of("d", "80"), M.of("e", "75"));
    Province q = province(List.of(tied), OrganiserKind.DISTRICT);
    GroupYear t = EmulationYear.group(inputs(q, rules, List.of(tied)).build(), group(0));
    assertThat(t.leadingUnit().unit()).isEmpty();
    assertThat(t.plan().granted(FLAG)).isEmpty();
    assertThat(codes(t)).contains(AllocationCodes.LEADER_NONE);
    GroupYear drawn = EmulationYear.group(inputs(q, rules, List.of(tied)).rankingLots(group(0),
        List.of(UnitId.of("b"), UnitId.of("a"))).build(), group(0));
    assertThat(drawn.leadingUnit().unit()).contains(UnitId.of("b"));
  }

  @Test
  void certificatesCanFollowTheGroupsCertificateVote() {
    RuleSet layer = RuleSet.builder("org-rules", "1", LayerLevel.ORGANISER).parent("vn-hung-yen").target("org")
        .rule(Rule.of("award.eligibility.voted", RuleScope.LOCAL, Citation.of("test"),
            RuleParameters.of(Map.of("awards", List.of(CERT), "purpose", "CERTIFICATE"))))
        .build();
    RuleBook rules = RuleSets.defaultRules().with(layer);
    List<M> ten = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      ten.add(M.of("u" + k, String.valueOf(95 - k)));
    }
    Province p = province(List.of(ten), OrganiserKind.DISTRICT);
    VoteSession leader = vote(0, 10, Map.of("u0", 10));
    // 2 certificates (20 % of 10); the vote elects u5 and u7 (6 of 10 each), not u1 and u2, the next by rank
    List<Ballot> ballots = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      ballots.add(k < 6 ? Ballot.approving("u5", "u7") : Ballot.approving("u1"));
    }
    VoteSession certificates = VoteSession.builder(group(0).value(), YEAR, VotePurpose.CERTIFICATE).present(10)
        .candidates("u1", "u5", "u7").ballots(ballots).build();
    YearInputs in = inputs(p, rules, List.of(ten)).votes(List.of(leader, certificates)).build();
    GroupYear y = EmulationYear.group(in, group(0));
    assertThat(y.plan().granted(CERT)).containsExactlyInAnyOrder(UnitId.of("u5"), UnitId.of("u7"));
    assertThat(y.plan().passedOver()).anySatisfy(o -> {
      assertThat(o.unit()).isEqualTo(UnitId.of("u1"));
      assertThat(o.code()).isEqualTo(AllocationCodes.NOT_VOTED);
      assertThat(o.reason().vi()).contains("CERTIFICATE");
    });
    assertThat(Emulation.allocate(p, y.ranking(), y.leadingUnit(), y.votes(), rules)).isEqualTo(y.plan());
    // without the vote, nobody receives the certificate, and the reason says so
    GroupYear none = EmulationYear.group(inputs(p, rules, List.of(ten)).votes(List.of(leader)).build(), group(0));
    assertThat(none.plan().granted(CERT)).isEmpty();
    assertThat(none.plan().passedOver()).filteredOn(o -> o.award().equals(CERT))
        .allSatisfy(o -> assertThat(o.code()).isEqualTo(AllocationCodes.NOT_VOTED));
  }

  private static final List<M> DIVISIONS = List.of(new M("phong-a", "95", true, false),
      new M("phong-b", "90", true, false), new M("phong-c", "85", true, false), new M("phong-d", "80", true, false),
      new M("phong-e", "75", true, false));

  @Test
  void aDivisionLevelUnitLeadingADepartmentsClusterReceivesTheFlag() {
    Province p = province(List.of(DIVISIONS), OrganiserKind.DEPARTMENT);
    List<VoteSession> votes = List.of(vote(0, 5, Map.of("phong-a", 5)));
    GroupYear y = EmulationYear.group(inputs(p, RuleSets.defaultRules(), List.of(DIVISIONS)).votes(votes).build(),
        group(0));
    assertThat(y.plan().granted(FLAG)).containsExactly(UnitId.of("phong-a"));
    // a division-level member that does not lead is refused, with the reason
    var check = Emulation.validateProposal(p, group(0), List.of(
        new io.github.thidua.emulation.core.awards.ProposedAward(UnitId.of("phong-b"), FLAG, "2024")),
        Optional.of(UnitId.of("phong-a")), RuleSets.defaultRules());
    assertThat(check.codes()).containsExactly(AllocationCodes.NOT_LEADER);
    // a division-level unit proposed by a cluster it does not belong to is refused with the reason
    Province withOutsider = p.toBuilder().units(io.github.thidua.emulation.core.Unit.builder("phong-x", "Phòng X")
        .staffCount(9).divisionLevel(true).build()).build();
    var outside = Emulation.validateProposal(withOutsider, group(0), List.of(
        new io.github.thidua.emulation.core.awards.ProposedAward(UnitId.of("phong-x"), FLAG, "2024")),
        Optional.of(UnitId.of("phong-a")), RuleSets.defaultRules());
    assertThat(outside.codes()).contains(AllocationCodes.PROPOSAL_NOT_MEMBER, AllocationCodes.NOT_LEADER);
    assertThat(outside.withCode(AllocationCodes.PROPOSAL_NOT_MEMBER).get(0).message().vi())
        .contains("Phòng X").contains("không phải thành viên");
    // the optional blanket layer bars it again
    GroupYear strict = EmulationYear.group(inputs(p, RuleSets.embedded("vn-hung-yen-division-ban"),
        List.of(DIVISIONS)).votes(votes).build(), group(0));
    assertThat(strict.plan().granted(FLAG)).isEmpty();
    assertThat(strict.plan().passedOver()).anySatisfy(o ->
        assertThat(o.code()).isEqualTo(AwardCodes.INELIGIBLE_DIVISION_LEVEL));
  }

  @Test
  void aGroupOutsideTheProvincialSystemHasNoFlag() {
    Province p = province(List.of(FIVE), OrganiserKind.of("MINISTRY"));
    GroupYear y = EmulationYear.group(inputs(p, RuleSets.defaultRules(), List.of(FIVE))
        .votes(List.of(vote(0, 5, Map.of("a", 5)))).build(), group(0));
    assertThat(y.plan().granted(FLAG)).isEmpty();
    assertThat(y.plan().passedOver()).anySatisfy(o ->
        assertThat(o.code()).isEqualTo(AllocationCodes.OUTSIDE_SYSTEM));
  }

  /** Twelve blocs of 5 to 16 members (no tie for the last seats of 20); each leader acclaimed unanimously. */
  private static List<List<M>> dozen() {
    List<List<M>> blocs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      List<M> members = new ArrayList<>();
      for (int k = 0; k < 5 + i; k++) {
        members.add(M.of("u" + i + "-" + k, String.valueOf(95 - k)));
      }
      blocs.add(members);
    }
    return blocs;
  }

  private static List<VoteSession> acclaim(List<List<M>> blocs) {
    List<VoteSession> votes = new ArrayList<>();
    for (int i = 0; i < blocs.size(); i++) {
      votes.add(vote(i, blocs.get(i).size(), Map.of(blocs.get(i).get(0).id(), blocs.get(i).size())));
    }
    return votes;
  }

  static RuleBook provinceRules(Rule... rules) {
    RuleSet.Builder layer = RuleSet.builder("hung-yen-year", "1", LayerLevel.PROVINCE).parent("vn-hung-yen")
        .validity(LocalDate.of(YEAR, 1, 1), Optional.empty()).citation(Citation.of("test"))
        .name(new io.github.thidua.emulation.core.LocalizedText("Năm thi đua", "The year"));
    for (Rule r : rules) {
      layer.rule(r);
    }
    return RuleBook.of(List.of(RuleSets.defaultRules().layers().get(0), RuleSets.defaultRules().layers().get(1),
        layer.build()));
  }

  @Test
  void aProvinceQuotaApportionedOverADozenBlocsFeedsTheirAllocations() {
    List<List<M>> blocs = dozen();
    Province p = province(blocs, OrganiserKind.DISTRICT);
    RuleBook rules = provinceRules(Rule.of("award.apportionment", RuleScope.LOCAL, Citation.of("test"),
        RuleParameters.of(Map.of("award", CERT, "total", new java.math.BigDecimal("20")))));
    ProvinceYear year = EmulationYear.run(inputs(p, rules, blocs).votes(acclaim(blocs)).build());
    assertThat(year.apportionments()).singleElement().satisfies(a -> assertThat(a.seats()).isEqualTo(20));
    int total = 0;
    for (GroupYear y : year.groups()) {
      int seats = year.apportionments().get(0).seatsOf(y.group().id());
      assertThat(y.plan().granted(CERT)).as(y.group().id().value()).hasSize(seats);
      total += seats;
    }
    assertThat(total).isEqualTo(20);
  }

  @Test
  void theCouncilCutsTheProvincesListToItsQuotaAndExplainsEveryCut() {
    List<List<M>> blocs = dozen().subList(0, 5);
    Province p = province(blocs, OrganiserKind.DISTRICT);
    RuleBook rules = provinceRules(Rule.of("award.council-review", RuleScope.LOCAL, Citation.of("test"),
        RuleParameters.of(Map.of("award", FLAG, "total", new java.math.BigDecimal("3")))));
    Map<UnitId, Integer> approvals = new java.util.TreeMap<>();
    for (int i = 0; i < 5; i++) {
      approvals.put(UnitId.of(blocs.get(i).get(0).id()), new int[] {12, 3, 10, 9, 11}[i]);
    }
    ProvinceYear year = EmulationYear.run(inputs(p, rules, blocs).votes(acclaim(blocs))
        .councilVotes(List.of(new CouncilVote(FLAG, 15, approvals))).build());
    CouncilReview review = year.council(FLAG).orElseThrow();
    assertThat(review.proposed()).hasSize(5);
    assertThat(review.approved()).extracting(i -> i.unit().value()).containsExactly("u0-0", "u4-0", "u2-0");
    assertThat(review.cut()).hasSize(2).allSatisfy(c -> assertThat(c.reason().en()).isNotBlank());
    assertThat(review.cut()).extracting(c -> c.item().unit().value()).containsExactlyInAnyOrder("u1-0", "u3-0");
    assertThat(review.proposed()).containsAll(review.approved());
    assertThat(year.report().of(Stage.COUNCIL)).hasSize(2);
    // a council vote for an award the council does not review is reported, not silently dropped
    ProvinceYear unused = EmulationYear.run(inputs(p, rules, blocs).votes(acclaim(blocs))
        .councilVotes(List.of(new CouncilVote(CERT, 15, Map.of()))).build());
    assertThat(unused.report().of(Stage.INPUTS)).extracting(f -> f.violation().code())
        .containsExactly(io.github.thidua.emulation.core.year.YearCodes.COUNCIL_INPUT_UNUSED);
  }

  @Test
  void theCouncilCutsFirstAProposalItsGroupsCheckRefused() {
    List<List<M>> blocs = dozen().subList(0, 3);
    Province p = province(blocs, OrganiserKind.DISTRICT);
    RuleBook rules = provinceRules(Rule.of("award.council-review", RuleScope.LOCAL, Citation.of("test"),
        RuleParameters.of(Map.of("award", FLAG, "total", new java.math.BigDecimal("3"), "by", "ranking"))));
    // bloc 1 proposes its runner-up for the flag instead of its acclaimed leading unit
    io.github.thidua.emulation.core.awards.Proposal wrong = new io.github.thidua.emulation.core.awards.Proposal(
        group(0), YEAR, Optional.of(UnitId.of("u0-0")), List.of(
            new io.github.thidua.emulation.core.awards.ProposedAward(UnitId.of("u0-1"), FLAG, "2024")));
    ProvinceYear year = EmulationYear.run(inputs(p, rules, blocs).votes(acclaim(blocs))
        .proposals(List.of(wrong)).build());
    CouncilReview review = year.council(FLAG).orElseThrow();
    assertThat(review.approved()).extracting(i -> i.unit().value()).containsExactly("u1-0", "u2-0");
    assertThat(review.cut()).singleElement().satisfies(c -> {
      assertThat(c.item().unit()).isEqualTo(UnitId.of("u0-1"));
      assertThat(c.reason().en()).contains("refused by the group's proposal check").contains("award.not-leader");
    });
  }

  @Test
  void allocationAloneUsesTheProvincesApportionedSeatsAsInsideTheYear() {
    List<List<M>> blocs = dozen();
    Province p = province(blocs, OrganiserKind.DISTRICT);
    RuleBook rules = provinceRules(Rule.of("award.apportionment", RuleScope.LOCAL, Citation.of("test"),
        RuleParameters.of(Map.of("award", CERT, "total", new java.math.BigDecimal("20")))));
    YearInputs in = inputs(p, rules, blocs).votes(acclaim(blocs)).build();
    ProvinceYear year = EmulationYear.run(in);
    for (GroupYear y : year.groups()) {
      assertThat(Emulation.allocate(p, y.ranking(), y.leadingUnit(), rules)).isEqualTo(y.plan());
    }
  }
}
