package io.github.thidua.emulation.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A SHA-256 fingerprint over a result's canonical inputs, the resolved rules and the outputs, so that anyone can
 * recompute a published result and check it is the same. The canonical form ignores input order; the algorithm
 * names the form: {@code SHA-256} for {@link CanonicalForm#TEXT}, {@code SHA-256/2} for
 * {@link CanonicalForm#COMPACT}.
 *
 * @param algorithm {@code SHA-256} or {@code SHA-256/2}
 * @param hex the digest, 64 lower-case hex digits
 */
public record Fingerprint(String algorithm, String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates the value, checking its invariants.
   *
   * @param algorithm {@code SHA-256} or {@code SHA-256/2}
   * @param hex the digest, 64 lower-case hex digits
   */
  public Fingerprint {
    checkArgument("SHA-256".equals(algorithm) || "SHA-256/2".equals(algorithm),
        "only SHA-256 and SHA-256/2 fingerprints: %s", algorithm);
    checkArgument(hex != null && HEX.matcher(hex).matches(), "not a SHA-256 hex digest: %s", hex);
  }

  /**
   * Returns the canonical form this fingerprint was computed over.
   *
   * @return the form its algorithm names
   */
  public CanonicalForm form() {
    return CanonicalForm.ofAlgorithm(algorithm);
  }

  /** Returns {@code sha256:<hex>} in the text form, {@code sha256/2:<hex>} in the compact form. */
  @Override
  public String toString() {
    return (algorithm.equals("SHA-256") ? "sha256:" : "sha256/2:") + hex;
  }
}
