package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.validation.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Message templates in Vietnamese and English, keyed by violation code. */
public final class Messages {
  /** One bundle per stage, so that each stage's messages live beside each other; keys never repeat across them. */
  private static final List<String> BUNDLES = List.of("messages", "rankingmessages", "votingmessages",
      "awardmessages", "allocationmessages", "yearmessages", "valuemessages");
  private static final List<ResourceBundle> VI = load("_vi");
  private static final List<ResourceBundle> EN = load("");
  /** Each template parsed once per language. */
  private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();

  /**
   * Reads the bundles of one language straight from this package's {@code .properties} files (UTF-8): exactly the
   * file asked for, never the default locale's, and without {@code ResourceBundle.Control}, which named modules do
   * not support.
   */
  private static List<ResourceBundle> load(String suffix) {
    List<ResourceBundle> bundles = new ArrayList<>();
    for (String name : BUNDLES) {
      try (InputStream in = Messages.class.getResourceAsStream(name + suffix + ".properties")) {
        if (in != null) {
          bundles.add(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the message bundle " + name + suffix, e);
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
    return new LocalizedText(format(Names.VIETNAMESE, key, args), format(Locale.ENGLISH, key, args));
  }

  /**
   * Formats the message of a key in one language; a typed {@link Value} argument is rendered in that language.
   *
   * @param locale the language ({@code en}, else Vietnamese)
   * @param key the message key
   * @param args the arguments
   * @return the text
   */
  public static String format(Locale locale, String key, Object... args) {
    boolean en = "en".equals(locale.getLanguage());
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      rendered[i] = args[i] instanceof Value v ? v.in(locale) : args[i];
    }
    return en ? format(EN, Locale.ENGLISH, key, rendered) : format(VI, Names.VIETNAMESE, key, rendered);
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
    Template parsed = PARSED.computeIfAbsent(locale.toLanguageTag() + " " + key, k -> {
      String template = find(bundles, key);
      if (template == null) {
        throw new MissingResourceException("no message for " + key, Messages.class.getName(), key);
      }
      return Template.parse(template, locale);
    });
    return parsed.format(args);
  }

  private static String find(List<ResourceBundle> bundles, String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  /**
   * A template of {@code {n}} arguments, formatted as {@link MessageFormat} formats it (a quote is written
   * {@code ''}, text between single quotes is literal, a number argument is formatted by the locale's
   * {@code NumberFormat}, anything else by its text), without parsing the pattern or allocating a formatter for
   * each message: the year formats one for every unit an award passes over. A pattern with a format type
   * ({@code {0,number}}) is left to {@code MessageFormat}.
   */
  private record Template(List<Object> parts, Locale locale, MessageFormat fallback) {
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

    static Template parse(String pattern, Locale locale) {
      List<Object> parts = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          text.append('\'');
          i++;
        } else if (c == '\'') {
          quoted = !quoted;
        } else if (c == '{' && !quoted) {
          int close = pattern.indexOf('}', i);
          String index = close < 0 ? "" : pattern.substring(i + 1, close);
          if (!index.matches("[0-9]{1,2}")) {
            return new Template(List.of(), locale, new MessageFormat(pattern, locale));
          }
          if (text.length() > 0) {
            parts.add(text.toString());
            text.setLength(0);
          }
          parts.add(Integer.valueOf(index));
          i = close;
        } else {
          text.append(c);
        }
      }
      if (text.length() > 0) {
        parts.add(text.toString());
      }
      return new Template(List.copyOf(parts), locale, null);
    }

    String format(Object[] args) {
      if (fallback != null) {
        return ((MessageFormat) fallback.clone()).format(args);
      }
      StringBuilder out = new StringBuilder(128);
      for (Object part : parts) {
        if (part instanceof String text) {
          out.append(text);
        } else {
          int n = (Integer) part;
          if (n >= args.length) {
            out.append('{').append(n).append('}');
          } else {
            Object arg = args[n];
            if (arg instanceof Number number) {
              out.append(NUMBERS.get().computeIfAbsent(locale, NumberFormat::getInstance).format(number));
            } else if (arg instanceof java.util.Date || arg == null) {
              out.append(new MessageFormat("{0}", locale).format(new Object[] {arg}));
            } else {
              out.append(arg);
            }
          }
        }
      }
      return out.toString();
    }
  }
}
