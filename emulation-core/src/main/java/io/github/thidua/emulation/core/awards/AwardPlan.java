package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * An award plan for a group and year: who gets what and why, who was passed over and why, and awards that could
 * not be allocated because a tie at the quota's edge needs lots.
 *
 * @param group the group
 * @param year the year
 * @param grants the awards granted, by award precedence then rank
 * @param passedOver eligible-rank units that did not get an award, with the reason
 * @param undecided per award, the tied units competing for the last places, if a tie straddles the quota
 * @param trace the explanation
 * @param report problems found
 * @param fingerprint SHA-256 over the ranking, the rules, the leader and the plan
 */
public record AwardPlan(GroupId group, int year, List<Grant> grants, List<PassedOver> passedOver,
    List<UndecidedAward> undecided, Trace trace, ValidationReport report, Fingerprint fingerprint) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param year the year
   * @param grants the awards granted, by award precedence then rank
   * @param passedOver eligible-rank units that did not get an award, with the reason
   * @param undecided per award, the tied units competing for the last places, if a tie straddles the quota
   * @param trace the explanation
   * @param report problems found
   * @param fingerprint SHA-256 over the ranking, the rules, the leader and the plan
   */
  public AwardPlan {
    Objects.requireNonNull(group, "group");
    grants = List.copyOf(grants);
    passedOver = List.copyOf(passedOver);
    undecided = List.copyOf(undecided);
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * Returns the units granted an award.
   *
   * @param award the award's code
   * @return the units, in rank order
   */
  public List<UnitId> granted(String award) {
    return grants.stream().filter(g -> g.award().equals(award)).map(Grant::unit).toList();
  }
}
