package io.github.thidua.emulation.core.voting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.validation.RuleReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The voting policy in force for a group, read from the rule kind {@code vote.honouring}. When the rule omits a
 * parameter, the catalogue's default applies: no quorum, comparison {@code at-least}, base {@code members}, blank
 * ballots {@code against}, candidates from anywhere ({@code candidatesFromTop = 0}), run-off on a tie. When the
 * group has no such rule at all, {@link #libraryDefault()} applies: more than half of the members.
 *
 * <p>The threshold is the exact decimal given and is compared exactly: a share {@code a/b} passes
 * {@code greater t} iff {@code a > t × b}, and {@code at-least t} iff {@code a ≥ t × b}, in exact decimal
 * arithmetic. So "at least two thirds" written {@code at-least 0.6667} is <em>stricter</em> than ⅔ (4 of 6 =
 * 0.6666… fails it); write {@code at-least 0.6666} (or {@code greater 0.6666}) instead, which is exact for every
 * group of fewer than 10,000 members.
 *
 * @param quorum the least share of the members that must be present, from 0 to 1; empty for no quorum
 * @param threshold the share of approvals a candidate needs, from 0 to 1, e.g. {@code 0.5}, {@code 0.8}
 * @param comparison {@code >} or {@code ≥}
 * @param base the denominator of the share
 * @param blank how blank ballots and abstentions count (only with the base {@link VoteBase#VALID})
 * @param candidatesFromTop if positive, candidates must be among this many first units of the ranking
 * @param runoffOnTie whether a tie for a single-winner purpose calls for a run-off vote
 * @param rule the rule the policy came from; layer {@code emulation} for the library default
 */
public record VotePolicy(Optional<BigDecimal> quorum, BigDecimal threshold, ThresholdComparison comparison,
    VoteBase base, BlankBallots blank, int candidatesFromTop, boolean runoffOnTie, RuleReference rule) {

  /** The rule kind the policy is read from. */
  public static final String KIND = "vote.honouring";

  /** The layer name of the library's own defaults. */
  public static final String LIBRARY_LAYER = "emulation";

  private static final RuleReference DEFAULT_RULE = new RuleReference(KIND, LIBRARY_LAYER,
      Citation.of("Mặc định của thư viện emulation / library default", "docs/voting.md"));

  /**
   * Creates the value, checking its invariants.
   *
   * @param quorum the least share of the members that must be present, from 0 to 1; empty for no quorum
   * @param threshold the share of approvals a candidate needs, from 0 to 1, e.g. {@code 0.5}, {@code 0.8}
   * @param comparison {@code >} or {@code ≥}
   * @param base the denominator of the share
   * @param blank how blank ballots and abstentions count (only with the base {@link VoteBase#VALID})
   * @param candidatesFromTop if positive, candidates must be among this many first units of the ranking
   * @param runoffOnTie whether a tie for a single-winner purpose calls for a run-off vote
   * @param rule the rule the policy came from; layer {@code emulation} for the library default
   */
  public VotePolicy {
    Objects.requireNonNull(quorum, "quorum");
    quorum.ifPresent(q -> checkArgument(isShare(q), "a quorum is a share from 0 to 1: %s", q));
    Objects.requireNonNull(threshold, "threshold");
    checkArgument(isShare(threshold), "a threshold is a share from 0 to 1: %s", threshold);
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(blank, "blank");
    checkArgument(candidatesFromTop >= 0, "candidatesFromTop is negative: %s", candidatesFromTop);
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Tells whether a decimal is a share from 0 to 1 inclusive.
   *
   * @param value the decimal
   * @return whether {@code 0 ≤ value ≤ 1}
   */
  public static boolean isShare(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Returns the library default, used when no {@code vote.honouring} rule is in force for the group: approvals
   * greater than 0.5 of the members (a majority of all members), blank ballots against, no quorum, candidates from
   * anywhere, run-off on a tie. Its rule reference names the layer {@value #LIBRARY_LAYER}.
   *
   * @return the default policy
   */
  public static VotePolicy libraryDefault() {
    return new VotePolicy(Optional.empty(), new BigDecimal("0.5"), ThresholdComparison.GREATER, VoteBase.MEMBERS,
        BlankBallots.AGAINST, 0, true, DEFAULT_RULE);
  }

  /**
   * Tells whether this is the library default rather than a rule of the rule book.
   *
   * @return whether the rule reference names the layer {@value #LIBRARY_LAYER}
   */
  public boolean isLibraryDefault() {
    return rule.layer().equals(LIBRARY_LAYER);
  }

  /**
   * Tells whether a count of approvals out of a base passes the threshold, exactly: {@code approvals > threshold
   * × base} or {@code approvals ≥ threshold × base}. Nothing passes a base of 0.
   *
   * @param approvals the approvals, at least 0
   * @param base the denominator, at least 0
   * @return whether the share passes
   */
  public boolean passes(long approvals, long base) {
    checkArgument(approvals >= 0 && base >= 0, "negative approvals or base: %s, %s", approvals, base);
    if (base == 0) {
      return false;
    }
    int c = BigDecimal.valueOf(approvals).compareTo(threshold.multiply(BigDecimal.valueOf(base)));
    return comparison == ThresholdComparison.GREATER ? c > 0 : c >= 0;
  }

  /**
   * Returns the fewest approvals that pass out of a base: {@code ⌊threshold × base⌋ + 1} for {@code greater},
   * {@code ⌈threshold × base⌉} for {@code at-least}; never more than {@code base + 1} (which means nobody can pass).
   *
   * @param base the denominator, at least 0
   * @return the fewest passing approvals
   */
  public long needed(long base) {
    checkArgument(base >= 0, "negative base: %s", base);
    BigDecimal product = threshold.multiply(BigDecimal.valueOf(base));
    BigInteger floor = product.setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
    BigInteger ceiling = product.setScale(0, java.math.RoundingMode.CEILING).toBigIntegerExact();
    long needed = comparison == ThresholdComparison.GREATER ? floor.longValueExact() + 1 : ceiling.longValueExact();
    return base == 0 ? 1 : Math.min(needed, base + 1);
  }

  /**
   * Tells whether enough members are present: {@code present ≥ quorum × members}, exactly; always true without a
   * quorum.
   *
   * @param present the members present
   * @param members the group's members
   * @return whether the quorum is met
   */
  public boolean quorumMet(long present, long members) {
    return quorum.map(q -> BigDecimal.valueOf(present).compareTo(q.multiply(BigDecimal.valueOf(members))) >= 0)
        .orElse(true);
  }

  /**
   * Returns a short description for results and traces, e.g. {@code approvals ≥ 0.8 of members; blank ballots and
   * abstentions against; no quorum; candidates: any; run-off on a tie}.
   *
   * @return the description
   */
  public String describe() {
    String baseText = switch (base) {
      case MEMBERS -> "members";
      case PRESENT -> "members present";
      case VALID -> "valid ballots";
    };
    return "approvals " + comparison.symbol() + " " + threshold.toPlainString() + " of " + baseText
        + "; blank ballots and abstentions " + (blank == BlankBallots.AGAINST ? "against" : "excluded")
        + "; " + quorum.map(q -> "quorum " + q.toPlainString() + " of members").orElse("no quorum")
        + "; candidates: " + (candidatesFromTop > 0 ? "top " + candidatesFromTop + " of the ranking" : "any")
        + "; " + (runoffOnTie ? "run-off on a tie" : "no run-off on a tie");
  }
}
