package io.github.thidua.emulation.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.testing.Scales;
import io.github.thidua.emulation.core.testing.TestRules;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Emulation#score} over generated scales (1–4 criterion groups of 1–4 leaves, manual,
 * pass-fail and per-occurrence leaves, the base the sum of the maxima, capped bonus items, deductions with optional
 * caps, random arithmetic) and generated sheets for the bloc of {@link Scales} (5–8 members).
 *
 * <p>The expected totals of property (d) come from {@link Model}, an independent re-statement of R31 in exact
 * fractions of {@link BigInteger}s, not from the engine.
 */
class ScoringProperties {
  private static final int EXAMPLES = 150;
  private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
  private static final List<String> POINTS_EACH = List.of("0.5", "1", "2", "2.5", "3");
  private static final String REASON = "Chậm gửi báo cáo";

  /** The aggregation policies the generators use. */
  enum Policy {
    /** No aggregation rule: the default override chain COUNCIL > HEAD > SELF. */
    OVERRIDE,
    MEAN,
    MEDIAN,
    TRIMMED
  }

  /** One generated scoring run. */
  record Case(ScoringScale scale, int members, Policy policy, int minRaters, int trim, List<ScoreSheet> sheets) {

    Province province() {
      return Scales.province(members);
    }

    RuleBook book() {
      return switch (policy) {
        case OVERRIDE -> Scales.book();
        case MEAN -> Scales.book(Map.of("method", "mean", "minRaters", minRaters));
        case MEDIAN -> Scales.book(Map.of("method", "median", "minRaters", minRaters));
        case TRIMMED -> Scales.book(Map.of("method", "trimmed-mean", "minRaters", minRaters, "trim", trim));
      };
    }

    GroupScores score() {
      return score(sheets);
    }

    GroupScores score(List<ScoreSheet> someSheets) {
      return Emulation.score(province(), Scales.GROUP_ID, scale, someSheets, book());
    }

    Case withSheets(List<ScoreSheet> other) {
      return new Case(scale, members, policy, minRaters, trim, other);
    }

    Case withArithmetic(Arithmetic arithmetic) {
      ScoringScale s = scale;
      return withScale(new ScoringScale(s.id(), s.version(), s.name(), s.base(), arithmetic, s.criteria(),
          s.bonuses(), s.bonusCap(), s.deductions(), s.deductionCap(), s.floor(), s.binding(), s.citation()));
    }

    Case withScale(ScoringScale other) {
      return new Case(other, members, policy, minRaters, trim, sheets);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  @BeforeAll
  static void generatedProvincesAreValid() {
    for (int n = 5; n <= 8; n++) {
      assertThat(Emulation.validate(Scales.province(n), TestRules.book()).violations()).as("members %s", n).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------ properties

  /** (a) Every total lies between the floor and the base plus the bonus cap. */
  @Test
  void totalsLieBetweenTheFloorAndTheCeiling() {
    qt().withExamples(EXAMPLES).forAll(cases(anyPolicy(), false)).checkAssert(c -> {
      GroupScores scores = c.score();
      for (UnitScore u : scores.units()) {
        assertThat(u.total()).as("total of %s", u.unit()).isGreaterThanOrEqualTo(c.scale().floor())
            .isLessThanOrEqualTo(c.scale().base().add(c.scale().bonusCap()));
      }
    });
  }

  /** (b) The order of the sheets, of the entries and of the claims inside each sheet never matters. */
  @Test
  void orderOfSheetsAndEntriesDoesNotMatter() {
    qt().withExamples(EXAMPLES).forAll(cases(anyPolicy(), false), longs().all()).checkAssert((c, seed) ->
        assertThat(c.score(shuffled(c.sheets(), new Random(seed)))).isEqualTo(c.score()));
  }

  /**
   * (b) again, where some units have two sheets of one role and scorer (reported as {@code score.sheet.duplicate},
   * only one used): which one is used must not depend on the order either.
   */
  @Test
  void orderDoesNotMatterEvenWithDuplicateSheets() {
    qt().withExamples(EXAMPLES).forAll(cases(anyPolicy(), true), longs().all()).checkAssert((c, seed) ->
        assertThat(c.score(shuffled(c.sheets(), new Random(seed)))).isEqualTo(c.score()));
  }

  /**
   * Bounded numbers: an entry whose value is beyond {@code Numbers}' bounds (a huge or tiny exponent, too many digits
   * or decimals) is reported once as {@code score.out-of-bounds} and not used, so the scores are those of the sheets
   * without it; nothing throws and nothing is expanded.
   */
  @Test
  void anEntryBeyondTheBoundsIsReportedOnceAndNotUsed() {
    List<String> hostile = List.of("1e999999999", "-1e999999999", "1e-999999999", "1e400", "-1e400", "1e-400",
        "1000000000", "0.0000000001", "9".repeat(5_000));
    qt().withExamples(EXAMPLES).forAll(cases(anyPolicy(), false), integers().between(0, 10_000),
        Generate.pick(hostile)).checkAssert((c, pick, text) -> {
          // an entry the engine checks: a leaf of the scale on a sheet it does not refuse as a whole
          Set<String> leaves = c.scale().leaves().stream().map(Criterion::code).collect(Collectors.toSet());
          List<ScoreSheet> sheets = c.sheets().stream().filter(x -> !x.unit().value().equals(Scales.OUTSIDER)
              && !ownPeerSheet(x) && x.entries().stream().anyMatch(e -> leaves.contains(e.criterion()))).toList();
          if (sheets.isEmpty()) {
            return;
          }
          ScoreSheet sheet = sheets.get(pick % sheets.size());
          List<Integer> checked = new ArrayList<>();
          for (int i = 0; i < sheet.entries().size(); i++) {
            if (leaves.contains(sheet.entries().get(i).criterion())) {
              checked.add(i);
            }
          }
          int at = checked.get(pick % checked.size());
          ScoreEntry old = sheet.entries().get(at);
          List<ScoreEntry> entries = new ArrayList<>(sheet.entries());
          entries.set(at, new ScoreEntry(old.criterion(), new BigDecimal(text), old.target(), old.note(),
              old.evidence()));
          List<ScoreEntry> without = new ArrayList<>(sheet.entries());
          without.remove(at);
          GroupScores hostileScores = c.score(replace(c.sheets(), sheet, entries));
          GroupScores withoutScores = c.score(replace(c.sheets(), sheet, without));
          List<Violation> bounds = hostileScores.report().violations().stream()
              .filter(v -> v.code().equals(ViolationCodes.SCORE_OUT_OF_BOUNDS)).toList();
          assertThat(bounds).hasSize(1);
          assertThat(bounds.get(0).message().en()).contains(old.criterion()).doesNotContain("000000000000");
          assertThat(hostileScores.units()).isEqualTo(withoutScores.units());
          // every other finding is the same, but those about the entry's presence (missing, entered twice)
          Set<String> skip = Set.of(ViolationCodes.SCORE_OUT_OF_BOUNDS, ViolationCodes.SCORE_CRITERION_MISSING,
              ViolationCodes.SCORE_CRITERION_REPEATED);
          assertThat(hostileScores.report().violations().stream().filter(v -> !skip.contains(v.code())).toList())
              .containsExactlyInAnyOrderElementsOf(withoutScores.report().violations().stream()
                  .filter(v -> !skip.contains(v.code())).toList());
        });
  }

  private static List<ScoreSheet> replace(List<ScoreSheet> sheets, ScoreSheet sheet, List<ScoreEntry> entries) {
    return sheets.stream().map(x -> x != sheet ? x : new ScoreSheet(x.unit(), x.group(), x.year(), x.role(),
        x.scorer(), entries, x.bonuses(), x.deductions())).toList();
  }

  /** (c) Raising one manual entry (within its maximum) on the sheet that is used never lowers the total. */
  @Test
  void raisingAManualEntryNeverLowersTheTotal() {
    Gen<Case> headOnly = cases(Generate.constant(Policy.OVERRIDE), false)
        .map(c -> c.withSheets(c.sheets().stream()
            .filter(s -> s.role() == ScorerRole.HEAD && !s.unit().value().equals(Scales.OUTSIDER)).toList()));
    qt().withExamples(EXAMPLES).forAll(headOnly, integers().between(0, 1000), integers().between(0, 10_000),
        integers().between(0, 10_000)).checkAssert((c, pick, a, b) -> {
          List<ScoreSheet> heads = c.sheets();
          List<Criterion> manual = c.scale().leaves().stream()
              .filter(l -> l.method().orElseThrow() instanceof ScoringMethod.Manual).toList();
          if (heads.isEmpty() || manual.isEmpty()) {
            return;
          }
          ScoreSheet sheet = heads.get(pick % heads.size());
          Criterion leaf = manual.get(pick % manual.size());
          int hundredths = leaf.max().movePointRight(2).intValueExact();
          BigDecimal low = BigDecimal.valueOf(Math.min(a, b) % (hundredths + 1), 2);
          BigDecimal high = BigDecimal.valueOf(Math.max(a, b) % (hundredths + 1), 2).max(low);
          BigDecimal before = total(c, sheet, leaf, low);
          BigDecimal after = total(c, sheet, leaf, high);
          assertThat(after).as("%s raised from %s to %s on %s", leaf.code(), low, high, sheet.unit())
              .isGreaterThanOrEqualTo(before);
        });
  }

  /**
   * (d) Rounding happens only at the declared point. At the total: one ROUND step, about the total, and the total
   * is the exact sum rounded once. At each criterion: ROUND steps only about leaves and the total. The totals at
   * every point agree with the independent {@link Model}.
   */
  @Test
  void roundingHappensOnlyAtTheDeclaredPoint() {
    Gen<Policy> policies = Generate.pick(List.of(Policy.OVERRIDE, Policy.MEAN));
    qt().withExamples(EXAMPLES).forAll(cases(policies, false), Generate.enumValues(RoundingPoint.class))
        .checkAssert((generated, point) -> {
          Arithmetic a = generated.scale().arithmetic();
          Case c = generated.withArithmetic(new Arithmetic(a.decimals(), a.mode(), point));
          Set<String> leaves = c.scale().leaves().stream().map(Criterion::code).collect(Collectors.toSet());
          GroupScores scores = c.score();
          for (UnitScore u : scores.units()) {
            List<TraceStep> rounds = u.trace().steps().stream().filter(s -> s.kind() == StepKind.ROUND).toList();
            switch (point) {
              case TOTAL -> assertThat(rounds).as("ROUND steps of %s", u.unit()).singleElement()
                  .extracting(TraceStep::subject).isEqualTo("total");
              case CRITERION -> assertThat(rounds).as("ROUND steps of %s", u.unit()).allSatisfy(s ->
                  assertThat(s.subject()).isIn(union(leaves, "total")));
              case GROUP -> assertThat(rounds).as("ROUND steps of %s", u.unit()).allSatisfy(s ->
                  assertThat(s.subject()).isIn(union(c.scale().criteria().stream().map(Criterion::code)
                      .collect(Collectors.toSet()), "total")));
            }
            assertThat(rounds.stream().filter(s -> s.subject().equals("total"))).as("total rounded once").hasSize(1);
            Optional<BigDecimal> expected = Model.total(c, u.unit().value());
            assertThat(expected).as("model scores %s", u.unit()).isPresent();
            assertThat(u.total()).as("total of %s", u.unit()).isEqualTo(expected.get());
          }
        });
  }

  /** (e) With a mean policy, a unit's own PEER sheet is left out and reported as {@code score.peer.self}. */
  @Test
  void ownPeerSheetIsExcludedFromTheMean() {
    Gen<Case> withoutOwn = cases(Generate.constant(Policy.MEAN), false)
        .map(c -> c.withSheets(c.sheets().stream().filter(s -> !ownPeerSheet(s)).toList()));
    qt().withExamples(EXAMPLES).forAll(withoutOwn, integers().between(1, 8), integers().between(0, 10_000))
        .checkAssert((c, pick, value) -> {
          String unit = Scales.member(1 + (pick - 1) % c.members());
          ScoreSheet.Builder own = Scales.byPeer(unit, unit);
          for (Criterion leaf : c.scale().leaves()) {
            own.entry(leaf.code(), leaf.max().toPlainString());
          }
          GroupScores without = c.score();
          List<ScoreSheet> more = new ArrayList<>(c.sheets());
          more.add(own.build());
          GroupScores with = c.score(more);
          assertThat(with.units()).isEqualTo(without.units());
          List<Violation> self = with.report().withCode(ViolationCodes.SCORE_PEER_SELF);
          assertThat(self).singleElement().satisfies(v ->
              assertThat(v.subject().id()).isEqualTo(unit + "/PEER/" + unit));
          List<Violation> rest = new ArrayList<>(with.report().violations());
          rest.removeAll(self);
          assertThat(rest).isEqualTo(without.report().violations());
          with.unit(io.github.thidua.emulation.core.UnitId.of(unit)).ifPresent(u ->
              assertThat(u.sources()).doesNotContain("PEER:" + unit));
        });
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static boolean ownPeerSheet(ScoreSheet s) {
    return s.role() == ScorerRole.PEER && s.scorer().equals(s.unit().value());
  }

  private static Set<String> union(Set<String> codes, String more) {
    Set<String> all = new HashSet<>(codes);
    all.add(more);
    return all;
  }

  /** The total of the sheet's unit after setting one leaf's entry on that sheet to a value. */
  private static BigDecimal total(Case c, ScoreSheet sheet, Criterion leaf, BigDecimal value) {
    List<ScoreEntry> entries = new ArrayList<>(sheet.entries().stream()
        .filter(e -> !e.criterion().equals(leaf.code())).toList());
    entries.add(new ScoreEntry(leaf.code(), value, Optional.empty(), "", List.of()));
    ScoreSheet changed = new ScoreSheet(sheet.unit(), sheet.group(), sheet.year(), sheet.role(), sheet.scorer(),
        entries, sheet.bonuses(), sheet.deductions());
    List<ScoreSheet> sheets = c.sheets().stream().map(s -> s == sheet ? changed : s).toList();
    GroupScores scores = c.score(sheets);
    return scores.unit(sheet.unit()).orElseThrow().total();
  }

  private static List<ScoreSheet> shuffled(List<ScoreSheet> sheets, Random random) {
    List<ScoreSheet> out = new ArrayList<>();
    for (ScoreSheet s : sheets) {
      List<ScoreEntry> entries = new ArrayList<>(s.entries());
      Collections.shuffle(entries, random);
      List<Claim> bonuses = new ArrayList<>(s.bonuses());
      Collections.shuffle(bonuses, random);
      List<Claim> deductions = new ArrayList<>(s.deductions());
      Collections.shuffle(deductions, random);
      out.add(new ScoreSheet(s.unit(), s.group(), s.year(), s.role(), s.scorer(), entries, bonuses, deductions));
    }
    Collections.shuffle(out, random);
    return out;
  }

  // ------------------------------------------------------------------------------------------------ generators

  private static Gen<Policy> anyPolicy() {
    return Generate.enumValues(Policy.class);
  }

  private static int draw(org.quicktheories.core.RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  private static boolean chance(org.quicktheories.core.RandomnessSource in, int percent) {
    return draw(in, 1, 100) <= percent;
  }

  /** Scales: 1–4 groups of 1–4 leaves, some nested one level deeper; the base is the sum of the maxima. */
  static Gen<ScoringScale> scales() {
    Gen<ScoringScale> gen = in -> {
      List<Criterion> tops = new ArrayList<>();
      int base = 0;
      int groups = draw(in, 1, 4);
      for (int g = 1; g <= groups; g++) {
        int leaves = draw(in, 1, 4);
        List<Criterion> children = new ArrayList<>();
        for (int i = 1; i <= leaves; i++) {
          children.add(leaf(in, "g" + g + "." + i));
        }
        int sum = children.stream().mapToInt(c -> c.max().intValueExact()).sum();
        base += sum;
        if (leaves == 1 && chance(in, 50)) {
          Criterion only = children.get(0);
          tops.add(Criterion.leaf("g" + g, "Nhóm tiêu chí " + g, only.max().toPlainString(),
              only.method().orElseThrow()));
        } else if (leaves >= 3 && chance(in, 50)) {
          Criterion a = children.remove(leaves - 1);
          Criterion b = children.remove(leaves - 2);
          children.add(Criterion.node("g" + g + ".s", "Tiêu chí con " + g,
              String.valueOf(a.max().intValueExact() + b.max().intValueExact()), b, a));
          tops.add(Criterion.node("g" + g, "Nhóm tiêu chí " + g, String.valueOf(sum),
              children.toArray(Criterion[]::new)));
        } else {
          tops.add(Criterion.node("g" + g, "Nhóm tiêu chí " + g, String.valueOf(sum),
              children.toArray(Criterion[]::new)));
        }
      }
      ScoringScale.Builder b = Scales.scale("generated", String.valueOf(base))
          .arithmetic(new Arithmetic(draw(in, 0, 3), MODES.get(draw(in, 0, MODES.size() - 1)),
              RoundingPoint.values()[draw(in, 0, 2)]))
          .criteria(tops.toArray(Criterion[]::new));
      int bonuses = draw(in, 0, 3);
      for (int i = 0; i < bonuses; i++) {
        b.bonuses(item(in, "B" + i, 30));
      }
      // a scale that lists bonus items has a positive cap (a cap of 0 would cancel them)
      b.bonusCap(String.valueOf(draw(in, bonuses > 0 ? 1 : 0, 20)));
      int deductions = draw(in, 0, 3);
      for (int i = 0; i < deductions; i++) {
        b.deductions(item(in, "D" + i, 10));
      }
      if (chance(in, 50)) {
        b.deductionCap(String.valueOf(draw(in, 0, 20)));
      }
      int floor = chance(in, 70) ? 0 : Math.min(base, draw(in, 1, 3));
      return b.floor(String.valueOf(floor)).build();
    };
    return gen.describedAs(ScoringProperties::describe);
  }

  private static Criterion leaf(org.quicktheories.core.RandomnessSource in, String code) {
    int max = draw(in, 1, 30);
    int kind = draw(in, 0, 9);
    ScoringMethod method = kind <= 6 ? new ScoringMethod.Manual()
        : kind == 7 ? new ScoringMethod.PassFail()
        : new ScoringMethod.PerOccurrence(new BigDecimal(POINTS_EACH.get(draw(in, 0, POINTS_EACH.size() - 1))));
    return Criterion.leaf(code, "Tiêu chí " + code, String.valueOf(max), method);
  }

  private static ListedItem item(org.quicktheories.core.RandomnessSource in, String code, int maxHalves) {
    BigDecimal points = BigDecimal.valueOf(draw(in, 1, maxHalves), 0).divide(BigDecimal.valueOf(2));
    Optional<BigDecimal> cap = chance(in, 40) ? Optional.of(BigDecimal.valueOf(draw(in, 0, 15))) : Optional.empty();
    return new ListedItem(code, LocalizedText.both("Khoản " + code), points, cap, Optional.empty());
  }

  /**
   * Generated runs: a scale, a bloc of 5–8 members, a policy and sheets. Under the override chain each member has
   * any of SELF, HEAD and COUNCIL sheets (or none); under peer policies each member also has PEER sheets from some
   * of the others. Sheets sometimes omit a leaf, add an unknown criterion, enter an out-of-range value, claim an
   * unlisted bonus or a deduction without a reason; a sheet for a unit outside the bloc is sometimes added.
   *
   * @param policies the policies to draw from
   * @param duplicates whether some members get a second sheet of an existing role and scorer
   */
  static Gen<Case> cases(Gen<Policy> policies, boolean duplicates) {
    Gen<ScoringScale> scales = scales();
    Gen<Case> gen = in -> {
      ScoringScale scale = scales.generate(in);
      int members = draw(in, 5, 8);
      Policy policy = policies.generate(in);
      int minRaters = draw(in, 0, 3);
      int trim = draw(in, 0, 2);
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int u = 1; u <= members; u++) {
        String unit = Scales.member(u);
        int roles = chance(in, 90) ? draw(in, 1, 7) : 0;
        if ((roles & 1) != 0) {
          sheets.add(sheet(in, scale, Scales.self(unit)));
        }
        if ((roles & 2) != 0) {
          sheets.add(sheet(in, scale, Scales.byHead(unit)));
        }
        if ((roles & 4) != 0) {
          sheets.add(sheet(in, scale, Scales.byCouncil(unit)));
        }
        if (policy != Policy.OVERRIDE) {
          for (int p = 1; p <= members; p++) {
            if (p != u && chance(in, 65)) {
              sheets.add(sheet(in, scale, Scales.byPeer(unit, Scales.member(p))));
            }
          }
          if (chance(in, 10)) {
            sheets.add(sheet(in, scale, Scales.byPeer(unit, unit)));
          }
        }
        if (duplicates && chance(in, 40)) {
          sheets.add(sheet(in, scale, Scales.byHead(unit)));
          sheets.add(sheet(in, scale, Scales.byHead(unit)));
        }
      }
      if (chance(in, 10)) {
        sheets.add(sheet(in, scale, Scales.byHead(Scales.OUTSIDER)));
      }
      return new Case(scale, members, policy, minRaters, trim, sheets);
    };
    return gen.describedAs(ScoringProperties::describe);
  }

  private static ScoreSheet sheet(org.quicktheories.core.RandomnessSource in, ScoringScale scale,
      ScoreSheet.Builder b) {
    for (Criterion leaf : scale.leaves()) {
      if (chance(in, 5)) {
        continue;
      }
      b.entries(ScoreEntry.of(leaf.code(), value(in, leaf).toPlainString()));
    }
    if (chance(in, 3)) {
      b.entry("zz", "1");
    }
    for (ListedItem item : scale.bonuses()) {
      if (chance(in, 35)) {
        b.bonus(item.code(), "Được tặng cờ thi đua");
      }
    }
    if (chance(in, 5)) {
      b.bonus("UNLISTED", "Báo chí khen");
    }
    for (ListedItem item : scale.deductions()) {
      if (chance(in, 35)) {
        b.deduction(item.code(), draw(in, 1, 3), chance(in, 90) ? REASON : "");
      }
    }
    return b.build();
  }

  private static BigDecimal value(org.quicktheories.core.RandomnessSource in, Criterion leaf) {
    ScoringMethod m = leaf.method().orElseThrow();
    int max = leaf.max().intValueExact();
    if (m instanceof ScoringMethod.PassFail) {
      return BigDecimal.valueOf(chance(in, 5) ? 2 : draw(in, 0, 1));
    }
    if (m instanceof ScoringMethod.PerOccurrence) {
      return BigDecimal.valueOf(draw(in, 0, 8));
    }
    if (chance(in, 8)) {
      return BigDecimal.valueOf(draw(in, -200, max * 100 + 500), 2);
    }
    return BigDecimal.valueOf(draw(in, 0, max * 100), 2);
  }

  // ------------------------------------------------------------------------------------------------ model

  /** An exact fraction, independent of the engine's arithmetic. */
  record Frac(BigInteger num, BigInteger den) implements Comparable<Frac> {
    static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);

    static Frac of(BigDecimal d) {
      return d.scale() >= 0 ? new Frac(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
          : new Frac(d.toBigIntegerExact(), BigInteger.ONE);
    }

    Frac plus(Frac o) {
      return new Frac(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Frac minus(Frac o) {
      return plus(new Frac(o.num.negate(), o.den));
    }

    Frac times(Frac o) {
      return new Frac(num.multiply(o.num), den.multiply(o.den));
    }

    Frac over(int n) {
      return new Frac(num, den.multiply(BigInteger.valueOf(n)));
    }

    Frac min(Frac o) {
      return compareTo(o) <= 0 ? this : o;
    }

    Frac max(Frac o) {
      return compareTo(o) >= 0 ? this : o;
    }

    BigDecimal round(int decimals, RoundingMode mode) {
      return new BigDecimal(num).divide(new BigDecimal(den), decimals, mode);
    }

    @Override
    public int compareTo(Frac o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  /**
   * R31 restated: {@code final = Σ min(item, max) + min(Σ bonus, bonusCap) − min(Σ deductions, deductionCap)}, not
   * below the floor, with the override chain COUNCIL > HEAD > SELF or the mean of the other members' PEER sheets,
   * rounding at the declared point only.
   */
  static final class Model {
    private Model() {}

    static Optional<BigDecimal> total(Case c, String unit) {
      ScoringScale scale = c.scale();
      Arithmetic a = scale.arithmetic();
      List<ScoreSheet> own = c.sheets().stream().filter(s -> s.unit().value().equals(unit)).toList();
      Optional<ScoreSheet> chain = first(own, ScorerRole.COUNCIL).or(() -> first(own, ScorerRole.HEAD))
          .or(() -> first(own, ScorerRole.SELF));
      List<ScoreSheet> peers = own.stream().filter(s -> s.role() == ScorerRole.PEER && !ownPeerSheet(s)).toList();
      Map<String, Frac> leaves = new LinkedHashMap<>();
      for (Criterion leaf : scale.leaves()) {
        Frac value;
        if (c.policy() == Policy.MEAN && !peers.isEmpty()) {
          value = Frac.ZERO;
          for (ScoreSheet p : peers) {
            value = value.plus(points(leaf, p));
          }
          value = value.over(peers.size());
        } else if (chain.isPresent()) {
          value = points(leaf, chain.get());
        } else {
          return Optional.empty();
        }
        if (a.point() == RoundingPoint.CRITERION) {
          value = Frac.of(value.round(a.decimals(), a.mode()));
        }
        leaves.put(leaf.code(), value);
      }
      Frac sum = Frac.ZERO;
      for (Criterion top : scale.criteria()) {
        Frac value = node(top, leaves);
        if (a.point() == RoundingPoint.GROUP) {
          value = Frac.of(value.round(a.decimals(), a.mode()));
        }
        sum = sum.plus(value);
      }
      Frac bonus = claims(chain.map(ScoreSheet::bonuses).orElse(List.of()), scale.bonuses(), true)
          .min(Frac.of(scale.bonusCap()));
      Frac deductions = claims(chain.map(ScoreSheet::deductions).orElse(List.of()), scale.deductions(), false);
      if (scale.deductionCap().isPresent()) {
        deductions = deductions.min(Frac.of(scale.deductionCap().get()));
      }
      Frac total = sum.plus(bonus).minus(deductions).max(Frac.of(scale.floor()));
      return Optional.of(total.round(a.decimals(), a.mode()));
    }

    private static Optional<ScoreSheet> first(List<ScoreSheet> sheets, ScorerRole role) {
      return sheets.stream().filter(s -> s.role() == role).findFirst();
    }

    private static Frac node(Criterion c, Map<String, Frac> leaves) {
      if (c.isLeaf()) {
        return leaves.get(c.code());
      }
      Frac sum = Frac.ZERO;
      for (Criterion child : c.children()) {
        sum = sum.plus(node(child, leaves));
      }
      return sum.min(Frac.of(c.max()));
    }

    /** A leaf's points on one sheet: no entry is 0; the method; clamped to [0, max]. */
    private static Frac points(Criterion leaf, ScoreSheet sheet) {
      Optional<BigDecimal> entered = sheet.entries().stream().filter(e -> e.criterion().equals(leaf.code()))
          .map(ScoreEntry::value).min(BigDecimal::compareTo);
      if (entered.isEmpty()) {
        return Frac.ZERO;
      }
      BigDecimal v = entered.get();
      ScoringMethod m = leaf.method().orElseThrow();
      BigDecimal points;
      if (m instanceof ScoringMethod.PassFail) {
        points = v.compareTo(BigDecimal.ONE) >= 0 ? leaf.max() : BigDecimal.ZERO;
      } else if (m instanceof ScoringMethod.PerOccurrence po) {
        points = v.max(BigDecimal.ZERO).multiply(po.pointsEach());
      } else {
        points = v;
      }
      return Frac.of(points.max(BigDecimal.ZERO).min(leaf.max()));
    }

    /** A listed achievement earns its points once however often claimed; a fault counts per occurrence. */
    private static Frac claims(List<Claim> claims, List<ListedItem> items, boolean once) {
      Frac sum = Frac.ZERO;
      for (ListedItem item : items) {
        Frac each = Frac.ZERO;
        for (Claim claim : claims) {
          if (claim.code().equals(item.code())) {
            each = once ? Frac.of(item.points())
                : each.plus(Frac.of(item.points().multiply(BigDecimal.valueOf(claim.count()))));
          }
        }
        if (item.cap().isPresent()) {
          each = each.min(Frac.of(item.cap().get()));
        }
        sum = sum.plus(each);
      }
      return sum;
    }
  }

  // ------------------------------------------------------------------------------------------------ descriptions

  static String describe(ScoringScale s) {
    StringBuilder b = new StringBuilder("scale base " + s.base() + " floor " + s.floor() + " " + s.arithmetic()
        + "\n");
    for (Criterion c : s.allCriteria()) {
      b.append("  ").append(c.code()).append(" max ").append(c.max())
          .append(c.method().map(m -> " " + m).orElse("")).append('\n');
    }
    s.bonuses().forEach(i -> b.append("  bonus ").append(i.code()).append(' ').append(i.points())
        .append(i.cap().map(x -> " cap " + x).orElse("")).append('\n'));
    b.append("  bonusCap ").append(s.bonusCap()).append('\n');
    s.deductions().forEach(i -> b.append("  deduction ").append(i.code()).append(' ').append(i.points())
        .append(i.cap().map(x -> " cap " + x).orElse("")).append('\n'));
    b.append("  deductionCap ").append(s.deductionCap().map(BigDecimal::toPlainString).orElse("-"));
    return b.toString();
  }

  static String describe(Case c) {
    StringBuilder b = new StringBuilder(describe(c.scale()));
    b.append("\nmembers ").append(c.members()).append(", policy ").append(c.policy()).append(" minRaters ")
        .append(c.minRaters()).append(" trim ").append(c.trim()).append('\n');
    for (ScoreSheet s : c.sheets()) {
      b.append("  ").append(s.unit()).append(' ').append(s.role()).append(':').append(s.scorer()).append(' ')
          .append(s.entries().stream().map(e -> e.criterion() + "=" + e.value().toPlainString())
              .collect(Collectors.joining(", ", "[", "]")))
          .append(" bonus ").append(s.bonuses().stream().map(Claim::code).toList())
          .append(" deductions ").append(s.deductions().stream().map(x -> x.code() + "×" + x.count()
              + (x.reason().isEmpty() ? "(no reason)" : "")).toList())
          .append('\n');
    }
    return b.toString();
  }
}
