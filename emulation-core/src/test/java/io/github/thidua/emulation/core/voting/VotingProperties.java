package io.github.thidua.emulation.core.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.RuleBook;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Emulation#tally} over generated votes: a bloc of 5–12 members, 1–4 candidates
 * ({@code dv-1} … {@code dv-k}), 0–13 members present (sometimes more than the members), 0–14 ballots (sometimes
 * more than those present) mixing approvals, blank ballots, abstentions, ballots with voter tokens that repeat, and
 * invalid ballots, under a random policy.
 *
 * <p>Property (d) compares each candidate's outcome with {@link #model}, an independent re-statement of the
 * threshold in exact integer cross-multiplication, not with the engine's own arithmetic.
 */
class VotingProperties {
  private static final int EXAMPLES = 300;
  private static final List<String> THRESHOLDS = List.of("0", "0.5", "0.6666", "0.6667", "0.75", "0.8", "1");
  private static final List<String> QUORUMS = List.of("", "0.5", "0.6667", "1");

  /** The policy parameters of a generated vote. */
  record Policy(String threshold, ThresholdComparison comparison, VoteBase base, BlankBallots blank) {}

  /** One generated vote. */
  record Case(int members, int candidates, int present, List<Integer> ballotCodes, Policy policy, String quorum,
      VotePurpose purpose, long seed) {

    RuleBook book() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("threshold", new BigDecimal(policy.threshold()));
      params.put("comparison", policy.comparison().wireName());
      params.put("base", policy.base().wireName());
      params.put("blank", policy.blank().wireName());
      if (!quorum.isEmpty()) {
        params.put("quorum", new BigDecimal(quorum));
      }
      return Votes.book(params);
    }

    List<String> candidateIds() {
      return Votes.units(candidates).stream().map(UnitId::value).toList();
    }

    /**
     * Decodes a ballot: the low 4 bits are a set of candidates (bits beyond the candidates ignored), the high bits
     * its kind: 0–4 an approval ballot (blank if the set is empty), 5 an abstention, 6 an approval ballot with one
     * of three voter tokens (so tokens repeat), 7 an invalid ballot (an abstention that approves, or one approving
     * the non-candidate {@code dv-(k+1)}).
     */
    Ballot ballot(int code) {
      int mask = code & ((1 << candidates) - 1);
      int kind = code >> 4;
      List<UnitId> approved = new ArrayList<>();
      for (int i = 0; i < candidates; i++) {
        if ((mask & (1 << i)) != 0) {
          approved.add(Votes.unit(i + 1));
        }
      }
      return switch (kind) {
        case 5 -> Ballot.abstention();
        case 6 -> Ballot.approving(approved).withToken("t-" + (code % 3));
        case 7 -> (code & 1) == 0
            ? new Ballot(Optional.empty(), Set.of(Votes.unit(1)), true)
            : Ballot.approving(concat(approved, Votes.unit(candidates + 1)));
        default -> Ballot.approving(approved);
      };
    }

    List<Ballot> ballots() {
      return ballotCodes.stream().map(this::ballot).toList();
    }

    VoteSession session(int present, List<Ballot> ballots) {
      return Votes.session(purpose, present, candidateIds().toArray(String[]::new)).ballots(ballots).build();
    }

    VoteResult tally(int present, List<Ballot> ballots) {
      return Emulation.tally(Votes.province(members), session(present, ballots), book());
    }

    VoteResult tally() {
      return tally(present, ballots());
    }
  }

  private static <T> List<T> concat(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  static Gen<Policy> policies() {
    return Generate.pick(THRESHOLDS).zip(Generate.pick(List.of(ThresholdComparison.values())),
        Generate.pick(List.of(VoteBase.values())), Generate.pick(List.of(BlankBallots.values())), Policy::new);
  }

  static Gen<Case> cases() {
    Gen<Integer> members = integers().between(5, 12);
    Gen<Integer> candidates = integers().between(1, 4);
    Gen<Integer> present = integers().between(0, 13);
    Gen<List<Integer>> codes = lists().of(integers().between(0, 127)).ofSizeBetween(0, 14);
    Gen<Object[]> shape = members.zip(candidates, present, codes, (m, k, p, c) -> new Object[] {m, k, p, c});
    Gen<Object[]> rest = Generate.pick(QUORUMS).zip(Generate.pick(List.of(VotePurpose.values())), longs().all(),
        (q, purpose, seed) -> new Object[] {q, purpose, seed});
    @SuppressWarnings("unchecked")
    Gen<Case> all = shape.zip(policies(), rest, (s, policy, r) -> new Case((Integer) s[0], (Integer) s[1],
        (Integer) s[2], (List<Integer>) s[3], policy, (String) r[0], (VotePurpose) r[1], (Long) r[2]));
    return all.describedAs(Case::toString);
  }

  /** Whether {@code approvals / base} passes {@code threshold} under a comparison, by integer cross-products. */
  static boolean model(int approvals, int base, String threshold, ThresholdComparison comparison) {
    if (base == 0) {
      return false;
    }
    BigDecimal t = new BigDecimal(threshold);
    BigInteger numerator = t.unscaledValue();
    BigInteger denominator = BigInteger.TEN.pow(Math.max(t.scale(), 0));
    if (t.scale() < 0) {
      numerator = numerator.multiply(BigInteger.TEN.pow(-t.scale()));
    }
    // approvals / base vs numerator / denominator  <=>  approvals × denominator vs numerator × base
    int c = BigInteger.valueOf(approvals).multiply(denominator).compareTo(numerator.multiply(BigInteger.valueOf(base)));
    return comparison == ThresholdComparison.GREATER ? c > 0 : c >= 0;
  }

  /** (a) The whole result (tallies, winners, counts, trace and report) does not depend on the order of ballots. */
  @Test
  void theTallyIsIndependentOfBallotOrder() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      List<Ballot> shuffled = new ArrayList<>(c.ballots());
      Collections.shuffle(shuffled, new Random(c.seed()));
      VoteResult original = c.tally();
      VoteResult reordered = c.tally(c.present(), shuffled);
      assertThat(reordered).isEqualTo(original);
      List<Ballot> reversed = new ArrayList<>(c.ballots());
      Collections.reverse(reversed);
      assertThat(c.tally(c.present(), reversed)).isEqualTo(original);
    });
  }

  /**
   * (b) Adding an approving ballot for a candidate never makes that candidate fail. Checked with every base (the
   * brief asks for the base "members"; with "present" the base does not move, and with "valid ballots"
   * {@code (a+1)/(b+1) ≥ a/b} as {@code a ≤ b}). The vote stays valid: members present are raised, if needed, to
   * hold the extra ballot, never above the members.
   */
  @Test
  void anExtraApprovalNeverMakesACandidateFail() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      List<Ballot> ballots = c.ballots().subList(0, Math.min(c.ballots().size(), c.members() - 1));
      int present = Math.min(c.members(), Math.max(c.present(), ballots.size() + 1));
      UnitId candidate = Votes.unit(1 + (int) Math.floorMod(c.seed(), (long) c.candidates()));
      VoteResult before = c.tally(present, ballots);
      VoteResult after = c.tally(present, concat(ballots, Ballot.approving(List.of(candidate))));

      CandidateTally was = before.tally(candidate).orElseThrow();
      CandidateTally is = after.tally(candidate).orElseThrow();
      assertThat(is.approvals()).isEqualTo(was.approvals() + 1);
      assertThat(after.outcome()).isNotEqualTo(VoteOutcome.VOID);
      if (was.passed()) {
        assertThat(is.passed()).as("%s passed with %s and fails with %s", candidate, was, is).isTrue();
      }
    });
  }

  /** (b') The same with the base "members", as the brief states it, on every generated policy otherwise. */
  @Test
  void anExtraApprovalNeverMakesACandidateFailWithTheBaseMembers() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(generated -> {
      Case c = new Case(generated.members(), generated.candidates(), generated.present(), generated.ballotCodes(),
          new Policy(generated.policy().threshold(), generated.policy().comparison(), VoteBase.MEMBERS,
              generated.policy().blank()), generated.quorum(), generated.purpose(), generated.seed());
      List<Ballot> ballots = c.ballots().subList(0, Math.min(c.ballots().size(), c.members() - 1));
      int present = Math.min(c.members(), Math.max(c.present(), ballots.size() + 1));
      UnitId candidate = Votes.unit(1 + (int) Math.floorMod(c.seed(), (long) c.candidates()));
      CandidateTally was = c.tally(present, ballots).tally(candidate).orElseThrow();
      CandidateTally is = c.tally(present, concat(ballots, Ballot.approving(List.of(candidate))))
          .tally(candidate).orElseThrow();
      assertThat(is.base()).isEqualTo(was.base()).isEqualTo(c.members());
      assertThat(!was.passed() || is.passed()).as("%s then %s", was, is).isTrue();
    });
  }

  /** (c) Approvals never exceed the counted ballots, and the counts add up. */
  @Test
  void approvalsNeverExceedCountedBallots() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      VoteResult r = c.tally();
      assertThat(r.ballotsCast()).isEqualTo(c.ballotCodes().size());
      assertThat(r.ballotsCounted() + r.invalidBallots() + r.duplicateBallots()).isEqualTo(r.ballotsCast());
      assertThat(r.blankBallots() + r.abstentions()).isLessThanOrEqualTo(r.ballotsCounted());
      assertThat(r.tallies()).hasSize(c.candidates()).allSatisfy(t -> {
        assertThat(t.approvals()).isBetween(0, r.ballotsCounted());
        assertThat(t.share().signum()).isNotNegative();
      });
    });
  }

  /**
   * (d) Each candidate passes exactly when the vote is valid, the quorum is met and its exact share passes the
   * threshold (checked against {@link #model}); the base is what the policy says; a single-winner vote elects the
   * unique passing candidate with most approvals, and a certificate vote every passing candidate.
   */
  @Test
  void passingFollowsTheExactThreshold() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      VoteResult r = c.tally();
      boolean isVoid = c.present() > c.members() || c.ballotCodes().size() > c.present();
      assertThat(r.outcome() == VoteOutcome.VOID).isEqualTo(isVoid);
      boolean quorum = c.quorum().isEmpty() || BigDecimal.valueOf(c.present())
          .compareTo(new BigDecimal(c.quorum()).multiply(BigDecimal.valueOf(c.members()))) >= 0;
      assertThat(r.quorumMet()).isEqualTo(quorum);
      int expectedBase = switch (c.policy().base()) {
        case MEMBERS -> c.members();
        case PRESENT -> c.present();
        case VALID -> r.ballotsCounted() - (c.policy().blank() == BlankBallots.EXCLUDED
            ? r.blankBallots() + r.abstentions() : 0);
      };
      for (CandidateTally t : r.tallies()) {
        assertThat(t.base()).isEqualTo(expectedBase);
        boolean reaches = model(t.approvals(), t.base(), c.policy().threshold(), c.policy().comparison());
        assertThat(t.passed()).as("%s", t).isEqualTo(!isVoid && quorum && reaches);
        if (t.base() > 0) {
          BigDecimal exact = new BigDecimal(t.approvals()).divide(new BigDecimal(t.base()), 10,
              java.math.RoundingMode.DOWN);
          assertThat(t.share()).isEqualByComparingTo(exact.setScale(4, java.math.RoundingMode.DOWN));
        }
      }
      List<CandidateTally> passing = r.tallies().stream().filter(CandidateTally::passed).toList();
      if (c.purpose().singleWinner()) {
        int most = passing.stream().mapToInt(CandidateTally::approvals).max().orElse(-1);
        List<UnitId> top = passing.stream().filter(t -> t.approvals() == most).map(CandidateTally::unit).sorted()
            .toList();
        assertThat(r.winners()).isEqualTo(top.size() == 1 ? top : List.of());
        assertThat(r.tied()).isEqualTo(top.size() > 1 ? top : List.of());
        assertThat(r.runoffNeeded()).isEqualTo(top.size() > 1 ? Optional.of(top) : Optional.empty());
      } else {
        assertThat(r.winners()).containsExactlyInAnyOrderElementsOf(
            passing.stream().map(CandidateTally::unit).toList());
      }
      assertThat(r.report().codes()).allMatch(code -> code.startsWith("vote."));
    });
  }
}
