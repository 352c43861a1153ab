package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Names;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message templates in Vietnamese and English, keyed by violation code. */
public final class Messages {
  private static final String BUNDLE = "io.github.thidua.emulation.core.internal.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle VI = ResourceBundle.getBundle(BUNDLE, Names.VIETNAMESE, NO_FALLBACK);
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);

  private Messages() {}

  /**
   * Formats the message of a key in both languages.
   *
   * @param key the message key (a violation code or another key of the bundle)
   * @param args the arguments the template refers to as {0}, {1}, …
   * @return the two texts
   * @throws MissingResourceException if a bundle lacks the key (a defect, caught by tests)
   */
  public static LocalizedText format(String key, Object... args) {
    return new LocalizedText(format(VI, Names.VIETNAMESE, key, args), format(EN, Locale.ENGLISH, key, args));
  }

  /**
   * Tells whether both bundles have a key.
   *
   * @param key the key
   * @return whether it is present
   */
  public static boolean has(String key) {
    return VI.containsKey(key) && EN.containsKey(key);
  }

  private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
