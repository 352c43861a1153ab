package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Numbers;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The bounds of the numbers read from files ({@link Numbers}), checked on each number as written, before anything
 * converts it: at most 100 characters, no exponent ({@code 1e3}, {@code 1E-2}, {@code 2.5e+1}), at most
 * {@value Numbers#MAX_INTEGER_DIGITS} digits before the decimal point and {@value Numbers#MAX_FRACTION_DIGITS}
 * after it. The check reads the text only, so {@code 1e999999999} is refused at once.
 *
 * <p>Every reading of JSON and YAML goes through {@link #checked(JsonParser)}: documents (their tree is built from a
 * checked parser) and archives (whose records are bound straight from one). CSV cells are checked with
 * {@link #problem(String)}.
 */
final class NumberBounds {
  /** The longest number read, in characters (the parsers' limit too). */
  static final int MAX_LENGTH = 100;

  private NumberBounds() {}

  /**
   * A number refused by its bounds, raised by a checked parser at the number's token: a {@link JacksonException},
   * so that the binding adds the path of the field, as for any other error of the parser.
   */
  static final class OutOfBounds extends StreamReadException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText problem;

    OutOfBounds(JsonParser p, LocalizedText problem) {
      super(p, problem.en(), p.currentTokenLocation());
      this.problem = problem;
    }

    /** The problem, in plain words. */
    LocalizedText problem() {
      return problem;
    }
  }

  /**
   * Wraps a parser so that each number token is checked as soon as it is read.
   *
   * @param parser the parser
   * @return the checking parser; closing it closes the parser
   */
  static JsonParser checked(JsonParser parser) {
    return new Checked(parser);
  }

  /**
   * The problem of a number as written (JSON, YAML, or a CSV cell with its decimal mark made '.'), or null when it
   * is within bounds. Linear in the length of the text; nothing long or with an exponent is converted.
   *
   * @param text the number as written
   * @return the problem, or null
   */
  static @Nullable LocalizedText problem(String text) {
    return problem(text, text);
  }

  /**
   * The problem of a number, or null when it is within bounds, with the number shown as written.
   *
   * @param text the number in the syntax of {@link BigDecimal#BigDecimal(String)}
   * @param written the number as the file writes it, for the message (a CSV cell's decimal comma)
   * @return the problem, or null
   */
  static @Nullable LocalizedText problem(String text, String written) {
    if (text.length() > MAX_LENGTH) {
      return tooLong();
    }
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return exponent(written);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null; // not a number at all: the reader's other checks say so
    }
    return Numbers.check(value).map(p -> switch (p) {
      case TOO_LARGE -> tooLarge(written);
      case TOO_MANY_DECIMALS -> tooManyDecimals(written);
    }).orElse(null);
  }

  /**
   * Whether a parser's exception is its limit on the length of a number.
   *
   * @param e the exception
   * @return true for that limit
   */
  static boolean isLengthLimit(JacksonException e) {
    return e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage())
        .startsWith("Number value length");
  }

  /**
   * The problem of a number as a parser's error states it: one refused by its bounds or by the length limit.
   *
   * @param e the exception
   * @return the problem, or null if the error is of another kind
   */
  static @Nullable LocalizedText problem(JacksonException e) {
    if (e instanceof OutOfBounds o) {
      return o.problem();
    }
    return isLengthLimit(e) ? tooLong() : null;
  }

  // ---------------------------------------------------------------- the problems, in plain words

  static LocalizedText tooLong() {
    return new LocalizedText("số dài hơn " + MAX_LENGTH + " ký tự: tối đa " + Numbers.MAX_INTEGER_DIGITS
        + " chữ số trước dấu thập phân và " + Numbers.MAX_FRACTION_DIGITS + " chữ số sau",
        "a number is longer than " + MAX_LENGTH + " characters: at most " + Numbers.MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + Numbers.MAX_FRACTION_DIGITS + " after it");
  }

  static LocalizedText exponent(String text) {
    return new LocalizedText("số " + text + " có số mũ: hãy viết bằng chữ số thông thường (1000, không viết 1e3)",
        "the number " + text + " has an exponent: write it in plain digits (1000, not 1e3)");
  }

  static LocalizedText tooLarge(String text) {
    return new LocalizedText("số " + text + " quá lớn: tối đa " + Numbers.MAX_INTEGER_DIGITS
        + " chữ số trước dấu thập phân", "the number " + text + " is too large: at most "
        + Numbers.MAX_INTEGER_DIGITS + " digits before the decimal point");
  }

  static LocalizedText tooManyDecimals(String text) {
    return new LocalizedText("số " + text + " có quá nhiều chữ số thập phân: tối đa " + Numbers.MAX_FRACTION_DIGITS,
        "the number " + text + " has too many decimals: at most " + Numbers.MAX_FRACTION_DIGITS);
  }

  // ---------------------------------------------------------------- the checking parser

  /** A parser that checks every number token it moves to, whichever method moves it. */
  private static final class Checked extends JsonParserDelegate {
    Checked(JsonParser parser) {
      super(parser);
    }

    private JsonToken check(JsonToken token) {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        LocalizedText problem = problem(delegate.getString());
        if (problem != null) {
          throw new OutOfBounds(delegate, problem);
        }
      }
      return token;
    }

    @Override
    public JsonToken nextToken() {
      return check(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() {
      return check(delegate.nextValue());
    }

    // moving to a name moves to no number; these check anyway, should a parser move past a name to a value
    @Override
    public String nextName() {
      String name = delegate.nextName();
      check(delegate.currentToken());
      return name;
    }

    @Override
    public boolean nextName(SerializableString name) {
      boolean matched = delegate.nextName(name);
      check(delegate.currentToken());
      return matched;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      int match = delegate.nextNameMatch(matcher);
      check(delegate.currentToken());
      return match;
    }
  }
}
