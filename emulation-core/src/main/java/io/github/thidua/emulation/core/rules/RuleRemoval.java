package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A child layer's removal of an inherited rule, with the reason and the text that allows it.
 *
 * @param ruleId the id of the inherited rule to remove
 * @param reason why it no longer applies
 * @param citation the legal text behind the removal
 */
public record RuleRemoval(String ruleId, String reason, Citation citation) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param ruleId the id of the inherited rule to remove
   * @param reason why it no longer applies
   * @param citation the legal text behind the removal
   */
  public RuleRemoval {
    checkArgument(ruleId != null && Rule.ID.matcher(ruleId).matches(), "bad rule id to remove: '%s'", ruleId);
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "removal of %s has no reason", ruleId);
    Objects.requireNonNull(citation, "citation");
  }
}
