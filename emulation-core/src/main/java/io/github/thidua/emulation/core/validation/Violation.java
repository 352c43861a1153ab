package io.github.thidua.emulation.core.validation;

import io.github.thidua.emulation.core.LocalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in user data: a stable code (listed in {@link ViolationCodes}), how serious it is, what it is
 * about, what was observed against what limit, the rule and citation behind it, and a message in Vietnamese and
 * English.
 *
 * @param code the stable code, e.g. {@code group.members.too-few}; it never changes meaning between versions
 * @param severity how serious it is
 * @param subject what it is about
 * @param related other things involved (the groups of a duplicate membership, the group of an under-staffed member)
 * @param observed the value found, typed and rendered per language
 * @param limit the value the rule requires, typed and rendered per language
 * @param rule the rule behind it
 * @param message the explanation in Vietnamese and English
 */
public record Violation(
    String code,
    Severity severity,
    Subject subject,
    List<Subject> related,
    Value observed,
    Value limit,
    RuleReference rule,
    LocalizedText message) implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::subject)
      .thenComparing(Violation::code)
      .thenComparing(v -> v.related().toString())
      .thenComparing(v -> v.observed().en())
      .thenComparing(v -> v.limit().en())
      .thenComparing(v -> v.rule().id())
      .thenComparing(Violation::severity);

  /**
   * Creates the value, checking its invariants.
   *
   * @param code the stable code, e.g. {@code group.members.too-few}; it never changes meaning between versions
   * @param severity how serious it is
   * @param subject what it is about
   * @param related other things involved (the groups of a duplicate membership, the group of an under-staffed member)
   * @param observed the value found, typed and rendered per language
   * @param limit the value the rule requires, typed and rendered per language
   * @param rule the rule behind it
   * @param message the explanation in Vietnamese and English
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    related = related.stream().sorted().toList();
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** Orders by subject, then code, then the remaining parts, so reports are stable whatever the input order. */
  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }
}
