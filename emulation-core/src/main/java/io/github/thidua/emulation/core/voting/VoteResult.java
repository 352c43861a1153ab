package io.github.thidua.emulation.core.voting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of an honouring vote: the counts, each candidate's tally, the winners, the tie if any, the policy
 * applied, the explanation trace and every problem found. Problems of the data never throw; they are in
 * {@link #report()}.
 *
 * <p>The result does not depend on the order of the ballots: an equal session with its ballots shuffled gives an
 * equal result, trace and report included.
 *
 * @param group the group that voted
 * @param year the year of the vote
 * @param purpose what the vote decides
 * @param round the run-off round, if the vote was a run-off
 * @param outcome what the vote came to
 * @param members the group's size: its distinct members that the data knows
 * @param present the members present, as recorded
 * @param ballotsCast every ballot received
 * @param ballotsCounted the ballots counted: those received less the invalid and the duplicate ones (blank ballots
 *     and abstentions included)
 * @param blankBallots the counted blank ballots
 * @param abstentions the counted abstentions
 * @param invalidBallots the ballots left out as invalid (approving a non-candidate, or an abstention that approves)
 * @param duplicateBallots the ballots left out because another ballot with the same voter token was counted
 * @param quorumMet whether enough members were present
 * @param tallies one tally per candidate, in the order of the candidates
 * @param winners the units elected: for a single-winner purpose at most one, the passing candidate with most
 *     approvals; for {@link VotePurpose#CERTIFICATE} every passing candidate, most approvals first, then by id
 * @param runoffNeeded the tied units, by id, if passing candidates tie for a single-winner purpose and the policy
 *     holds a run-off
 * @param tied the tied units, by id, whether or not a run-off is held; empty without a tie
 * @param policy the policy applied
 * @param trace how the result came about, step by step, each step with its rule
 * @param report the problems found, never thrown
 * @param fingerprint SHA-256 over the session, the resolved rules, the ranking given and the result; present on
 *     every result {@code Emulation.tally} returns
 */
public record VoteResult(GroupId group, int year, VotePurpose purpose, Optional<Integer> round, VoteOutcome outcome,
    int members, int present, int ballotsCast, int ballotsCounted, int blankBallots, int abstentions,
    int invalidBallots, int duplicateBallots, boolean quorumMet, List<CandidateTally> tallies,
    List<UnitId> winners, Optional<List<UnitId>> runoffNeeded, List<UnitId> tied, VotePolicy policy, Trace trace,
    ValidationReport report, Optional<Fingerprint> fingerprint) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group that voted
   * @param year the year of the vote
   * @param purpose what the vote decides
   * @param round the run-off round, if the vote was a run-off
   * @param outcome what the vote came to
   * @param members the group's size: its distinct members that the data knows
   * @param present the members present, as recorded
   * @param ballotsCast every ballot received
   * @param ballotsCounted the ballots counted: those received less the invalid and the duplicate ones (blank ballots
   *     and abstentions included)
   * @param blankBallots the counted blank ballots
   * @param abstentions the counted abstentions
   * @param invalidBallots the ballots left out as invalid (approving a non-candidate, or an abstention that approves)
   * @param duplicateBallots the ballots left out because another ballot with the same voter token was counted
   * @param quorumMet whether enough members were present
   * @param tallies one tally per candidate, in the order of the candidates
   * @param winners the units elected: for a single-winner purpose at most one, the passing candidate with most
   *     approvals; for {@link VotePurpose#CERTIFICATE} every passing candidate, most approvals first, then by id
   * @param runoffNeeded the tied units, by id, if passing candidates tie for a single-winner purpose and the policy
   *     holds a run-off
   * @param tied the tied units, by id, whether or not a run-off is held; empty without a tie
   * @param policy the policy applied
   * @param trace how the result came about, step by step, each step with its rule
   * @param report the problems found, never thrown
   * @param fingerprint SHA-256 over the session, the resolved rules, the ranking given and the result; present on
   *     every result {@code Emulation.tally} returns
   */
  public VoteResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(outcome, "outcome");
    checkArgument(members >= 0 && present >= 0 && ballotsCast >= 0 && ballotsCounted >= 0 && blankBallots >= 0
        && abstentions >= 0 && invalidBallots >= 0 && duplicateBallots >= 0, "a negative count");
    checkArgument(ballotsCounted + invalidBallots + duplicateBallots == ballotsCast,
        "counted %s + invalid %s + duplicate %s != cast %s", ballotsCounted, invalidBallots, duplicateBallots,
        ballotsCast);
    checkArgument(blankBallots + abstentions <= ballotsCounted, "more blank ballots and abstentions than counted");
    tallies = List.copyOf(tallies);
    winners = List.copyOf(winners);
    checkArgument(!purpose.singleWinner() || winners.size() <= 1, "%s elects one unit: %s", purpose, winners);
    runoffNeeded = Objects.requireNonNull(runoffNeeded, "runoffNeeded").map(List::copyOf);
    tied = List.copyOf(tied);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * Returns a copy carrying a fingerprint.
   *
   * @param value the fingerprint
   * @return the copy
   */
  public VoteResult withFingerprint(Fingerprint value) {
    return new VoteResult(group, year, purpose, round, outcome, members, present, ballotsCast, ballotsCounted,
        blankBallots, abstentions, invalidBallots, duplicateBallots, quorumMet, tallies, winners, runoffNeeded, tied,
        policy, trace, report, Optional.of(value));
  }

  /**
   * Returns one candidate's tally.
   *
   * @param unit the candidate
   * @return its tally, if it was a candidate
   */
  public Optional<CandidateTally> tally(UnitId unit) {
    return tallies.stream().filter(t -> t.unit().equals(unit)).findFirst();
  }

  /**
   * Returns the single winner.
   *
   * @return the winner, if exactly one unit was elected
   */
  public Optional<UnitId> winner() {
    return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
  }

  /**
   * Returns the candidates that passed, in the order of the candidates.
   *
   * @return the passing units
   */
  public List<UnitId> passed() {
    return tallies.stream().filter(CandidateTally::passed).map(CandidateTally::unit).toList();
  }

  /**
   * Returns every candidate's approvals, e.g. for a {@code vote} tie-break step of the ranking.
   *
   * @return unit to approvals, sorted by unit id
   */
  public Map<UnitId, Integer> approvals() {
    Map<UnitId, Integer> map = new TreeMap<>();
    tallies.forEach(t -> map.put(t.unit(), t.approvals()));
    return Collections.unmodifiableMap(map);
  }
}
