package io.github.thidua.emulation.core.ranking;

import static io.github.thidua.emulation.core.ranking.Rankings.S;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.UnitId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking conventions, the tie-break chain, unresolved ties and lots. */
class RankingTest {

  private static Ranking rank(String convention, List<String> steps, RankingInputs inputs, S... scores) {
    List<S> list = List.of(scores);
    return Emulation.rank(Rankings.province(list.stream().map(S::unit).toList()), Rankings.scores(list),
        Rankings.book(convention, steps), inputs);
  }

  private static String ranks(Ranking r) {
    return r.entries().stream().map(e -> e.unit() + ":" + e.rank().toPlainString())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource({
      "standard, a:1 b:2 c:2 d:4",
      "modified, a:1 b:3 c:3 d:4",
      "dense, a:1 b:2 c:2 d:3",
      "fractional, a:1 b:2.5 c:2.5 d:4",
      "ordinal, a:1 b:2 c:2 d:4"})
  void conventionsNumberAnUnresolvedTieAsDocumented(String convention, String expected) {
    Ranking r = rank(convention, List.of(), RankingInputs.NONE, S.of("a", "95"), S.of("b", "90.50"),
        S.of("c", "90.5"), S.of("d", "80"));
    assertThat(ranks(r)).isEqualTo(expected);
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void equalTotalsWithDifferentScalesAreATie() {
    Ranking r = rank("standard", List.of(), RankingInputs.NONE, S.of("x", "90.50"), S.of("y", "90.5"));
    assertThat(r.unresolved()).singleElement().satisfies(t ->
        assertThat(t.units()).containsExactly(UnitId.of("x"), UnitId.of("y")));
  }

  @Test
  void theChainDecidesStepByStepAndSaysWhich() {
    Ranking r = rank("standard", List.of("group-subtotal:1", "fewer-deductions"), RankingInputs.NONE,
        new S("a", "90", "55", "0", "0"), new S("b", "90", "58", "0", "0"),
        new S("c", "90", "55", "0", "2"), S.of("d", "99"));
    assertThat(r.order()).extracting(UnitId::value).containsExactly("d", "b", "a", "c");
    assertThat(r.entry(UnitId.of("d")).orElseThrow().decidedBy()).isEqualTo("score");
    assertThat(r.entry(UnitId.of("b")).orElseThrow().decidedBy()).isEqualTo("group-subtotal:1");
    assertThat(r.entry(UnitId.of("a")).orElseThrow().decidedBy()).isEqualTo("fewer-deductions");
    assertThat(ranks(r)).isEqualTo("d:1 b:2 a:3 c:4");
    assertThat(r.isComplete()).isTrue();
    assertThat(r.report().violations()).isEmpty();
    assertThat(r.trace().steps()).anySatisfy(s -> assertThat(s.rule().citation().text()).contains("Điều 9"));
  }

  @Test
  void aThreeWayTieEndsUnresolvedThenLotsCompleteIt() {
    S[] scores = {S.of("a", "92"), S.of("b", "92"), S.of("c", "92"), S.of("d", "95")};
    Ranking first = rank("standard", List.of("fewer-deductions"), RankingInputs.NONE, scores);
    assertThat(first.isComplete()).isFalse();
    assertThat(first.unresolved()).singleElement().satisfies(t -> {
      assertThat(t.units()).extracting(UnitId::value).containsExactly("a", "b", "c");
      assertThat(t.firstPosition()).isEqualTo(2);
    });
    assertThat(first.report().codes()).containsExactly("ranking.tie.unresolved");
    assertThat(first.entries()).filteredOn(e -> !e.unit().value().equals("d"))
        .allSatisfy(e -> {
          assertThat(e.decidedBy()).isEqualTo("unresolved");
          assertThat(e.rank()).isEqualByComparingTo("2");
          assertThat(e.tiedWith()).hasSize(2);
        });

    Ranking withLots = rank("standard", List.of("fewer-deductions"),
        RankingInputs.NONE.withLots(List.of(UnitId.of("c"), UnitId.of("a"), UnitId.of("b"))), scores);
    assertThat(withLots.isComplete()).isTrue();
    assertThat(withLots.order()).extracting(UnitId::value).containsExactly("d", "c", "a", "b");
    assertThat(withLots.entries()).extracting(RankEntry::decidedBy).containsExactly("score", "lots", "lots", "lots");
    assertThat(withLots.report().violations()).isEmpty();
    assertThat(withLots.fingerprint()).isNotEqualTo(first.fingerprint());
  }

  @Test
  void lotsThatMissATiedUnitLeaveTheTieAndSaySo() {
    Ranking r = rank("standard", List.of(), RankingInputs.NONE.withLots(List.of(UnitId.of("a"))),
        S.of("a", "92"), S.of("b", "92"));
    assertThat(r.isComplete()).isFalse();
    assertThat(r.report().codes()).containsExactlyInAnyOrder("ranking.lots.incomplete", "ranking.tie.unresolved");
  }

  @Test
  void theVoteStepUsesApprovalsAndIsReportedWhenMissing() {
    S[] scores = {S.of("a", "92"), S.of("b", "92")};
    Ranking voted = rank("standard", List.of("vote"),
        RankingInputs.NONE.withVotes(Map.of(UnitId.of("a"), 3, UnitId.of("b"), 7)), scores);
    assertThat(voted.order()).extracting(UnitId::value).containsExactly("b", "a");
    assertThat(voted.entries().get(0).decidedBy()).isEqualTo("vote");
    Ranking missing = rank("standard", List.of("vote"), RankingInputs.NONE, scores);
    assertThat(missing.report().codes()).containsExactlyInAnyOrder("ranking.vote.missing",
        "ranking.tie.unresolved");
  }

  @Test
  void anUnknownStepIsReportedAndSkipped() {
    Ranking r = rank("standard", List.of("seniority", "more-bonus"), RankingInputs.NONE,
        new S("a", "92", "0", "5", "0"), new S("b", "92", "0", "3", "0"));
    assertThat(r.order()).extracting(UnitId::value).containsExactly("a", "b");
    assertThat(r.report().codes()).containsExactly("ranking.step.unknown");
  }

  @Test
  void theFingerprintCoversTheOrderOfTheChain() {
    S[] scores = {new S("a", "90", "55", "0", "0"), new S("b", "90", "58", "0", "1")};
    Ranking subtotalFirst = rank("standard", List.of("group-subtotal:1", "fewer-deductions"), RankingInputs.NONE,
        scores);
    Ranking deductionsFirst = rank("standard", List.of("fewer-deductions", "group-subtotal:1"), RankingInputs.NONE,
        scores);
    assertThat(subtotalFirst.fingerprint()).isNotEqualTo(deductionsFirst.fingerprint());
    assertThat(rank("standard", List.of("group-subtotal:1", "fewer-deductions"), RankingInputs.NONE, scores)
        .fingerprint()).isEqualTo(subtotalFirst.fingerprint());
  }

  @Test
  void withoutATieBreakRuleNoTieIsBrokenByIdOrInputOrder() {
    Ranking r = rank("standard", List.of(), RankingInputs.NONE, S.of("z", "70"), S.of("a", "70"));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.rank()).isEqualByComparingTo("1"));
    assertThat(r.unresolved()).hasSize(1);
  }
}
