package io.github.thidua.emulation.core.audit;

/**
 * The canonical forms a {@link Fingerprint} is computed over. Both are independent of input order and stable across
 * runs and machines; a fingerprint names its form in its {@link Fingerprint#algorithm() algorithm}, so a result
 * published under the first form can still be verified by running again under that form (see ADR 013).
 */
public enum CanonicalForm {
  /**
   * The first form (library 0.1): the full canonical text of every input and output, nested results and the
   * explanation traces included. Algorithm {@code SHA-256}.
   */
  TEXT("SHA-256"),

  /**
   * The compact form, the default: a binary encoding of the same values in which a nested result is written as its
   * own fingerprint, the group's scores and resolved rules as their digests (each computed once), and explanation
   * traces not at all (they are derived from the values that are hashed). Algorithm {@code SHA-256/2}.
   */
  COMPACT("SHA-256/2");

  private final String algorithm;

  CanonicalForm(String algorithm) {
    this.algorithm = algorithm;
  }

  /**
   * Returns the name of the algorithm of fingerprints in this form, as {@link Fingerprint#algorithm()} gives it.
   *
   * @return {@code SHA-256} or {@code SHA-256/2}
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Returns the form of an algorithm name.
   *
   * @param algorithm {@code SHA-256} or {@code SHA-256/2}
   * @return the form
   * @throws IllegalArgumentException for any other name
   */
  public static CanonicalForm ofAlgorithm(String algorithm) {
    for (CanonicalForm form : values()) {
      if (form.algorithm.equals(algorithm)) {
        return form;
      }
    }
    throw new IllegalArgumentException("not a fingerprint algorithm of this library: " + algorithm);
  }
}
