package io.github.thidua.emulation.core.voting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One honouring vote (bình xét, suy tôn) of a group's meeting: what it decides, how many members were present,
 * the candidates and the ballots cast. The ballots are kept as given, so that the tally can report invalid,
 * duplicate and surplus ballots instead of losing them.
 *
 * @param group the group that votes
 * @param year the emulation year the vote is about
 * @param purpose what the vote decides
 * @param present the number of members present (số thành viên có mặt), at least 0
 * @param candidates the candidate units, distinct, in the order of the ballot paper
 * @param ballots the ballots cast, in any order
 * @param round the run-off round (1 for the first run-off) if this vote repeats a tied vote; empty for the first
 *     vote
 */
public record VoteSession(GroupId group, int year, VotePurpose purpose, int present, List<UnitId> candidates,
    List<Ballot> ballots, Optional<Integer> round) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group that votes
   * @param year the emulation year the vote is about
   * @param purpose what the vote decides
   * @param present the number of members present (số thành viên có mặt), at least 0
   * @param candidates the candidate units, distinct, in the order of the ballot paper
   * @param ballots the ballots cast, in any order
   * @param round the run-off round (1 for the first run-off) if this vote repeats a tied vote; empty for the first
   *     vote
   */
  public VoteSession {
    Objects.requireNonNull(group, "group");
    checkArgument(year >= 1945 && year <= 9999, "vote of %s has an implausible year: %s", group, year);
    Objects.requireNonNull(purpose, "purpose");
    checkArgument(present >= 0, "vote of %s: members present is negative: %s", group, present);
    candidates = List.copyOf(candidates);
    checkArgument(new HashSet<>(candidates).size() == candidates.size(),
        "vote of %s lists a candidate twice: %s", group, candidates);
    ballots = List.copyOf(ballots);
    Objects.requireNonNull(round, "round");
    round.ifPresent(r -> checkArgument(r >= 1, "vote of %s: a run-off round is at least 1: %s", group, r));
  }

  /**
   * Tells whether this vote is a run-off.
   *
   * @return whether a round is given
   */
  public boolean isRunoff() {
    return round.isPresent();
  }

  /**
   * Starts a builder.
   *
   * @param group the group's id
   * @param year the emulation year
   * @param purpose what the vote decides
   * @return a builder with nobody present, no candidates and no ballots
   */
  public static Builder builder(String group, int year, VotePurpose purpose) {
    return new Builder(GroupId.of(group), year, purpose);
  }

  /**
   * Returns a builder preset with this session's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(group, year, purpose);
    b.present = present;
    b.candidates.addAll(candidates);
    b.ballots.addAll(ballots);
    b.round = round;
    return b;
  }

  /** Builds a {@link VoteSession}; not thread-safe. */
  public static final class Builder {
    private final GroupId group;
    private final int year;
    private final VotePurpose purpose;
    private int present;
    private final List<UnitId> candidates = new ArrayList<>();
    private final List<Ballot> ballots = new ArrayList<>();
    private Optional<Integer> round = Optional.empty();

    private Builder(GroupId group, int year, VotePurpose purpose) {
      this.group = group;
      this.year = year;
      this.purpose = purpose;
    }

    /**
     * Sets the number of members present.
     *
     * @param count the members present
     * @return this builder
     */
    public Builder present(int count) {
      this.present = count;
      return this;
    }

    /**
     * Adds candidates.
     *
     * @param units the candidates' unit ids
     * @return this builder
     */
    public Builder candidates(String... units) {
      for (String unit : units) {
        candidates.add(UnitId.of(unit));
      }
      return this;
    }

    /**
     * Adds candidates.
     *
     * @param units the candidates' unit ids
     * @return this builder
     */
    public Builder candidates(List<UnitId> units) {
      candidates.addAll(units);
      return this;
    }

    /**
     * Adds ballots.
     *
     * @param cast the ballots
     * @return this builder
     */
    public Builder ballots(Ballot... cast) {
      ballots.addAll(List.of(cast));
      return this;
    }

    /**
     * Adds ballots.
     *
     * @param cast the ballots
     * @return this builder
     */
    public Builder ballots(List<Ballot> cast) {
      ballots.addAll(cast);
      return this;
    }

    /**
     * Adds the same ballot several times, e.g. eight ballots approving one candidate.
     *
     * @param count how many times, at least 0
     * @param ballot the ballot
     * @return this builder
     */
    public Builder ballots(int count, Ballot ballot) {
      checkArgument(count >= 0, "negative ballot count: %s", count);
      for (int i = 0; i < count; i++) {
        ballots.add(ballot);
      }
      return this;
    }

    /**
     * Removes all ballots.
     *
     * @return this builder
     */
    public Builder clearBallots() {
      ballots.clear();
      return this;
    }

    /**
     * Marks the vote as a run-off.
     *
     * @param number the run-off round, from 1
     * @return this builder
     */
    public Builder round(int number) {
      this.round = Optional.of(number);
      return this;
    }

    /**
     * Builds the session.
     *
     * @return the immutable session
     */
    public VoteSession build() {
      return new VoteSession(group, year, purpose, present, candidates, ballots, round);
    }
  }
}
