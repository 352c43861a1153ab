package io.github.thidua.emulation.core.awards;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.internal.Messages;
import io.github.thidua.emulation.core.internal.Rational;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.Violation;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Exact texts, bilingual messages and violations of the award stage. */
final class AwardTexts {
  /** The layer name of the library's own defaults. */
  static final String LIBRARY_LAYER = "emulation";

  private AwardTexts() {}

  /**
   * Returns an exact, non-negative value as text: a finite decimal ({@code 2.4}), else a whole part and a
   * fraction in lowest terms ({@code 24 832/40075}), or the fraction alone below 1 ({@code 2/3}).
   */
  static String exact(Rational value) {
    String plain = value.toPlainString();
    if (!plain.contains("/") || value.signum() < 0) {
      return plain;
    }
    int whole = floor(value);
    return whole == 0 ? plain : whole + " " + value.minus(Rational.of(whole)).toPlainString();
  }

  /** Returns the largest whole number not above a value. */
  static int floor(Rational value) {
    return value.round(0, RoundingMode.FLOOR).intValueExact();
  }

  /** A reference to the library's own rule, for calls made without a rule from a rule book. */
  static RuleReference libraryRule(String id) {
    return new RuleReference(id, LIBRARY_LAYER,
        Citation.of("Phương pháp của thư viện emulation / emulation library method", "docs/awards-quotas.md"));
  }

  /** A group as the subject of a violation; its name is its id. */
  static Subject group(GroupId id) {
    return new Subject(SubjectType.GROUP, id.value(), id.value());
  }

  /** Formats a message template of the bundles in both languages. */
  static LocalizedText text(String key, Object... args) {
    return Messages.format(key, args);
  }

  /** Joins message fragments into one sentence per language, the first letter upper-case. */
  static LocalizedText sentence(List<LocalizedText> parts) {
    String vi = parts.stream().map(LocalizedText::vi).collect(Collectors.joining("; "));
    String en = parts.stream().map(LocalizedText::en).collect(Collectors.joining("; "));
    return new LocalizedText(capitalise(vi) + ".", capitalise(en) + ".");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** Builds a violation with its message from the bundles (arguments {0}–{5} as documented there). */
  static Violation violation(String code, Severity severity, Subject subject, List<Subject> related,
      Object observed, Object limit, RuleReference rule) {
    String relatedNames = related.stream().sorted().map(Subject::name).collect(Collectors.joining(", "));
    Value seen = Value.of(observed);
    Value required = Value.of(limit);
    LocalizedText message = Messages.format(code, subject.name(), subject.id(), seen, required, relatedNames,
        rule.citation().text());
    return new Violation(code, severity, subject, related, seen, required, rule, message);
  }
}
