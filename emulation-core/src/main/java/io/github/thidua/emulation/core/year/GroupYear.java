package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.LeadingUnit;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One group's year: every stage's result, each equal to what that stage gives when called alone.
 *
 * @param group the group
 * @param scores the scores
 * @param preliminary the ranking before the honouring vote
 * @param ranking the final ranking, with the vote's approvals and the lots
 * @param votes every vote of the group's year, by purpose then round
 * @param leadingUnit the group's leading unit
 * @param plan the award plan
 * @param proposal the check of the group's own proposal, if it made one
 * @param rotations the rotation check per award with history, by award
 * @param report the group's findings, each once, with its stage (the rule book's own findings are in the run's
 *     report)
 */
public record GroupYear(EmulationGroup group, GroupScores scores, Ranking preliminary, Ranking ranking,
    List<VoteResult> votes, LeadingUnit leadingUnit, AwardPlan plan, Optional<ValidationReport> proposal,
    List<RotationReport> rotations, YearReport report) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param scores the scores
   * @param preliminary the ranking before the honouring vote
   * @param ranking the final ranking
   * @param votes every vote of the group's year
   * @param leadingUnit the group's leading unit
   * @param plan the award plan
   * @param proposal the check of the group's own proposal, if any
   * @param rotations the rotation checks
   * @param report the group's findings
   */
  public GroupYear {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(preliminary, "preliminary");
    Objects.requireNonNull(ranking, "ranking");
    votes = List.copyOf(votes);
    Objects.requireNonNull(leadingUnit, "leadingUnit");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(proposal, "proposal");
    rotations = List.copyOf(rotations);
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns the deciding vote of a purpose: its last round of the group's year.
   *
   * @param purpose the purpose
   * @return the vote, if one was held
   */
  public Optional<VoteResult> vote(VotePurpose purpose) {
    return votes.stream().filter(v -> v.purpose() == purpose && v.year() == group.year())
        .max(Comparator.comparing(v -> v.round().orElse(0)));
  }
}
