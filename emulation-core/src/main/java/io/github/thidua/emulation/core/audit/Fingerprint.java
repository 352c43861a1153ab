package io.github.thidua.emulation.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A SHA-256 fingerprint over a result's canonical inputs, the resolved rules and the outputs, so that anyone can
 * recompute a published result and check it is the same. The canonical form ignores input order.
 *
 * @param algorithm always {@code SHA-256}
 * @param hex the digest, 64 lower-case hex digits
 */
public record Fingerprint(String algorithm, String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates the value, checking its invariants.
   *
   * @param algorithm always {@code SHA-256}
   * @param hex the digest, 64 lower-case hex digits
   */
  public Fingerprint {
    checkArgument("SHA-256".equals(algorithm), "only SHA-256 fingerprints: %s", algorithm);
    checkArgument(hex != null && HEX.matcher(hex).matches(), "not a SHA-256 hex digest: %s", hex);
  }

  @Override
  public String toString() {
    return "sha256:" + hex;
  }
}
