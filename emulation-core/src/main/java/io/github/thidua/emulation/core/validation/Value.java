package io.github.thidua.emulation.core.validation;

import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A typed value in a finding (what was observed, what the rule requires), rendered per language when shown:
 * numbers with the language's decimal mark, dates as each language writes them, the library's own phrases from its
 * message bundles, and data (ids, codes, names) exactly as given.
 */
public sealed interface Value permits Value.Count, Value.Decimal, Value.Text, Value.Date, Value.Phrase, Value.Items {

  /** The empty text, for a finding with nothing to show on one side. */
  Value NONE = new Text("");

  /**
   * Renders the value in a language.
   *
   * @param locale the language ({@code vi} or {@code en}; any other renders as Vietnamese)
   * @return the text
   */
  String in(Locale locale);

  /**
   * Renders the value in Vietnamese.
   *
   * @return the text
   */
  default String vi() {
    return in(Names.VIETNAMESE);
  }

  /**
   * Renders the value in English.
   *
   * @return the text
   */
  default String en() {
    return in(Locale.ENGLISH);
  }

  /**
   * A whole number: a count, a year, a rank.
   *
   * @param value the number
   */
  record Count(long value) implements Value {
    @Override
    public String in(Locale locale) {
      return Long.toString(value);
    }
  }

  /**
   * An exact decimal: a score, a share, a threshold.
   *
   * @param value the number
   */
  record Decimal(BigDecimal value) implements Value {
    /**
     * Creates the value, checking its invariants.
     *
     * @param value the number
     */
    public Decimal {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String in(Locale locale) {
      // a number beyond the library's bounds is written in scientific form: 1e999999999 has no printable digits
      String plain = Numbers.inBounds(value) ? value.toPlainString() : value.toString();
      return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
  }

  /**
   * Data as given: an id, a code, a name, a parameter's value.
   *
   * @param value the text
   */
  record Text(String value) implements Value {
    /**
     * Creates the value, checking its invariants.
     *
     * @param value the text
     */
    public Text {
      value = Names.nfc(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String in(Locale locale) {
      return value;
    }
  }

  /**
   * A day.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements Value {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Creates the value, checking its invariants.
     *
     * @param value the date
     */
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String in(Locale locale) {
      return "en".equals(locale.getLanguage()) ? value.toString() : VI.format(value);
    }
  }

  /**
   * One of the library's phrases ("a unit id", "the top 2 eligible units of …"), written in each language by its
   * message bundles under {@code value.<key>}, with its arguments rendered in the same language.
   *
   * @param key the phrase's key, e.g. {@code unit-id}
   * @param args the arguments the phrase refers to as {0}, {1}, …
   */
  record Phrase(String key, List<Value> args) implements Value {
    /**
     * Creates the value, checking its invariants.
     *
     * @param key the phrase's key
     * @param args its arguments
     */
    public Phrase {
      Objects.requireNonNull(key, "key");
      args = List.copyOf(args);
      if (!Messages.has("value." + key)) {
        throw new IllegalArgumentException("no phrase value." + key + " in the message bundles");
      }
    }

    @Override
    public String in(Locale locale) {
      return Messages.format(locale, "value." + key, args.stream().map(a -> a.in(locale)).toArray());
    }
  }

  /**
   * A list of values, such as the units of a tie.
   *
   * @param items the values, in order
   */
  record Items(List<Value> items) implements Value {
    /**
     * Creates the value, checking its invariants.
     *
     * @param items the values, in order
     */
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public String in(Locale locale) {
      return items.stream().map(i -> i.in(locale)).collect(Collectors.joining(", "));
    }
  }

  /**
   * A phrase of the library.
   *
   * @param key the phrase's key
   * @param args its arguments (values, or plain numbers, dates and texts, converted by {@link #of})
   * @return the phrase
   */
  static Value phrase(String key, Object... args) {
    return new Phrase(key, java.util.Arrays.stream(args).map(Value::of).toList());
  }

  /**
   * Converts a plain value: whole numbers to {@link Count}, decimals to {@link Decimal}, dates to {@link Date},
   * lists to {@link Items}, a value to itself, anything else to its text as data.
   *
   * @param value the value
   * @return the typed value
   */
  static Value of(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Value v) {
      return v;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return new Count(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return new Decimal(d);
    }
    if (value instanceof LocalDate d) {
      return new Date(d);
    }
    if (value instanceof List<?> l) {
      return new Items(l.stream().map(Value::of).toList());
    }
    return new Text(value.toString());
  }
}
