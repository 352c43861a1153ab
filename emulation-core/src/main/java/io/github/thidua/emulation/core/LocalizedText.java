package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in Vietnamese and English, the two languages every message, name and label of the library
 * carries. Both texts are NFC-normalised.
 *
 * @param vi the Vietnamese text (tiếng Việt)
 * @param en the English text
 */
public record LocalizedText(String vi, String en) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param vi the Vietnamese text (tiếng Việt)
   * @param en the English text
   */
  public LocalizedText {
    vi = Names.nfc(Objects.requireNonNull(vi, "vi"));
    en = Names.nfc(Objects.requireNonNull(en, "en"));
    checkArgument(!vi.isBlank(), "Vietnamese text is blank");
    checkArgument(!en.isBlank(), "English text is blank");
  }

  /** Returns a text that reads the same in both languages, such as a proper name. */
  public static LocalizedText both(String text) {
    return new LocalizedText(text, text);
  }

  /**
   * Returns the text in the given locale's language: English for {@code en}, Vietnamese otherwise.
   *
   * @param locale the reader's locale
   * @return the text in that language
   */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }

}
