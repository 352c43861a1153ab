package io.github.thidua.emulation.core;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text helpers: NFC normalisation at the boundary and Vietnamese collation for display order.
 * Ids, never names, are keys; names are only compared for display.
 */
public final class Names {

  /** The Vietnamese locale used for collation. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Names() {}

  /**
   * Returns the NFC form of a text, so a name typed with combining marks (NFD) equals its precomposed form.
   *
   * @param text any text
   * @return its NFC normal form
   */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Returns a comparator that orders Vietnamese names as a Vietnamese reader expects (a, ă, â, b, …, đ after d),
   * falling back to code-point order so that distinct names never compare equal.
   *
   * @return a new comparator (collators are not thread-safe, so each call creates one)
   */
  public static Comparator<String> vietnameseOrder() {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    return (a, b) -> {
      int c = collator.compare(a, b);
      return c != 0 ? c : a.compareTo(b);
    };
  }
}
