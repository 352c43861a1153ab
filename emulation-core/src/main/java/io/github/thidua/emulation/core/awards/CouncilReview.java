package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * The provincial council's review of the groups' proposals for one award (R20, the province's second stage): the
 * province's list, cut to the province's quota by the council's vote or by rank, as the rule kind
 * {@code award.council-review} says. What it approves is a subset of the proposals; every cut is explained, and
 * proposals tied for the last places wait for lots.
 *
 * @param award the award's code
 * @param quota the province's quota for the award
 * @param method how the list is cut
 * @param proposed the province's list, by group then unit
 * @param approved the proposals retained, best first
 * @param cut the proposals cut, each with its reason
 * @param undecided the proposals tied for the last places, which wait for lots or a council decision
 * @param trace how the list was cut
 * @param report what was found
 * @param rule the rule behind the review
 */
public record CouncilReview(String award, int quota, CouncilMethod method, List<CouncilItem> proposed,
    List<CouncilItem> approved, List<CouncilCut> cut, List<CouncilItem> undecided, Trace trace,
    ValidationReport report, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param award the award's code
   * @param quota the province's quota for the award
   * @param method how the list is cut
   * @param proposed the province's list, by group then unit
   * @param approved the proposals retained, best first
   * @param cut the proposals cut, each with its reason
   * @param undecided the proposals tied for the last places, which wait for lots or a council decision
   * @param trace how the list was cut
   * @param report what was found
   * @param rule the rule behind the review
   */
  public CouncilReview {
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(method, "method");
    proposed = List.copyOf(proposed);
    approved = List.copyOf(approved);
    cut = List.copyOf(cut);
    undecided = List.copyOf(undecided);
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rule, "rule");
    if (approved.size() > quota) {
      throw new IllegalArgumentException("the council approves at most its quota");
    }
  }
}
