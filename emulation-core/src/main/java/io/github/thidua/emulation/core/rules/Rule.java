package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of a rule set: which {@linkplain RuleKind kind} of rule applies, with which parameters, on whose
 * authority, and when.
 *
 * <p>The id names the rule within a layered rule set: a child layer overrides a rule by defining one with the same
 * id, or removes it with a {@link RuleRemoval}. The id is usually the kind itself ({@code group.min-members}); two
 * rules of one kind need two ids (say {@code cluster.min-members} and {@code bloc.min-members}).
 *
 * @param id the rule's id, unique within a resolved rule set
 * @param kind the rule kind from the catalogue ({@link RuleKinds})
 * @param scope national law, central guidance, local regulation or derived
 * @param citation the legal text it comes from
 * @param params its parameter values
 * @param validFrom first day it applies, if narrower than its rule set
 * @param validTo last day it applies, if narrower than its rule set
 */
public record Rule(
    String id,
    String kind,
    RuleScope scope,
    Citation citation,
    RuleParameters params,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validTo) {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

  /**
   * Creates the value, checking its invariants.
   *
   * @param id the rule's id, unique within a resolved rule set
   * @param kind the rule kind from the catalogue ({@link RuleKinds})
   * @param scope national law, central guidance, local regulation or derived
   * @param citation the legal text it comes from
   * @param params its parameter values
   * @param validFrom first day it applies, if narrower than its rule set
   * @param validTo last day it applies, if narrower than its rule set
   */
  public Rule {
    checkArgument(id != null && ID.matcher(id).matches() && id.length() <= 128,
        "rule id must be dot-separated lower-case words, e.g. group.min-members: '%s'", id);
    checkArgument(kind != null && ID.matcher(kind).matches() && kind.length() <= 128,
        "rule kind must be dot-separated lower-case words, e.g. group.min-members: '%s'", kind);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validFrom.isPresent() && validTo.isPresent()) {
      checkArgument(!validTo.get().isBefore(validFrom.get()), "rule %s ends before it starts", id);
    }
  }

  /**
   * Returns a rule whose id is its kind, valid whenever its rule set is.
   *
   * @param kind the rule kind
   * @param scope its authority
   * @param citation its legal source
   * @param params its parameters
   * @return the rule
   */
  public static Rule of(String kind, RuleScope scope, Citation citation, RuleParameters params) {
    return new Rule(kind, kind, scope, citation, params, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with another id, to hold two rules of one kind.
   *
   * @param newId the id
   * @return the copy
   */
  public Rule withId(String newId) {
    return new Rule(newId, kind, scope, citation, params, validFrom, validTo);
  }

  /**
   * Returns a copy that applies only between two dates.
   *
   * @param from first day, if any
   * @param to last day, if any
   * @return the copy
   */
  public Rule withValidity(Optional<LocalDate> from, Optional<LocalDate> to) {
    return new Rule(id, kind, scope, citation, params, from, to);
  }

  /**
   * Tells whether the rule applies on a date, judged by its own dates only.
   *
   * @param date the date
   * @return whether it applies
   */
  public boolean isValidOn(LocalDate date) {
    return validFrom.map(f -> !date.isBefore(f)).orElse(true) && validTo.map(t -> !date.isAfter(t)).orElse(true);
  }
}
