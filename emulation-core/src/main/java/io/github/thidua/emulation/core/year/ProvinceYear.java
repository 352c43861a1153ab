package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.CouncilReview;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A province's year: the organisation check, the province-wide apportionments, every group's year, the provincial
 * council's reviews, and one report in which each finding appears once, with the stage that found it.
 *
 * @param year the year
 * @param organisation the rule book's check and the organisation's validation
 * @param apportionments the province-wide quotas apportioned across the groups, by award
 * @param groups the groups' years, by group id
 * @param council the council's reviews, by award (only when every group ran)
 * @param report every finding, once
 */
public record ProvinceYear(int year, ValidationReport organisation, List<ApportionmentResult> apportionments,
    List<GroupYear> groups, List<CouncilReview> council, YearReport report) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param year the year
   * @param organisation the organisation's validation
   * @param apportionments the apportionments
   * @param groups the groups' years
   * @param council the council's reviews
   * @param report every finding, once
   */
  public ProvinceYear {
    Objects.requireNonNull(organisation, "organisation");
    apportionments = List.copyOf(apportionments);
    groups = List.copyOf(groups);
    council = List.copyOf(council);
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns one group's year.
   *
   * @param id the group
   * @return its year, if it ran
   */
  public Optional<GroupYear> group(GroupId id) {
    return groups.stream().filter(g -> g.group().id().equals(id)).findFirst();
  }

  /**
   * Returns the council's review of an award.
   *
   * @param award the award's code
   * @return the review, if the rule book has one for the award
   */
  public Optional<CouncilReview> council(String award) {
    return council.stream().filter(c -> c.award().equals(award)).findFirst();
  }
}
