package io.github.thidua.emulation.core.voting;

import static io.github.thidua.emulation.core.voting.Votes.member;
import static io.github.thidua.emulation.core.voting.Votes.session;
import static io.github.thidua.emulation.core.voting.Votes.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Violation;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the honouring vote with expected values computed by hand from the domain (rules.md §5 and
 * R18), on the bloc of {@link Votes} (members {@code dv-1} … {@code dv-n}).
 */
class VotingGoldenTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static VoteResult tally(int members, VoteSession session, RuleBook book) {
    return Emulation.tally(Votes.province(members), session, book);
  }

  private static CandidateTally tallyOf(VoteResult result, String unit) {
    return result.tally(UnitId.of(unit)).orElseThrow(() -> new AssertionError(unit + " was no candidate"));
  }

  private static Violation only(VoteResult result, String code) {
    List<Violation> found = result.report().withCode(code);
    assertThat(found).as(code + " in " + result.report()).hasSize(1);
    return found.get(0);
  }

  /** A session with one candidate dv-1, approvals approving ballots and blank ballots filling up to cast. */
  private static VoteSession oneCandidate(VotePurpose purpose, int present, int approvals, int cast) {
    return session(purpose, present, member(1)).ballots(approvals, Ballot.approving(member(1)))
        .ballots(cast - approvals, Ballot.blank()).build();
  }

  // ------------------------------------------------------------------------------------------------ R18

  /**
   * R18, Procuracy flag (Circular 01/2019/TT-VKSTC Art. 20): at least 80 % approval votes of the cluster or bloc
   * members. A bloc of 10: 8 approvals pass (8/10 = 0.8 ≥ 0.8), 7 do not (7/10 &lt; 0.8).
   */
  @Nested
  class ProcuracyEightyPercent {

    @Test
    void eightOfTenMembersPass() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 10, 8, 10), Votes.procuracy());

      CandidateTally t = tallyOf(result, member(1));
      assertThat(t.approvals()).isEqualTo(8);
      assertThat(t.base()).isEqualTo(10);
      assertThat(t.share()).isEqualByComparingTo("0.8").hasScaleOf(4);
      assertThat(t.fraction()).isEqualTo("8/10");
      assertThat(t.passed()).isTrue();
      assertThat(t.explanation().en()).contains("8/10 ≥ 0.8").contains("passes").contains("at least 8");
      assertThat(t.explanation().vi()).contains("8/10 ≥ 0.8").contains("đạt");
      assertThat(result.outcome()).isEqualTo(VoteOutcome.ELECTED);
      assertThat(result.winners()).containsExactly(unit(1));
      assertThat(result.winner()).contains(unit(1));
      assertThat(result.report().violations()).isEmpty();
      assertThat(result.policy().rule().citation()).isEqualTo(Votes.PROCURACY);
      assertThat(result.policy().rule().layer()).isEqualTo(Votes.LAYER);
    }

    @Test
    void sevenOfTenMembersFail() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 10, 7, 10), Votes.procuracy());

      CandidateTally t = tallyOf(result, member(1));
      assertThat(t.share()).isEqualByComparingTo("0.7");
      assertThat(t.passed()).isFalse();
      assertThat(t.explanation().en()).contains("7/10 is not ≥ 0.8").contains("at least 8 needed");
      assertThat(result.outcome()).isEqualTo(VoteOutcome.NONE_PASSED);
      assertThat(result.winners()).isEmpty();
      Violation v = only(result, VotingCodes.THRESHOLD_NOT_MET);
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.subject().id()).isEqualTo(member(1));
      assertThat(v.observed().en()).isEqualTo("7/10 (0.7000)");
      assertThat(v.limit().en()).isEqualTo("≥ 0.8 × 10");
      assertThat(v.message().vi()).contains("Viện kiểm sát số 1").contains("Thông tư 01/2019/TT-VKSTC");
      assertThat(result.report().isValid()).as("failing a threshold is no data error").isTrue();
    }

    /** The base is the members, not those present: 8 present all approving still pass; 7 present cannot. */
    @Test
    void theBaseIsAllMembersWhoeverIsPresent() {
      assertThat(tallyOf(tally(10, oneCandidate(VotePurpose.FLAG, 8, 8, 8), Votes.procuracy()), member(1))
          .passed()).isTrue();
      VoteResult seven = tally(10, oneCandidate(VotePurpose.FLAG, 7, 7, 7), Votes.procuracy());
      assertThat(tallyOf(seven, member(1)).passed()).isFalse();
      assertThat(tallyOf(seven, member(1)).base()).isEqualTo(10);
    }
  }

  // ------------------------------------------------------------------------------------------------ boundaries

  /** 4 approvals of 8 present (of 10 members) is exactly one half: it passes ≥ 50 % and fails &gt; 50 %. */
  @Test
  void exactlyHalfOfThosePresentPassesAtLeastAndFailsGreater() {
    VoteSession s = oneCandidate(VotePurpose.LEADER, 8, 4, 8);
    VoteResult atLeast = tally(10, s, Votes.book(Map.of("threshold", dec("0.5"), "comparison", "at-least",
        "base", "present")));
    VoteResult greater = tally(10, s, Votes.book(Map.of("threshold", dec("0.5"), "comparison", "greater",
        "base", "present")));

    assertThat(tallyOf(atLeast, member(1)).base()).isEqualTo(8);
    assertThat(tallyOf(atLeast, member(1)).share()).isEqualByComparingTo("0.5");
    assertThat(tallyOf(atLeast, member(1)).passed()).isTrue();
    assertThat(atLeast.winners()).containsExactly(unit(1));
    assertThat(tallyOf(greater, member(1)).passed()).isFalse();
    assertThat(greater.winners()).isEmpty();
    assertThat(tallyOf(greater, member(1)).explanation().en()).contains("4/8 is not > 0.5")
        .contains("at least 5 needed");
  }

  /**
   * "At least two thirds" of 6 members: the threshold is the exact decimal given. Written {@code at-least
   * 0.6666}, 4 of 6 (0.6666…) pass and 3 do not; written {@code at-least 0.6667} it is stricter than ⅔ and 4 of
   * 6 fail (the documented trap); {@code greater 0.6666} is equivalent to the first form here.
   */
  @Test
  void twoThirdsOfSixMembers() {
    RuleBook twoThirds = Votes.book(Map.of("threshold", dec("0.6666"), "comparison", "at-least"));
    VoteResult four = tally(6, oneCandidate(VotePurpose.LEADER, 6, 4, 6), twoThirds);
    assertThat(tallyOf(four, member(1)).passed()).isTrue();
    assertThat(tallyOf(four, member(1)).share()).isEqualByComparingTo("0.6666");
    assertThat(tallyOf(tally(6, oneCandidate(VotePurpose.LEADER, 6, 3, 6), twoThirds), member(1)).passed())
        .isFalse();

    RuleBook rounded = Votes.book(Map.of("threshold", dec("0.6667"), "comparison", "at-least"));
    assertThat(tallyOf(tally(6, oneCandidate(VotePurpose.LEADER, 6, 4, 6), rounded), member(1)).passed())
        .as("4/6 = 0.6666… < 0.6667").isFalse();
    RuleBook greater = Votes.book(Map.of("threshold", dec("0.6666"), "comparison", "greater"));
    assertThat(tallyOf(tally(6, oneCandidate(VotePurpose.LEADER, 6, 4, 6), greater), member(1)).passed())
        .isTrue();
  }

  /**
   * With the base "valid ballots", blank ballots decide: 10 ballots, 5 approve dv-1, 2 approve dv-2, 3 are blank.
   * Counted against, dv-1 has 5/10, not more than half; excluded, it has 5 of 7 valid ballots and passes.
   */
  @Test
  void blankBallotsAgainstOrExcludedChangeTheOutcome() {
    VoteSession s = session(VotePurpose.LEADER, 10, member(1), member(2))
        .ballots(5, Ballot.approving(member(1))).ballots(2, Ballot.approving(member(2)))
        .ballots(3, Ballot.blank()).build();
    VoteResult against = tally(10, s, Votes.book(Map.of("threshold", dec("0.5"), "comparison", "greater",
        "base", "valid", "blank", "against")));
    VoteResult excluded = tally(10, s, Votes.book(Map.of("threshold", dec("0.5"), "comparison", "greater",
        "base", "valid", "blank", "excluded")));

    assertThat(against.blankBallots()).isEqualTo(3);
    assertThat(tallyOf(against, member(1)).base()).isEqualTo(10);
    assertThat(tallyOf(against, member(1)).passed()).isFalse();
    assertThat(against.outcome()).isEqualTo(VoteOutcome.NONE_PASSED);
    assertThat(tallyOf(excluded, member(1)).base()).isEqualTo(7);
    assertThat(tallyOf(excluded, member(1)).share()).isEqualByComparingTo("0.7142");
    assertThat(tallyOf(excluded, member(1)).passed()).isTrue();
    assertThat(excluded.winners()).containsExactly(unit(1));
    assertThat(excluded.trace().about("base")).singleElement()
        .satisfies(step -> assertThat(step.detail()).contains("counted 10 − blank 3 − abstentions 0"));
  }

  /** Abstentions count like blank ballots: excluded from the valid ballots when blank ballots are. */
  @Test
  void abstentionsAreExcludedWithBlankBallots() {
    VoteSession s = session(VotePurpose.LEADER, 10, member(1)).ballots(5, Ballot.approving(member(1)))
        .ballots(3, Ballot.abstention()).ballots(2, Ballot.blank()).build();
    VoteResult result = tally(10, s, Votes.book(Map.of("threshold", dec("1"), "base", "valid",
        "blank", "excluded")));
    assertThat(result.abstentions()).isEqualTo(3);
    assertThat(result.blankBallots()).isEqualTo(2);
    assertThat(tallyOf(result, member(1)).base()).isEqualTo(5);
    assertThat(tallyOf(result, member(1)).passed()).as("5 of 5 valid ballots, at least 1").isTrue();
  }

  // ------------------------------------------------------------------------------------------------ quorum

  /**
   * Quorum two thirds of 10 members: 6 present is fewer than 0.6667 × 10 = 6.667, so nobody passes, though all 6
   * approve; with 7 present the quorum is met and the candidate passes.
   */
  @Test
  void quorumNotMet() {
    RuleBook book = Votes.book(Map.of("quorum", dec("0.6667"), "threshold", dec("0.5"), "base", "present"));
    VoteResult six = tally(10, oneCandidate(VotePurpose.LEADER, 6, 6, 6), book);

    assertThat(six.quorumMet()).isFalse();
    assertThat(six.outcome()).isEqualTo(VoteOutcome.QUORUM_NOT_MET);
    assertThat(six.winners()).isEmpty();
    CandidateTally t = tallyOf(six, member(1));
    assertThat(t.approvals()).isEqualTo(6);
    assertThat(t.passed()).isFalse();
    assertThat(t.explanation().en()).contains("quorum is not met");
    Violation v = only(six, VotingCodes.QUORUM_NOT_MET);
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.observed().en()).isEqualTo("6");
    assertThat(v.limit().en()).isEqualTo("0.6667 × 10");
    assertThat(six.report().withCode(VotingCodes.THRESHOLD_NOT_MET)).isEmpty();
    assertThat(six.trace().about("quorum")).singleElement()
        .satisfies(step -> assertThat(step.value()).isEqualTo("not met"));

    VoteResult seven = tally(10, oneCandidate(VotePurpose.LEADER, 7, 7, 7), book);
    assertThat(seven.quorumMet()).isTrue();
    assertThat(seven.winners()).containsExactly(unit(1));
  }

  /** The quorum boundary is inclusive: 5 of 10 present meet a quorum of one half. */
  @Test
  void quorumIsAtLeast() {
    RuleBook book = Votes.book(Map.of("quorum", dec("0.5"), "threshold", dec("0.5"), "base", "present"));
    assertThat(tally(10, oneCandidate(VotePurpose.LEADER, 5, 5, 5), book).quorumMet()).isTrue();
    assertThat(tally(10, oneCandidate(VotePurpose.LEADER, 4, 4, 4), book).quorumMet()).isFalse();
  }

  // ------------------------------------------------------------------------------------------------ ties

  @Nested
  class Ties {
    /** 6 ballots approve both dv-1 and dv-2, 4 are blank: both have 6/10 &gt; 0.5 and tie. */
    private final VoteSession tie = session(VotePurpose.LEADER, 10, member(1), member(2), member(3))
        .ballots(6, Ballot.approving(member(1), member(2))).ballots(3, Ballot.blank())
        .ballots(1, Ballot.approving(member(3))).build();

    @Test
    void aTieBetweenTwoPassingCandidatesForTheLeaderNeedsARunoff() {
      VoteResult result = tally(10, tie, Votes.noRule());

      assertThat(result.passed()).containsExactly(unit(1), unit(2));
      assertThat(result.winners()).isEmpty();
      assertThat(result.winner()).isEmpty();
      assertThat(result.runoffNeeded()).contains(List.of(unit(1), unit(2)));
      assertThat(result.tied()).containsExactly(unit(1), unit(2));
      assertThat(result.outcome()).isEqualTo(VoteOutcome.RUNOFF_NEEDED);
      Violation v = only(result, VotingCodes.RUNOFF_NEEDED);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.related()).extracting(s -> s.id()).containsExactly(member(1), member(2));
      assertThat(v.observed().en()).isEqualTo("6");
      assertThat(v.message().en()).contains("Viện kiểm sát số 1, Viện kiểm sát số 2").contains("run-off");
    }

    @Test
    void certificatesGoToEveryPassingCandidate() {
      VoteResult result = tally(10, tie.toBuilder().build(), Votes.noRule());
      VoteResult certificates = tally(10, new VoteSession(tie.group(), tie.year(), VotePurpose.CERTIFICATE,
          tie.present(), tie.candidates(), tie.ballots(), Optional.empty()), Votes.noRule());

      assertThat(result.outcome()).isEqualTo(VoteOutcome.RUNOFF_NEEDED);
      assertThat(certificates.outcome()).isEqualTo(VoteOutcome.ELECTED);
      assertThat(certificates.winners()).containsExactly(unit(1), unit(2));
      assertThat(certificates.runoffNeeded()).isEmpty();
      assertThat(certificates.tied()).isEmpty();
    }

    @Test
    void withoutRunoffATieHasNoWinner() {
      VoteResult result = tally(10, tie, Votes.book(Map.of("threshold", dec("0.5"), "comparison", "greater",
          "runoffOnTie", false)));

      assertThat(result.outcome()).isEqualTo(VoteOutcome.TIED);
      assertThat(result.winners()).isEmpty();
      assertThat(result.runoffNeeded()).isEmpty();
      assertThat(result.tied()).containsExactly(unit(1), unit(2));
      assertThat(only(result, VotingCodes.TIE_UNRESOLVED).severity()).isEqualTo(Severity.WARNING);
      assertThat(result.report().withCode(VotingCodes.RUNOFF_NEEDED)).isEmpty();
    }

    /** The run-off between the tied units decides: 6 for dv-1, 4 for dv-2. */
    @Test
    void theRunoffDecides() {
      VoteSession runoff = session(VotePurpose.LEADER, 10, member(1), member(2)).round(1)
          .ballots(6, Ballot.approving(member(1))).ballots(4, Ballot.approving(member(2))).build();
      VoteResult result = tally(10, runoff, Votes.noRule());

      assertThat(result.round()).contains(1);
      assertThat(result.winners()).containsExactly(unit(1));
      assertThat(result.outcome()).isEqualTo(VoteOutcome.ELECTED);
      assertThat(result.trace().about("session")).singleElement()
          .satisfies(step -> assertThat(step.detail()).isEqualTo("run-off round 1"));
    }

    /** A higher passing candidate beats a tie below it: no run-off. */
    @Test
    void aTieBelowTheWinnerIsNoTie() {
      VoteSession s = session(VotePurpose.LEADER, 10, member(1), member(2), member(3))
          .ballots(6, Ballot.approving(member(1), member(2), member(3))).ballots(1, Ballot.approving(member(3)))
          .ballots(3, Ballot.blank()).build();
      VoteResult result = tally(10, s, Votes.noRule());
      assertThat(result.winners()).containsExactly(unit(3));
      assertThat(result.tied()).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------ default

  /**
   * A vote failing its threshold: no {@code vote.honouring} rule, so the library default applies (more than half
   * of the members); dv-1 gets 5 of 10, which is not more than half.
   */
  @Test
  void aVoteFailingItsThreshold() {
    VoteResult result = tally(10, oneCandidate(VotePurpose.LEADER, 10, 5, 10), Votes.noRule());

    assertThat(result.policy()).isEqualTo(VotePolicy.libraryDefault());
    assertThat(result.policy().isLibraryDefault()).isTrue();
    assertThat(result.policy().rule().layer()).isEqualTo("emulation");
    assertThat(result.policy().threshold()).isEqualByComparingTo("0.5");
    assertThat(result.policy().comparison()).isEqualTo(ThresholdComparison.GREATER);
    assertThat(result.policy().base()).isEqualTo(VoteBase.MEMBERS);
    assertThat(result.policy().blank()).isEqualTo(BlankBallots.AGAINST);
    assertThat(result.policy().runoffOnTie()).isTrue();
    assertThat(result.outcome()).isEqualTo(VoteOutcome.NONE_PASSED);
    CandidateTally t = tallyOf(result, member(1));
    assertThat(t.passed()).isFalse();
    assertThat(t.share()).isEqualByComparingTo("0.5");
    assertThat(t.explanation().en()).isEqualTo(
        "Approved by 5 of 10 members: 5/10 is not > 0.5; does not pass (at least 6 needed).");
    assertThat(t.explanation().vi()).isEqualTo(
        "Được 5/10 thành viên tán thành: 5/10 không > 0.5; không đạt (cần ít nhất 6).");
    Violation v = only(result, VotingCodes.THRESHOLD_NOT_MET);
    assertThat(v.rule().layer()).isEqualTo("emulation");
    assertThat(v.message().en()).isEqualTo("Viện kiểm sát số 1 received 5/10 (0.5000) approvals; it needs > 0.5 × 10,"
        + " so it does not pass (Mặc định của thư viện emulation / library default, docs/voting.md).");
    assertThat(result.trace().about("policy")).singleElement()
        .satisfies(step -> assertThat(step.detail()).startsWith("no vote.honouring rule in force: library default"));
    List<TraceStep> steps = result.trace().about(member(1));
    assertThat(steps).extracting(TraceStep::kind).containsExactly(StepKind.SUM, StepKind.METHOD, StepKind.RESULT);
    assertThat(steps).extracting(TraceStep::value).containsExactly("5", "0.5", "not passed");
    assertThat(steps).allSatisfy(step -> assertThat(step.rule()).isNotNull());
  }

  /** A rule that omits the optional parameters gets the catalogue's defaults. */
  @Test
  void ruleDefaults() {
    VotePolicy policy = tally(10, oneCandidate(VotePurpose.LEADER, 10, 5, 10),
        Votes.book(Map.of("threshold", dec("0.5")))).policy();
    assertThat(policy.quorum()).isEmpty();
    assertThat(policy.comparison()).isEqualTo(ThresholdComparison.AT_LEAST);
    assertThat(policy.base()).isEqualTo(VoteBase.MEMBERS);
    assertThat(policy.blank()).isEqualTo(BlankBallots.AGAINST);
    assertThat(policy.candidatesFromTop()).isZero();
    assertThat(policy.runoffOnTie()).isTrue();
    assertThat(policy.isLibraryDefault()).isFalse();
    assertThat(policy.describe()).isEqualTo("approvals ≥ 0.5 of members; blank ballots and abstentions against;"
        + " no quorum; candidates: any; run-off on a tie");
  }

  // ------------------------------------------------------------------------------------------------ codes

  @Nested
  class ValidationCodes {

    @Test
    void moreBallotsThanMembersPresentVoidTheVote() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 5, 6, 6), Votes.procuracy());
      Violation v = only(result, VotingCodes.BALLOTS_TOO_MANY);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.observed().en()).isEqualTo("6");
      assertThat(v.limit().en()).isEqualTo("5");
      assertThat(result.outcome()).isEqualTo(VoteOutcome.VOID);
      assertThat(result.report().isValid()).isFalse();
      assertThat(result.winners()).isEmpty();
      assertThat(tallyOf(result, member(1)).approvals()).isEqualTo(6);
      assertThat(tallyOf(result, member(1)).passed()).isFalse();
      assertThat(tallyOf(result, member(1)).explanation().vi()).contains("không hợp lệ");
    }

    @Test
    void morePresentThanMembersVoidTheVote() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 11, 9, 9), Votes.procuracy());
      Violation v = only(result, VotingCodes.PRESENT_TOO_MANY);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.observed().en()).isEqualTo("11");
      assertThat(v.limit().en()).isEqualTo("10");
      assertThat(result.outcome()).isEqualTo(VoteOutcome.VOID);
      assertThat(result.passed()).isEmpty();
    }

    @Test
    void aBallotApprovingANonCandidateIsNotCounted() {
      VoteSession s = session(VotePurpose.FLAG, 10, member(1)).ballots(8, Ballot.approving(member(1)))
          .ballots(Ballot.approving(member(1), member(5))).build();
      VoteResult result = tally(10, s, Votes.procuracy());
      Violation v = only(result, VotingCodes.CANDIDATE_UNKNOWN);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.observed().en()).isEqualTo(member(5));
      assertThat(v.limit().en()).isEqualTo(member(1));
      assertThat(result.invalidBallots()).isEqualTo(1);
      assertThat(result.ballotsCast()).isEqualTo(9);
      assertThat(result.ballotsCounted()).isEqualTo(8);
      assertThat(tallyOf(result, member(1)).approvals()).as("the invalid ballot's approval is lost").isEqualTo(8);
      assertThat(result.trace().about("ballot")).singleElement().satisfies(step -> {
        assertThat(step.value()).isEqualTo("not counted");
        assertThat(step.detail()).contains("approves dv-1, dv-5").contains("not a candidate");
      });
    }

    @Test
    void anAbstentionWithApprovalsIsNotCounted() {
      VoteSession s = session(VotePurpose.FLAG, 10, member(1)).ballots(8, Ballot.approving(member(1)))
          .ballots(new Ballot(Optional.empty(), Set.of(unit(1)), true)).build();
      VoteResult result = tally(10, s, Votes.procuracy());
      assertThat(only(result, VotingCodes.BALLOT_ABSTAIN_APPROVES).severity()).isEqualTo(Severity.WARNING);
      assertThat(result.invalidBallots()).isEqualTo(1);
      assertThat(result.abstentions()).isZero();
      assertThat(tallyOf(result, member(1)).approvals()).isEqualTo(8);
    }

    @Test
    void aDuplicateVoterTokenCountsOnce() {
      VoteSession s = session(VotePurpose.FLAG, 10, member(1)).ballots(7, Ballot.approving(member(1)))
          .ballots(Ballot.approving(member(1)).withToken("t-1"), Ballot.approving(member(1)).withToken("t-1"))
          .build();
      VoteResult result = tally(10, s, Votes.procuracy());
      Violation v = only(result, VotingCodes.VOTER_DUPLICATE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.observed().en()).isEqualTo("t-1");
      assertThat(result.duplicateBallots()).isEqualTo(1);
      assertThat(tallyOf(result, member(1)).approvals()).isEqualTo(8);
      assertThat(tallyOf(result, member(1)).passed()).as("counted once: 8 of 10").isTrue();
    }

    @Test
    void aCandidateThatIsNotAMemberCannotPass() {
      VoteSession s = session(VotePurpose.LEADER, 10, Votes.OUTSIDER).ballots(10, Ballot.approving(Votes.OUTSIDER))
          .build();
      VoteResult result = tally(10, s, Votes.noRule());
      Violation v = only(result, VotingCodes.CANDIDATE_NOT_MEMBER);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.subject().name()).isEqualTo("Cơ quan ngoài khối");
      assertThat(v.related()).extracting(s2 -> s2.id()).containsExactly(Votes.GROUP);
      assertThat(tallyOf(result, Votes.OUTSIDER).approvals()).isEqualTo(10);
      assertThat(tallyOf(result, Votes.OUTSIDER).passed()).isFalse();
      assertThat(result.outcome()).isEqualTo(VoteOutcome.NONE_PASSED);
    }

    @Test
    void candidatesMustComeFromTheTopOfTheRanking() {
      RuleBook book = Votes.book(Map.of("threshold", dec("0.5"), "candidatesFromTop", 3));
      VoteSession s = session(VotePurpose.LEADER, 10, member(2), member(4)).ballots(9, Ballot.approving(member(4)))
          .ballots(1, Ballot.approving(member(2))).build();
      VoteResult ranked = Emulation.tally(Votes.province(10), s, book, Votes.units(10));

      Violation v = only(ranked, VotingCodes.CANDIDATE_NOT_TOP_RANKED);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.subject().id()).isEqualTo(member(4));
      assertThat(v.observed().en()).isEqualTo("4");
      assertThat(v.limit().en()).isEqualTo("3");
      assertThat(tallyOf(ranked, member(4)).passed()).isFalse();
      assertThat(tallyOf(ranked, member(4)).explanation().en()).contains("first 3 units of the ranking");
      assertThat(ranked.winners()).isEmpty();

      VoteResult unranked = Emulation.tally(Votes.province(10), s, book, List.of(unit(2)));
      assertThat(only(unranked, VotingCodes.CANDIDATE_NOT_TOP_RANKED).observed().en()).isEqualTo("not ranked");
      assertThat(only(unranked, VotingCodes.CANDIDATE_NOT_TOP_RANKED).observed().vi()).isEqualTo("không có thứ hạng");

      VoteResult noRanking = Emulation.tally(Votes.province(10), s, book);
      assertThat(only(noRanking, VotingCodes.RANKING_MISSING).severity()).isEqualTo(Severity.WARNING);
      assertThat(noRanking.report().withCode(VotingCodes.CANDIDATE_NOT_TOP_RANKED)).isEmpty();
      assertThat(noRanking.winners()).containsExactly(unit(4));
    }

    @Test
    void aVoteOfAnotherYearIsReported() {
      VoteSession s = VoteSession.builder(Votes.GROUP, Votes.YEAR - 1, VotePurpose.LEADER).present(10)
          .candidates(member(1)).ballots(10, Ballot.approving(member(1))).build();
      VoteResult result = tally(10, s, Votes.noRule());
      Violation v = only(result, VotingCodes.SESSION_YEAR_MISMATCH);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.observed().en()).isEqualTo(String.valueOf(Votes.YEAR - 1));
      assertThat(result.winners()).containsExactly(unit(1));
    }

    /** A threshold written as a percentage (80 instead of 0.8) is reported, and the vote cannot be decided. */
    @Test
    void aThresholdAboveOneIsInvalidAndVoidsTheVote() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 10, 10, 10),
          Votes.book(Map.of("threshold", dec("80"))));
      Violation v = only(result, ViolationCodes.RULESET_PARAM_INVALID);
      assertThat(v.observed().en()).isEqualTo("threshold = 80");
      assertThat(result.outcome()).isEqualTo(VoteOutcome.VOID);
      assertThat(result.winners()).isEmpty();
      assertThat(result.report().isValid()).isFalse();
    }

    /** A decimal parameter beyond the library's number bounds is an invalid rule, found at once, never computed. */
    @Test
    void aParameterBeyondTheNumberBoundsIsInvalidAndVoidsTheVote() {
      for (String hostile : List.of("1e999999999", "1e-999999999", "1e400", "0.0000000001", "1000000000")) {
        VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 10, 10, 10),
            Votes.book(Map.of("threshold", dec(hostile))));
        assertThat(result.report().codes()).as(hostile).contains(ViolationCodes.RULESET_PARAM_INVALID);
        assertThat(result.outcome()).isEqualTo(VoteOutcome.VOID);
        assertThat(result.report().violations().get(0).limit().en()).contains("at most 9 decimals");
      }
    }

    /** An ill-typed rule (checked by the rule-book checks) leaves no usable policy either. */
    @Test
    void anIllTypedRuleVoidsTheVote() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 10, 10, 10),
          Votes.book(Map.of("threshold", dec("0.8"), "base", "everyone")));
      assertThat(result.report().codes()).contains(ViolationCodes.RULESET_PARAM_INVALID);
      assertThat(result.outcome()).isEqualTo(VoteOutcome.VOID);
    }

    @Test
    void anUnknownGroupIsAProgrammerError() {
      VoteSession s = VoteSession.builder("khoi-khac", Votes.YEAR, VotePurpose.LEADER).present(1).build();
      assertThatThrownBy(() -> Emulation.tally(Votes.province(5), s, Votes.noRule()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("khoi-khac");
    }

    @Test
    void everyCodeHasBilingualMessagesWithTheCitation() {
      VoteResult result = tally(10, oneCandidate(VotePurpose.FLAG, 5, 6, 6), Votes.procuracy());
      Violation v = only(result, VotingCodes.BALLOTS_TOO_MANY);
      assertThat(v.message().en()).isEqualTo("Khối thi đua Viện kiểm sát: 6 ballots were cast, but only 5 members"
          + " are present; the vote is void and must be held again (Mô hình dữ liệu của thư viện emulation /"
          + " emulation data model, docs/voting.md).");
      assertThat(v.message().vi()).startsWith("Khối thi đua Viện kiểm sát: có 6 phiếu bầu nhưng chỉ có 5 thành viên");
    }
  }

  // ------------------------------------------------------------------------------------------------ API

  @Test
  void sessionsAndBallotsRefuseProgrammerErrors() {
    assertThatThrownBy(() -> session(VotePurpose.LEADER, -1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> session(VotePurpose.LEADER, 5, member(1), member(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> session(VotePurpose.LEADER, 5).round(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ballot.blank().withToken("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VotePolicy(Optional.empty(), dec("1.5"), ThresholdComparison.GREATER,
        VoteBase.MEMBERS, BlankBallots.AGAINST, 0, true, VotePolicy.libraryDefault().rule()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new VoteSession(GroupId.of("g"), 2025, VotePurpose.FLAG, 0, List.of(), List.of(), Optional.empty())
        .isRunoff()).isFalse();
  }

  @Test
  void ballotsDescribeThemselvesByContent() {
    assertThat(Ballot.approving(member(3), member(1)).describe()).isEqualTo("approves dv-1, dv-3");
    assertThat(Ballot.blank().describe()).isEqualTo("blank");
    assertThat(Ballot.abstention().withToken("t-9").describe()).isEqualTo("[t-9] abstain");
    assertThat(Ballot.blank().isBlank()).isTrue();
    assertThat(Ballot.abstention().isBlank()).isFalse();
  }

  @Test
  void policyArithmeticIsExact() {
    VotePolicy atLeast = new VotePolicy(Optional.of(dec("0.5")), dec("0.8"), ThresholdComparison.AT_LEAST,
        VoteBase.MEMBERS, BlankBallots.AGAINST, 0, true, VotePolicy.libraryDefault().rule());
    assertThat(atLeast.passes(8, 10)).isTrue();
    assertThat(atLeast.passes(7, 10)).isFalse();
    assertThat(atLeast.passes(0, 0)).isFalse();
    assertThat(atLeast.needed(10)).isEqualTo(8);
    assertThat(atLeast.needed(7)).as("⌈5.6⌉").isEqualTo(6);
    assertThat(atLeast.quorumMet(5, 10)).isTrue();
    assertThat(atLeast.quorumMet(4, 10)).isFalse();
    VotePolicy majority = VotePolicy.libraryDefault();
    assertThat(majority.needed(10)).isEqualTo(6);
    assertThat(majority.needed(9)).isEqualTo(5);
    assertThat(majority.passes(5, 9)).isTrue();
    assertThat(majority.quorumMet(0, 10)).isTrue();
  }

  @Test
  void approvalsFeedTheRanking() {
    VoteResult result = tally(10, session(VotePurpose.LEADER, 10, member(2), member(1))
        .ballots(6, Ballot.approving(member(1))).ballots(3, Ballot.approving(member(2))).build(), Votes.noRule());
    assertThat(result.approvals()).containsExactly(Map.entry(unit(1), 6), Map.entry(unit(2), 3));
    assertThat(result.tallies()).extracting(CandidateTally::unit).as("ballot-paper order")
        .containsExactly(unit(2), unit(1));
  }
}
