package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregation policy in force for a group, read from the rule kind {@code scoring.aggregation}.
 *
 * @param method how sheets are combined
 * @param chain roles in priority order; for peer methods, the role whose sheet supplies the bonus and deduction
 *     claims
 * @param minRaters the fewest peer sheets a peer method needs
 * @param trim how many lowest and highest values the trimmed mean drops
 * @param selfMargin flag a self-score above the final score by more than this, if set
 * @param rule the rule the policy came from
 */
public record AggregationPolicy(AggregationMethod method, List<ScorerRole> chain, int minRaters, int trim,
    Optional<BigDecimal> selfMargin, RuleReference rule) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param method how sheets are combined
   * @param chain roles in priority order; for peer methods, the role whose sheet supplies the bonus and deduction
   *     claims
   * @param minRaters the fewest peer sheets a peer method needs
   * @param trim how many lowest and highest values the trimmed mean drops
   * @param selfMargin flag a self-score above the final score by more than this, if set
   * @param rule the rule the policy came from
   */
  public AggregationPolicy {
    Objects.requireNonNull(method, "method");
    chain = List.copyOf(chain);
    checkArgument(!chain.isEmpty(), "an aggregation chain names at least one role");
    checkArgument(minRaters >= 0 && trim >= 0, "negative minRaters or trim");
    Objects.requireNonNull(selfMargin, "selfMargin");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Returns a short description for results, e.g. {@code override-chain COUNCIL>HEAD>SELF}.
   *
   * @return the description
   */
  public String describe() {
    return switch (method) {
      case OVERRIDE_CHAIN -> method.wireName() + " " + String.join(">", chain.stream().map(Enum::name).toList());
      case TRIMMED_MEAN -> method.wireName() + " of peers, trim " + trim + ", at least " + minRaters;
      default -> method.wireName() + " of peers, at least " + minRaters;
    };
  }
}
