package io.github.thidua.emulation.core.voting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.UnitId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One candidate's count.
 *
 * @param unit the candidate
 * @param approvals the counted ballots that approve it
 * @param base the denominator of its share, as the policy defines it (members, members present or valid ballots)
 * @param share {@code approvals ÷ base} with exactly 4 decimal places, truncated (never rounded up, so a shown
 *     share never overstates); 0.0000 when the base is 0. For display only: whether the candidate passed was
 *     decided on the exact fraction, see {@link #fraction()}
 * @param passed whether it reached the threshold in a valid vote with the quorum met, as an eligible candidate
 * @param explanation why it passed or not, in Vietnamese and English
 */
public record CandidateTally(UnitId unit, int approvals, int base, BigDecimal share, boolean passed,
    LocalizedText explanation) {

  /** The decimal places of {@link #share()}. */
  public static final int SHARE_SCALE = 4;

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the candidate
   * @param approvals the counted ballots that approve it
   * @param base the denominator of its share, as the policy defines it (members, members present or valid ballots)
   * @param share {@code approvals ÷ base} with exactly 4 decimal places, truncated (never rounded up, so a shown
   *     share never overstates); 0.0000 when the base is 0. For display only: whether the candidate passed was
   *     decided on the exact fraction, see {@link #fraction()}
   * @param passed whether it reached the threshold in a valid vote with the quorum met, as an eligible candidate
   * @param explanation why it passed or not, in Vietnamese and English
   */
  public CandidateTally {
    Objects.requireNonNull(unit, "unit");
    checkArgument(approvals >= 0 && base >= 0, "negative approvals or base: %s, %s", approvals, base);
    Objects.requireNonNull(share, "share");
    checkArgument(share.scale() == SHARE_SCALE, "a share has %s decimal places: %s", SHARE_SCALE, share);
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns the exact share as a fraction of the counts, e.g. {@code 8/10}.
   *
   * @return {@code approvals/base}
   */
  public String fraction() {
    return approvals + "/" + base;
  }
}
