package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * Identifier of a rule set (one layer), e.g. {@code vn} or {@code vn-hung-yen}.
 *
 * @param value lower-case ASCII letters, digits, {@code .} and {@code -}
 */
public record RuleSetId(String value) implements Comparable<RuleSetId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9.-]{0,127}");

  /**
   * Creates the value, checking its invariants.
   *
   * @param value lower-case ASCII letters, digits, {@code .} and {@code -}
   */
  public RuleSetId {
    checkArgument(value != null && FORM.matcher(value).matches(),
        "rule set id must be lower-case ASCII letters, digits, '.' or '-': '%s'", value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static RuleSetId of(String value) {
    return new RuleSetId(value);
  }

  @Override
  public int compareTo(RuleSetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
