package io.github.thidua.emulation.jackson.awards;

import static io.github.thidua.emulation.jackson.awards.LeadingUnitYearTest.M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the year on random provinces of one to four blocs: ties in the totals, units with something
 * pending, split, missing or unanimous honouring votes, and sometimes a province-wide apportionment and a council
 * review.
 */
class YearProperties {
  private static final String[] TOTALS = {"85", "88", "90", "90", "92", "95"};

  /** One random case: the blocs, the province and the inputs. */
  record Case(List<List<M>> blocs, Province province, YearInputs inputs) {}

  static Case random(long seed) {
    Random r = new Random(seed);
    List<List<M>> blocs = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      List<M> members = new ArrayList<>();
      for (int k = 0, m = 5 + r.nextInt(4); k < m; k++) {
        members.add(new M("u" + i + "-" + k, TOTALS[r.nextInt(TOTALS.length)], false, r.nextInt(10) == 0));
      }
      blocs.add(members);
    }
    Province province = LeadingUnitYearTest.province(blocs, OrganiserKind.DISTRICT);
    List<Rule> extra = new ArrayList<>();
    if (r.nextBoolean()) {
      extra.add(Rule.of("award.apportionment", RuleScope.LOCAL, Citation.of("test"),
          RuleParameters.of(Map.of("award", "CHAIRMAN_CERT", "total", BigDecimal.valueOf(1 + r.nextInt(6))))));
    }
    if (r.nextBoolean()) {
      extra.add(Rule.of("award.council-review", RuleScope.LOCAL, Citation.of("test"),
          RuleParameters.of(Map.of("award", "PROV_FLAG", "total", BigDecimal.valueOf(r.nextInt(3)), "by",
              "ranking"))));
    }
    RuleBook rules = extra.isEmpty() ? RuleSets.defaultRules()
        : LeadingUnitYearTest.provinceRules(extra.toArray(Rule[]::new));
    List<VoteSession> votes = new ArrayList<>();
    for (int i = 0; i < blocs.size(); i++) {
      if (r.nextInt(5) == 0) {
        continue;
      }
      List<M> members = blocs.get(i);
      Map<String, Integer> approvals = new LinkedHashMap<>();
      int left = members.size();
      for (int c = 0, candidates = 1 + r.nextInt(2); c < candidates && left > 0; c++) {
        int n = r.nextInt(left + 1);
        approvals.merge(members.get(r.nextInt(members.size())).id(), n, Integer::sum);
        left -= n;
      }
      votes.add(LeadingUnitYearTest.vote(i, members.size(), approvals));
    }
    return new Case(blocs, province, LeadingUnitYearTest.inputs(province, rules, blocs).votes(votes).build());
  }

  @Test
  void theYearDoesNotDependOnTheOrderOfItsInputs() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Case c = random(seed);
      List<ScoreSheet> sheets = new ArrayList<>(c.inputs().sheets());
      List<VoteSession> votes = new ArrayList<>(c.inputs().votes());
      Collections.shuffle(sheets, new Random(seed + 1));
      Collections.shuffle(votes, new Random(seed + 2));
      YearInputs shuffled = YearInputs.builder(c.province(), c.inputs().rules()).sheets(sheets).votes(votes)
          .scale(c.inputs().scale().orElseThrow()).build();
      assertThat(EmulationYear.run(shuffled)).isEqualTo(EmulationYear.run(c.inputs()));
    });
  }

  @Test
  void everyFindingOfEveryStageAppearsOnceInTheReport() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      ProvinceYear year = EmulationYear.run(random(seed).inputs());
      List<Violation> reported = year.report().violations();
      assertThat(new HashSet<>(reported)).hasSameSizeAs(reported);
      Set<Violation> found = new HashSet<>(year.organisation().violations());
      year.apportionments().forEach(a -> found.addAll(a.report().violations()));
      year.council().forEach(c -> found.addAll(c.report().violations()));
      for (GroupYear y : year.groups()) {
        found.addAll(y.scores().report().violations());
        y.votes().forEach(v -> found.addAll(v.report().violations()));
        found.addAll(y.ranking().report().violations());
        found.addAll(y.leadingUnit().report().violations());
        found.addAll(y.plan().report().violations());
        y.proposal().ifPresent(p -> found.addAll(p.violations()));
        y.rotations().forEach(rot -> found.addAll(rot.report().violations()));
      }
      assertThat(new HashSet<>(reported)).isEqualTo(found);
    });
  }

  @Test
  void eachStageAloneEqualsTheSameStageInsideTheYear() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Case c = random(seed);
      YearInputs in = c.inputs();
      Province p = c.province();
      RuleBook rules = in.rules();
      ProvinceYear year = EmulationYear.run(in);
      assertThat(Emulation.validate(p, rules)).isEqualTo(year.organisation());
      for (GroupYear y : year.groups()) {
        List<ScoreSheet> sheets = in.sheets().stream().filter(s -> s.group().equals(y.group().id())).toList();
        assertThat(Emulation.score(p, y.group().id(), in.scale().orElseThrow(), sheets, rules))
            .isEqualTo(y.scores());
        assertThat(Emulation.rank(p, y.scores(), rules, RankingInputs.NONE)).isEqualTo(y.preliminary());
        Optional<io.github.thidua.emulation.core.voting.VoteResult> vote = y.vote(VotePurpose.LEADER);
        in.votes().stream().filter(v -> v.group().equals(y.group().id())).findFirst().ifPresent(session ->
            assertThat(Emulation.tally(p, session, rules, y.preliminary().order())).isEqualTo(vote.orElseThrow()));
        assertThat(vote.map(v -> Emulation.rank(p, y.scores(), rules, RankingInputs.NONE.withVotes(v.approvals())))
            .orElse(y.preliminary())).isEqualTo(y.ranking());
        assertThat(Emulation.leadingUnit(p, y.ranking(), vote, rules)).isEqualTo(y.leadingUnit());
        assertThat(Emulation.allocate(p, y.ranking(), y.leadingUnit(), rules)).isEqualTo(y.plan());
      }
    });
  }
}
