package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.CouncilVote;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a province's year needs, in any order: the organisation, the rule book, the score sheets, the votes
 * of every purpose and round, the award history, the groups' proposals, the council's votes, the lots drawn outside
 * the library and an optional scale. Nothing is decided silently: a tie the rules cannot break waits for lots given
 * here, and a run-off is a vote session of the next round.
 *
 * @param province the organisation data (its reference date selects the rules in force)
 * @param rules the rule book
 * @param sheets the score sheets of every group
 * @param votes the vote sessions of every group, purpose and round
 * @param history the award history, per group and award
 * @param proposals the groups' own proposals
 * @param councilVotes the provincial council's votes on the province's list, per award
 * @param rankingLots lots drawn for a group's unresolved ties, best first, per group
 * @param apportionmentLots lots drawn for the province's last seats of an award, per award
 * @param councilLots lots drawn for the council's last places of an award, per award
 * @param scale a scale to score every group on, instead of the scales the rule book binds to them
 * @param fingerprints the canonical form of the results' fingerprints: {@link CanonicalForm#COMPACT} unless a
 *     result published in the first form is being verified
 */
public record YearInputs(Province province, RuleBook rules, List<ScoreSheet> sheets, List<VoteSession> votes,
    List<AwardHistory> history, List<Proposal> proposals, List<CouncilVote> councilVotes,
    Map<GroupId, List<UnitId>> rankingLots, Map<String, List<GroupId>> apportionmentLots,
    Map<String, List<UnitId>> councilLots, Optional<ScoringScale> scale, CanonicalForm fingerprints) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param province the organisation data
   * @param rules the rule book
   * @param sheets the score sheets of every group
   * @param votes the vote sessions of every group, purpose and round
   * @param history the award history, per group and award
   * @param proposals the groups' own proposals
   * @param councilVotes the provincial council's votes, per award
   * @param rankingLots lots per group
   * @param apportionmentLots lots per award for the province's seats
   * @param councilLots lots per award for the council's places
   * @param scale a scale for every group, if given
   * @param fingerprints the canonical form of fingerprints
   */
  public YearInputs {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(rules, "rules");
    sheets = List.copyOf(sheets);
    votes = List.copyOf(votes);
    history = List.copyOf(history);
    proposals = List.copyOf(proposals);
    councilVotes = List.copyOf(councilVotes);
    rankingLots = copy(rankingLots);
    apportionmentLots = copy(apportionmentLots);
    councilLots = copy(councilLots);
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(fingerprints, "fingerprints");
  }

  private static <K extends Comparable<K>, V> Map<K, List<V>> copy(Map<K, List<V>> map) {
    Map<K, List<V>> sorted = new TreeMap<>();
    map.forEach((k, v) -> sorted.put(Objects.requireNonNull(k), List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(sorted);
  }

  /**
   * Starts inputs for a province under a rule book, with no data yet.
   *
   * @param province the organisation data
   * @param rules the rule book
   * @return a builder
   */
  public static Builder builder(Province province, RuleBook rules) {
    return new Builder(province, rules);
  }

  /** Builds {@link YearInputs}; every list may be given in any order. */
  public static final class Builder {
    private final Province province;
    private final RuleBook rules;
    private final List<ScoreSheet> sheets = new ArrayList<>();
    private final List<VoteSession> votes = new ArrayList<>();
    private final List<AwardHistory> history = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<CouncilVote> councilVotes = new ArrayList<>();
    private final Map<GroupId, List<UnitId>> rankingLots = new TreeMap<>();
    private final Map<String, List<GroupId>> apportionmentLots = new TreeMap<>();
    private final Map<String, List<UnitId>> councilLots = new TreeMap<>();
    private Optional<ScoringScale> scale = Optional.empty();
    private CanonicalForm fingerprints = CanonicalForm.COMPACT;

    private Builder(Province province, RuleBook rules) {
      this.province = Objects.requireNonNull(province, "province");
      this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Adds score sheets.
     *
     * @param more the sheets
     * @return this builder
     */
    public Builder sheets(List<ScoreSheet> more) {
      sheets.addAll(more);
      return this;
    }

    /**
     * Adds vote sessions (of any purpose and round).
     *
     * @param more the sessions
     * @return this builder
     */
    public Builder votes(List<VoteSession> more) {
      votes.addAll(more);
      return this;
    }

    /**
     * Adds award history.
     *
     * @param more the histories
     * @return this builder
     */
    public Builder history(List<AwardHistory> more) {
      history.addAll(more);
      return this;
    }

    /**
     * Adds the groups' proposals.
     *
     * @param more the proposals
     * @return this builder
     */
    public Builder proposals(List<Proposal> more) {
      proposals.addAll(more);
      return this;
    }

    /**
     * Adds the council's votes.
     *
     * @param more the votes
     * @return this builder
     */
    public Builder councilVotes(List<CouncilVote> more) {
      councilVotes.addAll(more);
      return this;
    }

    /**
     * Gives the lots drawn for a group's unresolved ties.
     *
     * @param group the group
     * @param order the units, first drawn first
     * @return this builder
     */
    public Builder rankingLots(GroupId group, List<UnitId> order) {
      rankingLots.put(group, List.copyOf(order));
      return this;
    }

    /**
     * Gives the lots drawn for the province's last seats of an award.
     *
     * @param award the award's code
     * @param order the groups, first drawn first
     * @return this builder
     */
    public Builder apportionmentLots(String award, List<GroupId> order) {
      apportionmentLots.put(award, List.copyOf(order));
      return this;
    }

    /**
     * Gives the lots drawn for the council's last places of an award.
     *
     * @param award the award's code
     * @param order the units, first drawn first
     * @return this builder
     */
    public Builder councilLots(String award, List<UnitId> order) {
      councilLots.put(award, List.copyOf(order));
      return this;
    }

    /**
     * Scores every group on one scale instead of the scales the rule book binds to them.
     *
     * @param value the scale
     * @return this builder
     */
    public Builder scale(ScoringScale value) {
      scale = Optional.of(value);
      return this;
    }

    /**
     * Computes the results' fingerprints in a given canonical form, e.g. {@link CanonicalForm#TEXT} to verify a
     * result published in the first form (its fingerprint's algorithm is {@code SHA-256}).
     *
     * @param form the form
     * @return this builder
     */
    public Builder fingerprints(CanonicalForm form) {
      fingerprints = Objects.requireNonNull(form, "form");
      return this;
    }

    /**
     * Builds the inputs.
     *
     * @return the inputs
     */
    public YearInputs build() {
      return new YearInputs(province, rules, sheets, votes, history, proposals, councilVotes, rankingLots,
          apportionmentLots, councilLots, scale, fingerprints);
    }
  }
}
