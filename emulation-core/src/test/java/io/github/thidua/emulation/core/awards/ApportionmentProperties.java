package io.github.thidua.emulation.core.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.GroupId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Apportionment} over generated cases: 1–7 groups, weights drawn from small ranges (so that
 * equal remainders and quotients, hence ties, are frequent) or large ones, 0–60 seats, every method.
 *
 * <p>The expected bounds of the quota rule are computed independently with {@link BigInteger} division.
 */
class ApportionmentProperties {
  private static final int EXAMPLES = 300;

  /** One generated apportionment. */
  record Case(ApportionmentMethod method, int seats, Map<GroupId, Integer> weights, List<GroupId> lots) {

    ApportionmentResult run() {
      return Apportionment.apportion(method, seats, weights, List.of());
    }

    ApportionmentResult runWithLots() {
      return Apportionment.apportion(method, seats, weights, lots);
    }

    Case withSeats(int other) {
      return new Case(method, other, weights, lots);
    }

    long total() {
      return weights.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  // ------------------------------------------------------------------------------------------------ properties

  /** Without lots: the certain seats plus the seats left in a tie make the total; a tie has more groups than seats. */
  @Test
  void seatsAddUpToTheTotal() {
    qt().withExamples(EXAMPLES).forAll(cases(anyMethod())).checkAssert(c -> {
      ApportionmentResult r = c.run();
      int certain = r.allocations().stream().mapToInt(Allocation::seats).sum();
      if (r.unresolved().isEmpty()) {
        assertThat(certain).as("complete %s", c).isEqualTo(c.seats());
      } else {
        TieForSeats tie = r.unresolved().get();
        assertThat(certain + tie.seatsLeft()).as("certain + left %s", c).isEqualTo(c.seats());
        assertThat(tie.groups().size()).isGreaterThan(tie.seatsLeft());
        assertThat(r.report().withCode(AwardCodes.APPORTIONMENT_LOTS_NEEDED)).hasSize(1);
      }
      assertThat(r.seatOrder()).hasSize(certain);
      assertThat(r.allocations()).extracting(Allocation::group).containsExactlyElementsOf(c.weights().keySet()
          .stream().sorted().toList());
    });
  }

  /**
   * With a lots order over every group the result is complete; lots decide only the seats the tie left open, and
   * every group's seats lie between its certain seats and one more if it was tied.
   */
  @Test
  void lotsOnlyDecideTheOpenSeats() {
    qt().withExamples(EXAMPLES).forAll(cases(anyMethod())).checkAssert(c -> {
      ApportionmentResult open = c.run();
      ApportionmentResult done = c.runWithLots();
      assertThat(done.isComplete()).as("%s", c).isTrue();
      assertThat(done.certainSeats()).isEqualTo(c.seats());
      for (GroupId g : c.weights().keySet()) {
        int certain = open.seatsOf(g);
        boolean tied = open.unresolved().map(t -> t.groups().contains(g)).orElse(false);
        assertThat(done.seatsOf(g)).as("%s in %s", g, c).isBetween(certain, certain + (tied ? 1 : 0));
      }
      long byLots = done.seatOrder().stream().filter(s -> s.reason() == SeatReason.LOTS).count();
      assertThat(byLots).isEqualTo((long) open.unresolved().map(TieForSeats::seatsLeft).orElse(0));
      assertThat(done.report().withCode(AwardCodes.APPORTIONMENT_LOTS_USED)).hasSize(byLots > 0 ? 1 : 0);
    });
  }

  /** D'Hondt and Sainte-Laguë never give a group fewer seats when the total grows by one (house monotonicity). */
  @Test
  void divisorMethodsAreHouseMonotone() {
    Gen<ApportionmentMethod> divisors = Generate.pick(List.of(ApportionmentMethod.DHONDT,
        ApportionmentMethod.SAINTE_LAGUE));
    qt().withExamples(EXAMPLES).forAll(cases(divisors)).checkAssert(c -> {
      ApportionmentResult smaller = c.run();
      ApportionmentResult larger = c.withSeats(c.seats() + 1).run();
      ApportionmentResult smallerDrawn = c.runWithLots();
      ApportionmentResult largerDrawn = c.withSeats(c.seats() + 1).runWithLots();
      for (GroupId g : c.weights().keySet()) {
        assertThat(larger.seatsOf(g)).as("certain seats of %s in %s", g, c).isGreaterThanOrEqualTo(smaller.seatsOf(g));
        assertThat(largerDrawn.seatsOf(g)).as("seats of %s with lots in %s", g, c)
            .isGreaterThanOrEqualTo(smallerDrawn.seatsOf(g));
      }
      assertThat(larger.report().withCode(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX)).isEmpty();
    });
  }

  /** Hamilton keeps every group within [floor(quota), ceil(quota)] (the quota rule), lots or not. */
  @Test
  void hamiltonSatisfiesTheQuotaRule() {
    qt().withExamples(EXAMPLES).forAll(cases(Generate.constant(ApportionmentMethod.HAMILTON))).checkAssert(c -> {
      ApportionmentResult open = c.run();
      ApportionmentResult done = c.runWithLots();
      BigInteger total = BigInteger.valueOf(c.total());
      for (Map.Entry<GroupId, Integer> e : c.weights().entrySet()) {
        BigInteger[] qr = BigInteger.valueOf(c.seats()).multiply(BigInteger.valueOf(e.getValue()))
            .divideAndRemainder(total);
        int floor = qr[0].intValueExact();
        int ceil = floor + (qr[1].signum() > 0 ? 1 : 0);
        assertThat(done.seatsOf(e.getKey())).as("%s in %s", e.getKey(), c).isBetween(floor, ceil);
        assertThat(open.seatsOf(e.getKey())).as("%s in %s", e.getKey(), c).isBetween(floor, ceil);
      }
    });
  }

  /** A paradox reported for Hamilton is real: the group has more seats with one seat fewer in all. */
  @Test
  void reportedParadoxesAreReal() {
    qt().withExamples(EXAMPLES).forAll(cases(Generate.constant(ApportionmentMethod.HAMILTON))).checkAssert(c -> {
      if (c.seats() == 0) {
        return;
      }
      ApportionmentResult now = c.run();
      ApportionmentResult fewer = c.withSeats(c.seats() - 1).run();
      for (GroupId g : c.weights().keySet()) {
        boolean tied = now.unresolved().map(t -> t.groups().contains(g)).orElse(false);
        boolean lost = fewer.seatsOf(g) > now.seatsOf(g) + (tied ? 1 : 0);
        assertThat(now.report().withCode(AwardCodes.APPORTIONMENT_ALABAMA_PARADOX).stream()
            .anyMatch(v -> v.subject().id().equals(g.value()))).as("%s in %s", g, c).isEqualTo(lost);
      }
    });
  }

  /** The result does not depend on the iteration order of the weights, nor on the order of the lots' other ids. */
  @Test
  void resultsDoNotDependOnTheMapOrder() {
    qt().withExamples(EXAMPLES).forAll(cases(anyMethod()), longs().all()).checkAssert((c, seed) -> {
      List<Map.Entry<GroupId, Integer>> entries = new ArrayList<>(c.weights().entrySet());
      Collections.shuffle(entries, new Random(seed));
      Map<GroupId, Integer> shuffled = new LinkedHashMap<>();
      entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
      Case other = new Case(c.method(), c.seats(), shuffled, c.lots());
      assertThat(other.run()).as("%s", c).isEqualTo(c.run());
      assertThat(other.runWithLots()).as("%s", c).isEqualTo(c.runWithLots());
      assertThat(Apportionment.apportion(c.method(), c.seats(), new TreeMap<>(c.weights()), List.of()))
          .isEqualTo(c.run());
    });
  }

  // ------------------------------------------------------------------------------------------------ generators

  private static Gen<ApportionmentMethod> anyMethod() {
    return Generate.enumValues(ApportionmentMethod.class);
  }

  private static int draw(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  /** Cases of 1–7 groups; weights 0–6 (ties likely), 1–60 or 1–100 000; 0–60 seats; a lots order over all. */
  static Gen<Case> cases(Gen<ApportionmentMethod> methods) {
    Gen<Case> gen = in -> {
      ApportionmentMethod method = methods.generate(in);
      int groups = draw(in, 1, 7);
      int range = switch (draw(in, 0, 2)) {
        case 0 -> 6;
        case 1 -> 60;
        default -> 100_000;
      };
      Map<GroupId, Integer> weights = new LinkedHashMap<>();
      for (int i = 0; i < groups; i++) {
        weights.put(GroupId.of("g" + i), draw(in, 0, range));
      }
      if (weights.values().stream().allMatch(w -> w == 0)) {
        weights.put(GroupId.of("g0"), 1 + draw(in, 0, range));
      }
      int seats = draw(in, 0, 60);
      List<GroupId> lots = new ArrayList<>(weights.keySet());
      for (int i = lots.size() - 1; i > 0; i--) {
        Collections.swap(lots, i, draw(in, 0, i));
      }
      return new Case(method, seats, weights, lots);
    };
    return gen.describedAs(c -> c.method().wireName() + " " + c.seats() + " seats " + c.weights() + " lots "
        + c.lots());
  }
}
