package io.github.thidua.emulation.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.jackson.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Numbers beyond the bounds of reading ({@code Numbers}, with exponents refused) put into valid documents, one
 * numeric leaf at a time, and what the reader must answer: one {@link DataFileException} within a second, at the
 * leaf's path, line and column, naming what is wrong in both languages, with nothing of the parser or of Java in it.
 */
public final class OutOfBounds {
  /** A number of 100,000 digits. */
  public static final String GIANT = "1" + "0".repeat(99_999);

  /**
   * A number as written, and what the English problem must contain.
   *
   * @param text the number
   * @param problem the words of the refusal
   */
  public record Hostile(String text, String problem) {
    /** Whether the number is longer than the parsers read: then it is not repeated in the message. */
    boolean tooLong() {
      return text.length() > 100;
    }

    @Override
    public String toString() {
      return text.length() > 20 ? text.substring(0, 8) + "… (" + text.length() + " digits)" : text;
    }
  }

  private static final String EXPONENT = "has an exponent";
  private static final String TOO_LARGE = "is too large: at most 9 digits before the decimal point";
  private static final String DECIMALS = "has too many decimals: at most 9";

  /** Exponents of every size and sign, whatever the value, and plain numbers just beyond the bounds. */
  public static final List<Hostile> NUMBERS = List.of(new Hostile("1e999999999", EXPONENT),
      new Hostile("-1e999999999", EXPONENT), new Hostile("1e-999999999", EXPONENT), new Hostile("1e400", EXPONENT),
      new Hostile("1e-400", EXPONENT), new Hostile("1E2", EXPONENT), new Hostile("2.5e+1", EXPONENT),
      new Hostile("1000000000", TOO_LARGE), new Hostile("-1000000000", TOO_LARGE),
      new Hostile("0.0000000001", DECIMALS), new Hostile("-999999999.9999999999", DECIMALS),
      new Hostile(GIANT, "a number is longer than 100 characters"));

  private static final String PLACEHOLDER = "zzNUMBERzz";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build();

  private OutOfBounds() {}

  /**
   * The JSON pointer of the first numeric leaf of each field of a document: one leaf for every distinct path once
   * list indexes are set aside ({@code /sheets/0/entries/0/value} stands for every entry's value).
   *
   * @param tree the document
   * @return the pointers, in document order
   */
  public static List<String> fields(JsonNode tree) {
    Map<String, String> first = new LinkedHashMap<>();
    leaves(tree, "", "", first);
    return List.copyOf(first.values());
  }

  /**
   * The JSON pointer of every numeric leaf of a document.
   *
   * @param tree the document
   * @return the pointers, in document order
   */
  public static List<String> leaves(JsonNode tree) {
    Map<String, String> all = new LinkedHashMap<>();
    leaves(tree, "", null, all);
    return List.copyOf(all.values());
  }

  /** Collects leaves by field (the pointer without list indexes), or every leaf if {@code field} is null. */
  private static void leaves(JsonNode node, String pointer, String field, Map<String, String> first) {
    if (node.isNumber()) {
      first.putIfAbsent(field == null ? pointer : field, pointer);
    } else if (node instanceof ObjectNode o) {
      for (String name : o.propertyNames()) {
        String segment = "/" + name.replace("~", "~0").replace("/", "~1");
        leaves(o.get(name), pointer + segment, field == null ? null : field + segment, first);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        leaves(a.get(i), pointer + "/" + i, field == null ? null : field + "/*", first);
      }
    }
  }

  /**
   * The name of the field of a leaf: its last key ({@code value} for {@code /sheets/0/entries/1/value}).
   *
   * @param pointer the leaf's pointer
   * @return the name
   */
  public static String fieldName(String pointer) {
    String[] parts = pointer.split("/");
    for (int i = parts.length - 1; i > 0; i--) {
      if (!parts[i].chars().allMatch(Character::isDigit)) {
        return parts[i];
      }
    }
    return "";
  }

  /**
   * A JSON pointer as the reader's JSON path: {@code /sheets/0/value} is {@code $.sheets[0].value}.
   *
   * @param pointer the pointer
   * @return the path
   */
  public static String path(String pointer) {
    StringBuilder s = new StringBuilder("$");
    for (String part : pointer.substring(1).split("/")) {
      String name = part.replace("~1", "/").replace("~0", "~");
      s.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
    }
    return s.toString();
  }

  /**
   * A document's text with a number in it.
   *
   * @param text the text
   * @param at where the number starts in the text
   */
  public record Document(String text, int at) {}

  /**
   * A document with one leaf replaced by a number as written.
   *
   * @param tree the document
   * @param pointer the leaf
   * @param number the number's text
   * @param format the syntax
   * @param oneLine true for compact JSON on one line (a line of JSON Lines)
   * @return the text, and where the number is
   */
  public static Document replaced(JsonNode tree, String pointer, String number, DocumentFormat format,
      boolean oneLine) {
    JsonNode copy = tree.deepCopy();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), a.stringNode(PLACEHOLDER));
    } else {
      ((ObjectNode) parent).put(last, PLACEHOLDER);
    }
    String text;
    if (format == DocumentFormat.YAML) {
      text = YAML.writeValueAsString(copy);
    } else {
      text = oneLine ? JSON.writeValueAsString(copy) + "\n" : JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(copy);
    }
    String written = format == DocumentFormat.YAML ? PLACEHOLDER : "\"" + PLACEHOLDER + "\"";
    assertThat(text).containsOnlyOnce(written);
    return new Document(text.replace(written, number), text.indexOf(written));
  }

  /**
   * Reads a text and checks the refusal of the number in it.
   *
   * @param read reads the bytes, named {@code source}
   * @param document the document
   * @param source the file name
   * @param path the path of the number's field, as the reader reports it
   * @param number the number
   * @param prefix what the problem starts with before the number's own words ({@code "record 1: "} in an archive)
   * @param format the syntax, for the column: JSON columns are checked to the byte; YAML lines only
   * @return the error
   */
  public static DataFileException assertRefused(Function<byte[], Object> read, Document document, String source,
      String path, Hostile number, String prefix, DocumentFormat format) {
    String text = document.text();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> catchThrowable(() -> read.apply(bytes)),
        () -> source + ": " + path + " = " + number + " took more than a second");
    String what = source + " " + path + " = " + number;
    assertThat(thrown).as("%s is refused", what).isExactlyInstanceOf(DataFileException.class);
    DataFileException e = (DataFileException) thrown;
    assertThat(e.source()).as(what).isEqualTo(source);
    assertThat(e.path()).as(what).contains(path);
    int at = document.at();
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.line()).as("the line of %s", what).contains(line);
    assertThat(e.column()).as("the column of %s", what).isPresent();
    if (format == DocumentFormat.JSON && !number.tooLong()) {
      // a number too long for the parser is refused as it reads the key before it: then the key's column
      int column = text.substring(lineStart, at).getBytes(StandardCharsets.UTF_8).length + 1;
      assertThat(e.column()).as("the column of %s", what).contains(column);
    }
    String shown = number.tooLong() ? "" : "the number " + number.text() + " ";
    assertThat(e.problem().en()).as(what).startsWith(prefix + shown).contains(number.problem());
    assertThat(e.problem().vi()).as(what).isNotBlank().isNotEqualTo(e.problem().en())
        .contains(number.tooLong() ? "100" : number.text());
    assertThat(e.describe(Locale.ENGLISH)).as(what).startsWith(source + ":" + line + ":")
        .doesNotContain("BigInteger").doesNotContain("BigDecimal").doesNotContain("Exception")
        .doesNotContain("tools.jackson").doesNotContain("java.").doesNotContain("StreamReadConstraints")
        .doesNotContain("\n");
    return e;
  }

  /**
   * Every case of a document: each field's first leaf with each hostile number.
   *
   * @param tree the document
   * @return the pairs of pointer and number
   */
  public static List<Map.Entry<String, Hostile>> cases(JsonNode tree) {
    List<Map.Entry<String, Hostile>> out = new ArrayList<>();
    for (String pointer : fields(tree)) {
      for (Hostile h : NUMBERS) {
        out.add(Map.entry(pointer, h));
      }
    }
    return out;
  }
}
