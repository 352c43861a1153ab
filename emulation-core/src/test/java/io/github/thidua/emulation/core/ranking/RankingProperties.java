package io.github.thidua.emulation.core.ranking;

import static io.github.thidua.emulation.core.ranking.Rankings.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of ranking over generated groups (small score ranges, so ties are frequent). */
class RankingProperties {
  private static final List<String> CHAIN = List.of("group-subtotal:1", "fewer-deductions");

  private static Gen<List<S>> groups() {
    return lists().of(integers().between(0, 40)).ofSizeBetween(1, 9).map(values -> {
      List<S> scores = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        int v = values.get(i);
        scores.add(new S("u" + i, String.valueOf(80 + v % 5), String.valueOf(50 + v % 3), "0",
            String.valueOf(v % 2)));
      }
      return scores;
    });
  }

  private static Ranking rank(List<S> scores, String convention) {
    return Emulation.rank(Rankings.province(scores.stream().map(S::unit).sorted().toList()),
        Rankings.scores(scores), Rankings.book(convention, CHAIN), RankingInputs.NONE);
  }

  @Test
  void aRankingIsAPermutationOfTheScoredMembers() {
    qt().withExamples(200).forAll(groups()).checkAssert(scores -> {
      Ranking r = rank(scores, "standard");
      assertThat(r.order()).containsExactlyInAnyOrderElementsOf(scores.stream().map(s -> UnitId.of(s.unit()))
          .toList());
      assertThat(r.entries()).extracting(RankEntry::position).containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, scores.size()).boxed().toList());
    });
  }

  @Test
  void theRankingDoesNotDependOnInputOrder() {
    qt().withExamples(200).forAll(groups(), longs().all()).checkAssert((scores, seed) -> {
      List<S> shuffled = new ArrayList<>(scores);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(rank(shuffled, "fractional")).isEqualTo(rank(scores, "fractional"));
    });
  }

  @Test
  void raisingAUnitsScoreNeverLowersItsRank() {
    qt().withExamples(200).forAll(groups(), integers().between(0, 8), integers().between(1, 10))
        .checkAssert((scores, pick, raise) -> {
          int index = pick % scores.size();
          S before = scores.get(index);
          List<S> raised = new ArrayList<>(scores);
          raised.set(index, new S(before.unit(), new java.math.BigDecimal(before.total()).add(
              java.math.BigDecimal.valueOf(raise)).toPlainString(), before.group1(), before.bonus(),
              before.deductions()));
          UnitId unit = UnitId.of(before.unit());
          assertThat(rank(raised, "standard").entry(unit).orElseThrow().rank())
              .isLessThanOrEqualTo(rank(scores, "standard").entry(unit).orElseThrow().rank());
        });
  }

  @Test
  void unitsAreOrderedByTotalAndEqualTotalsAreNeverSplitWithoutAReason() {
    qt().withExamples(200).forAll(groups()).checkAssert(scores -> {
      Ranking r = rank(scores, "standard");
      for (int i = 1; i < r.entries().size(); i++) {
        RankEntry prev = r.entries().get(i - 1);
        RankEntry next = r.entries().get(i);
        assertThat(prev.total()).isGreaterThanOrEqualTo(next.total());
        if (prev.total().compareTo(next.total()) == 0 && prev.rank().compareTo(next.rank()) != 0) {
          // a split of equal totals is always explained by a chain step on one side of it
          assertThat(List.of(prev.decidedBy(), next.decidedBy())).containsAnyElementsOf(CHAIN);
        }
      }
    });
  }
}
