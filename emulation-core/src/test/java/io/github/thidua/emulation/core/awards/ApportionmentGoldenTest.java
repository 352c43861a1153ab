package io.github.thidua.emulation.core.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Golden cases of {@link Apportionment}: textbook examples worked by hand, the Alabama paradox, ties and lots. */
class ApportionmentGoldenTest {

  private static final GroupId A = GroupId.of("a");
  private static final GroupId B = GroupId.of("b");
  private static final GroupId C = GroupId.of("c");
  private static final GroupId D = GroupId.of("d");
  private static final GroupId E = GroupId.of("e");

  private static Map<GroupId, Integer> weights(int... values) {
    Map<GroupId, Integer> map = new LinkedHashMap<>();
    List<GroupId> ids = List.of(A, B, C, D, E);
    for (int i = 0; i < values.length; i++) {
      map.put(ids.get(i), values[i]);
    }
    return map;
  }

  private static List<Integer> seats(ApportionmentResult result) {
    return result.allocations().stream().map(Allocation::seats).toList();
  }

  /**
   * The Alabama paradox with Hamilton, on the populations of the npm package "apportionment" (README example):
   * 21878, 9713, 4167, 3252, 1065, in all 40075.
   *
   * <pre>
   * 43 seats: quotas 43 × w / 40075 = 23.475, 10.422, 4.471, 3.489, 1.143 → floors 23, 10, 4, 3, 1 = 41;
   *           2 seats left: largest remainders d (0.489) and a (0.475)                   → 24, 10, 4, 4, 1
   * 44 seats: quotas 24.021, 10.664, 4.575, 3.571, 1.169 → floors 24, 10, 4, 3, 1 = 42;
   *           2 seats left: largest remainders b (0.664) and c (0.575); d (0.571) misses  → 24, 11, 5, 3, 1
   * </pre>
   *
   * d has 4 seats of 43 but 3 of 44: the house grew and d lost a seat.
   */
  @Nested
  class AlabamaParadox {
    private final Map<GroupId, Integer> populations = weights(21878, 9713, 4167, 3252, 1065);

    @Test
    void fortyThreeAndFortyFourSeatsReproduceTheNpmExample() {
      ApportionmentResult at43 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 43, populations, List.of());
      ApportionmentResult at44 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 44, populations, List.of());
      assertThat(seats(at43)).containsExactly(24, 10, 4, 4, 1);
      assertThat(seats(at44)).containsExactly(24, 11, 5, 3, 1);
      assertThat(at43.isComplete()).isTrue();
      assertThat(at44.isComplete()).isTrue();
      assertThat(at44.seatsOf(D)).isLessThan(at43.seatsOf(D));
    }

    @Test
    void exactQuotasAndRemaindersAreShownAsFractions() {
      ApportionmentResult at44 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 44, populations, List.of());
      // 44 × 21878 / 40075 = 962632 / 40075 = 24 + 832/40075
      assertThat(at44.allocation(A).orElseThrow().quota()).isEqualTo("24 832/40075");
      assertThat(at44.allocation(A).orElseThrow().deciding()).isEqualTo("832/40075");
      // 44 × 3252 / 40075 = 143088 / 40075 = 3 + 22863/40075
      assertThat(at44.allocation(D).orElseThrow().quota()).isEqualTo("3 22863/40075");
    }

    @Test
    void theParadoxIsReportedNotHidden() {
      ApportionmentResult at44 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 44, populations, List.of());
      assertThat(at44.report().withCode(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX)).singleElement()
          .satisfies(v -> {
            assertThat(v.subject().id()).isEqualTo("d");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.observed().en()).isEqualTo("3");
            assertThat(v.limit().en()).isEqualTo("4");
            assertThat(v.message().en()).contains("d receives 3 seat(s)", "but 4 with one seat fewer",
                "Alabama paradox");
            assertThat(v.message().vi()).contains("d được 3 suất", "nghịch lý Alabama");
          });
      assertThat(at44.allocation(D).orElseThrow().explanation().en())
          .contains("with 43 seats in all it would have had 4 (Alabama paradox)");
      assertThat(at44.trace().about("d")).anySatisfy(s -> {
        assertThat(s.kind()).isEqualTo(StepKind.RESULT);
        assertThat(s.detail()).startsWith("Alabama paradox");
      });
      ApportionmentResult at43 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 43, populations, List.of());
      assertThat(at43.report().withCode(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX)).isEmpty();
    }

    @Test
    void divisorMethodsShowNoParadoxOnTheSameData() {
      for (ApportionmentMethod m : List.of(ApportionmentMethod.DHONDT, ApportionmentMethod.SAINTE_LAGUE)) {
        ApportionmentResult at43 = Apportionment.apportion(m, 43, populations, List.of());
        ApportionmentResult at44 = Apportionment.apportion(m, 44, populations, List.of());
        for (GroupId g : populations.keySet()) {
          assertThat(at44.seatsOf(g)).as("%s %s", m, g).isGreaterThanOrEqualTo(at43.seatsOf(g));
        }
        assertThat(at44.report().violations()).as("%s", m).isEmpty();
      }
    }

    @Test
    void seatsAreNumberedWholeQuotasFirstThenRemainders() {
      ApportionmentResult at44 = Apportionment.apportion(ApportionmentMethod.HAMILTON, 44, populations, List.of());
      assertThat(at44.seatOrder()).hasSize(44);
      assertThat(at44.seatOrder().subList(0, 42)).allSatisfy(s ->
          assertThat(s.reason()).isEqualTo(SeatReason.WHOLE_QUOTA));
      assertThat(at44.seatOrder().subList(42, 44)).extracting(SeatAward::group, SeatAward::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(B, SeatReason.LARGEST_REMAINDER),
              org.assertj.core.groups.Tuple.tuple(C, SeatReason.LARGEST_REMAINDER));
      assertThat(at44.trace().about("b")).anySatisfy(s ->
          assertThat(s.detail()).startsWith("seat 43: largest remainder"));
    }
  }

  /**
   * Weights 100 000, 80 000, 30 000, 20 000 and 8 seats.
   *
   * <pre>
   * D'Hondt quotients (÷1, ÷2, ÷3, ÷4):
   *   a 100000  50000  33333⅓  25000 | 20000
   *   b  80000  40000  26666⅔ | 20000
   *   c  30000 | 15000
   *   d  20000
   *   the 8 highest: 100000a 80000b 50000a 40000b 33333⅓a 30000c 26666⅔b 25000a → 4, 3, 1, 0
   * Sainte-Laguë quotients (÷1, ÷3, ÷5, ÷7):
   *   a 100000  33333⅓  20000 | 14285 5/7
   *   b  80000  26666⅔  16000 | 11428 4/7
   *   c  30000 | 10000
   *   d  20000 | 6666⅔
   *   the 8 highest: 100000a 80000b 33333⅓a 30000c 26666⅔b 20000a 20000d 16000b → 3, 3, 1, 1
   *   (a and d tie at 20000 for seats 6 and 7: both fit, so no lots are needed)
   * </pre>
   */
  @Nested
  class Textbook {
    private final Map<GroupId, Integer> votes = weights(100_000, 80_000, 30_000, 20_000);

    @Test
    void dhondtGivesFourThreeOneNothing() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.DHONDT, 8, votes, List.of());
      assertThat(seats(r)).containsExactly(4, 3, 1, 0);
      assertThat(r.isComplete()).isTrue();
      assertThat(r.report().violations()).isEmpty();
      assertThat(r.seatOrder()).extracting(SeatAward::value).containsExactly("100000", "80000", "50000", "40000",
          "33333 1/3", "30000", "26666 2/3", "25000");
      assertThat(r.seatOrder()).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SeatReason.HIGHEST_QUOTIENT));
      assertThat(r.allocation(A).orElseThrow().deciding()).isEqualTo("20000");
      assertThat(r.allocation(D).orElseThrow().explanation().en())
          .isEqualTo("No seat won; its next quotient 20000 is below the last winning quotient 25000.");
      assertThat(r.allocation(A).orElseThrow().explanation().vi())
          .startsWith("Được 4 suất với các thương số 100000, 50000, 33333 1/3, 25000");
    }

    @Test
    void sainteLagueGivesThreeThreeOneOne() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 8, votes, List.of());
      assertThat(seats(r)).containsExactly(3, 3, 1, 1);
      assertThat(r.isComplete()).isTrue();
      assertThat(r.report().violations()).isEmpty();
      assertThat(r.seatOrder().get(5)).isEqualTo(new SeatAward(6, A, SeatReason.HIGHEST_QUOTIENT, "20000"));
      assertThat(r.seatOrder().get(6)).isEqualTo(new SeatAward(7, D, SeatReason.HIGHEST_QUOTIENT, "20000"));
      assertThat(r.trace().about("d")).anySatisfy(s ->
          assertThat(s.detail()).isEqualTo("seat 7: highest quotient 20000 = 20000 / 1 (equal with a; all receive"
              + " a seat)"));
      assertThat(r.allocation(B).orElseThrow().deciding()).isEqualTo("11428 4/7");
    }

    @Test
    void hamiltonOnTheSameVotes() {
      // quotas 8 × w / 230000: 3 11/23, 2 18/23, 1 1/23, 16/23 → floors 3, 2, 1, 0 = 6; remainders 11/23, 18/23,
      // 1/23, 16/23: the 2 seats left go to b (18/23) and d (16/23) → 3, 3, 1, 1
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.HAMILTON, 8, votes, List.of());
      assertThat(seats(r)).containsExactly(3, 3, 1, 1);
      assertThat(r.allocation(A).orElseThrow().explanation().en())
          .isEqualTo("Quota 3 11/23: 3 whole seat(s); its remainder 11/23 is below the smallest that won a seat,"
              + " 16/23.");
    }

    @Test
    void unusedLotsChangeNothing() {
      for (ApportionmentMethod m : ApportionmentMethod.values()) {
        ApportionmentResult without = Apportionment.apportion(m, 8, votes, List.of());
        ApportionmentResult with = Apportionment.apportion(m, 8, votes, List.of(D, C, B, A));
        assertThat(with).as("%s", m).isEqualTo(without);
      }
    }
  }

  /**
   * Hamilton, weights a 10, b 10, c 10, d 5 and 5 seats: quotas 10/7 = 1 3/7 (three times) and 5/7; floors 1, 1,
   * 1, 0 = 3; 2 seats left: d (5/7) gets one, then a, b and c tie at 3/7 for the last seat.
   */
  @Nested
  class ThreeWayTie {
    private final Map<GroupId, Integer> w = weights(10, 10, 10, 5);

    @Test
    void theTieIsLeftOpenWithTheCertainSeats() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.HAMILTON, 5, w, List.of());
      assertThat(r.isComplete()).isFalse();
      assertThat(r.unresolved()).contains(new TieForSeats(List.of(A, B, C), 1, "3/7"));
      assertThat(seats(r)).containsExactly(1, 1, 1, 1);
      assertThat(r.certainSeats()).isEqualTo(4);
      assertThat(r.seatOrder()).hasSize(4);
      List<Violation> lots = r.report().withCode(AwardCodes.APPORTIONMENT_LOTS_NEEDED);
      assertThat(lots).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.subject().id()).isEqualTo("a");
        assertThat(v.related()).extracting(s -> s.id()).containsExactly("b", "c");
        assertThat(v.observed().en()).isEqualTo("1");
        assertThat(v.limit().en()).isEqualTo("3/7");
        assertThat(v.message().en()).startsWith("a, b, c tie at 3/7 for the last 1 seat(s)");
        assertThat(v.message().vi()).startsWith("a, b, c bằng nhau ở giá trị 3/7");
      });
      assertThat(r.report().isValid()).isTrue();
      assertThat(r.allocation(B).orElseThrow().explanation().en())
          .isEqualTo("Quota 1 3/7: 1 whole seat(s); tied at 3/7 with a, c for 1 seat(s): lots must be drawn.");
      assertThat(r.trace().about("c")).anySatisfy(s -> assertThat(s.detail()).endsWith("lots needed"));
    }

    @Test
    void lotsCompleteIt() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.HAMILTON, 5, w, List.of(C, A, B));
      assertThat(r.isComplete()).isTrue();
      assertThat(seats(r)).containsExactly(1, 1, 2, 1);
      assertThat(r.seatOrder().get(4)).isEqualTo(new SeatAward(5, C, SeatReason.LOTS, "3/7"));
      assertThat(r.report().withCode(AwardCodes.APPORTIONMENT_LOTS_NEEDED)).isEmpty();
      assertThat(r.report().withCode(AwardCodes.APPORTIONMENT_LOTS_USED)).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.INFO);
        assertThat(v.message().en()).isEqualTo("Lots decided 1 seat(s) among the groups tied at 3/7: a, b, c"
            + " (Phương pháp của thư viện emulation / emulation library method, docs/awards-quotas.md).");
      });
      assertThat(r.allocation(C).orElseThrow().explanation().en()).contains("plus 1 seat by lots");
      assertThat(r.allocation(A).orElseThrow().explanation().en()).contains("gave the seat(s) to others");
      assertThat(r.trace().about("c")).anySatisfy(s ->
          assertThat(s.detail()).startsWith("seat 5: lots among 3 groups tied at remainder 3/7"));
    }

    @Test
    void lotsThatMissATiedGroupLeaveItOpen() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.HAMILTON, 5, w, List.of(C, A));
      assertThat(r.unresolved()).isPresent();
      assertThat(seats(r)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void divisorMethodsLeaveTiesOpenToo() {
      // D'Hondt, a, b, c 30 each and 7 seats: quotients 30 ×3, 15 ×3, then 10 ×3 tie for the 7th seat
      Map<GroupId, Integer> equal = weights(30, 30, 30);
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.DHONDT, 7, equal, List.of());
      assertThat(r.unresolved()).contains(new TieForSeats(List.of(A, B, C), 1, "10"));
      assertThat(seats(r)).containsExactly(2, 2, 2);
      ApportionmentResult done = Apportionment.apportion(ApportionmentMethod.DHONDT, 7, equal, List.of(B, C, A));
      assertThat(seats(done)).containsExactly(2, 3, 2);
      // Sainte-Laguë, 8 seats: 30 ×3, 10 ×3 (÷3), then 6 ×3 (÷5) tie for 2 seats
      ApportionmentResult sl = Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 8, equal, List.of());
      assertThat(sl.unresolved()).contains(new TieForSeats(List.of(A, B, C), 2, "6"));
      assertThat(seats(Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 8, equal, List.of(C, A, B))))
          .containsExactly(3, 2, 3);
    }
  }

  @Nested
  class FromTheRuleBook {
    private RuleBook book(Map<String, ?> params) {
      return RuleBook.of(TestRules.national(), TestRules.province().toBuilder()
          .rule(TestRules.localRule("award.apportionment", params).withId("prov-flag.apportionment")).build());
    }

    @Test
    void theFacadeReadsMethodAndTotal() {
      RuleBook book = book(Map.of("award", "PROV_FLAG", "total", 8, "method", "dhondt"));
      ApportionmentResult r = Emulation.apportion(book, LocalDate.of(2025, 12, 31), "PROV_FLAG",
          weights(100_000, 80_000, 30_000, 20_000), List.of());
      assertThat(r.method()).isEqualTo(ApportionmentMethod.DHONDT);
      assertThat(seats(r)).containsExactly(4, 3, 1, 0);
      assertThat(r.rule().id()).isEqualTo("prov-flag.apportionment");
      assertThat(r.rule().layer()).isEqualTo(TestRules.PROVINCE);
      assertThat(r.trace().steps()).allSatisfy(s -> assertThat(s.rule()).isEqualTo(r.rule()));
    }

    @Test
    void theMethodDefaultsToHamilton() {
      RuleBook book = book(Map.of("award", "PROV_FLAG", "total", 44));
      ApportionmentResult r = Emulation.apportion(book, LocalDate.of(2025, 12, 31), "PROV_FLAG",
          weights(21878, 9713, 4167, 3252, 1065), List.of());
      assertThat(r.method()).isEqualTo(ApportionmentMethod.HAMILTON);
      assertThat(seats(r)).containsExactly(24, 11, 5, 3, 1);
      assertThat(r.report().withCode(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX)).singleElement()
          .satisfies(v -> assertThat(v.message().en()).endsWith("(" + TestRules.GUIDELINE.text() + ")."));
    }

    @Test
    void anAwardWithoutARuleIsRefused() {
      RuleBook book = book(Map.of("award", "PROV_FLAG", "total", 4));
      assertThatThrownBy(() -> Emulation.apportion(book, LocalDate.of(2025, 12, 31), "CHAIRMAN_CERT",
          weights(1, 2), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHAIRMAN_CERT");
    }

    @Test
    void anUnknownMethodIsRefused() {
      RuleBook book = book(Map.of("award", "PROV_FLAG", "total", 4, "method", "adams"));
      assertThatThrownBy(() -> Emulation.apportion(book, LocalDate.of(2025, 12, 31), "PROV_FLAG", weights(1, 2),
          List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adams");
    }
  }

  @Nested
  class Inputs {
    @Test
    void zeroSeatsGiveNothing() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.HAMILTON, 0, weights(3, 4), List.of());
      assertThat(seats(r)).containsExactly(0, 0);
      assertThat(r.allocation(A).orElseThrow().explanation().en()).isEqualTo("No seats to apportion.");
      assertThat(Apportionment.apportion(ApportionmentMethod.DHONDT, 0, Map.of(), List.of()).allocations()).isEmpty();
    }

    @Test
    void aZeroWeightGetsNoSeat() {
      for (ApportionmentMethod m : ApportionmentMethod.values()) {
        ApportionmentResult r = Apportionment.apportion(m, 3, weights(0, 5), List.of());
        assertThat(seats(r)).as("%s", m).containsExactly(0, 3);
      }
    }

    @Test
    void programmerErrorsThrow() {
      assertThatThrownBy(() -> Apportionment.apportion(ApportionmentMethod.HAMILTON, -1, weights(1), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Apportionment.apportion(ApportionmentMethod.HAMILTON, 2, weights(1, -1), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Apportionment.apportion(ApportionmentMethod.DHONDT, 2, weights(0, 0), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Apportionment.apportion(ApportionmentMethod.DHONDT, 2, weights(1, 1), List.of(A, A)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
      assertThatThrownBy(() -> Apportionment.apportion(ApportionmentMethod.DHONDT, 2, weights(1, 1), List.of(E)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight");
    }

    @Test
    void wireNamesRoundTrip() {
      for (ApportionmentMethod m : ApportionmentMethod.values()) {
        assertThat(ApportionmentMethod.fromWireName(m.wireName())).isEqualTo(m);
      }
      assertThat(ApportionmentMethod.SAINTE_LAGUE.wireName()).isEqualTo("sainte-lague");
      assertThat(ApportionmentMethod.SAINTE_LAGUE.divisor(2)).isEqualTo(5);
      assertThat(ApportionmentMethod.DHONDT.divisor(2)).isEqualTo(3);
    }

    @Test
    void everyTraceStepNamesTheRule() {
      ApportionmentResult r = Apportionment.apportion(ApportionmentMethod.SAINTE_LAGUE, 5, weights(7, 3, 1),
          List.of());
      assertThat(r.trace().steps()).extracting(TraceStep::rule).containsOnly(r.rule());
      assertThat(r.trace().about("total")).singleElement().satisfies(s -> {
        assertThat(s.kind()).isEqualTo(StepKind.INPUT);
        assertThat(s.value()).isEqualTo("11");
      });
    }
  }
}
