package io.github.thidua.emulation.core.voting;

import java.util.Arrays;

/** How a candidate's share of approvals is compared with the threshold. */
public enum ThresholdComparison {
  /** The share must be strictly greater than the threshold ({@code >}, "quá", "trên"). */
  GREATER("greater", ">"),
  /** The share must be at least the threshold ({@code ≥}, "từ … trở lên", "ít nhất"). */
  AT_LEAST("at-least", "≥");

  private final String wireName;
  private final String symbol;

  ThresholdComparison(String wireName, String symbol) {
    this.wireName = wireName;
    this.symbol = symbol;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return {@code greater} or {@code at-least}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the mathematical symbol.
   *
   * @return {@code >} or {@code ≥}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the comparison with a rule-data name.
   *
   * @param name {@code greater} or {@code at-least}
   * @return the comparison
   * @throws IllegalArgumentException if the name is unknown
   */
  public static ThresholdComparison fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown comparison: " + name));
  }
}
