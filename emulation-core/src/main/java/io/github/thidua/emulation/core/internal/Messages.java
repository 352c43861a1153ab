package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Names;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message templates in Vietnamese and English, keyed by violation code. */
public final class Messages {
  /** One bundle per stage, so that each stage's messages live beside each other; keys never repeat across them. */
  private static final List<String> BUNDLES = List.of("messages", "rankingmessages", "votingmessages",
      "awardmessages", "allocationmessages");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final List<ResourceBundle> VI = load(Names.VIETNAMESE);
  private static final List<ResourceBundle> EN = load(Locale.ROOT);

  private static List<ResourceBundle> load(Locale locale) {
    List<ResourceBundle> bundles = new ArrayList<>();
    for (String name : BUNDLES) {
      try {
        bundles.add(ResourceBundle.getBundle("io.github.thidua.emulation.core.internal." + name, locale, NO_FALLBACK));
      } catch (MissingResourceException absent) {
        // a stage without messages yet
      }
    }
    return List.copyOf(bundles);
  }

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
    return find(VI, key) != null && find(EN, key) != null;
  }

  private static String format(List<ResourceBundle> bundles, Locale locale, String key, Object... args) {
    String template = find(bundles, key);
    if (template == null) {
      throw new MissingResourceException("no message for " + key, Messages.class.getName(), key);
    }
    return new MessageFormat(template, locale).format(args);
  }

  private static String find(List<ResourceBundle> bundles, String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }
}
