package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;

/**
 * Reads a JSON score-sheets document of the current {@code schemaVersion} by streaming its tokens straight into
 * core records, without a tree, a migration or a binding: the fast path of {@link Mapping#readScoreSheets}.
 *
 * <p>It accepts only what the full path (tree, {@link Migration}, {@link Shapes}, binding to {@link Docs}, then
 * {@link Convert}) accepts, and builds the same values through the same core constructors. At the first thing it is
 * not sure of (an unknown or duplicate key, a missing required key, a value of another JSON type, a {@code null}
 * where a list or a list element belongs, a number beyond {@link NumberBounds}, a read limit, malformed JSON,
 * trailing content, a value a core constructor refuses, another {@code schemaVersion} or {@code document}) it gives
 * up and returns {@code null}: the caller then reads the document through the full path, which migrates older
 * versions and words every error, located, exactly as before. Errors are rare; valid files are read fast.
 *
 * <p>A {@code null} for an optional scalar reads as absent, as in the binding: a missing {@code target}, an empty
 * {@code note} or {@code reason}, a {@code count} of 1.
 */
final class StreamedSheets {
  /** Thrown at the first thing the fast path is not sure of; no stack trace, nothing to tell. */
  private static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsure() {
      super(null, null, false, false);
    }
  }

  private static final Unsure UNSURE = new Unsure();

  private final JsonParser p;

  private StreamedSheets(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads a JSON score-sheets document of the current version, or gives up.
   *
   * @param factory the strict factory of the full path (its read limits and duplicate detection)
   * @param bytes the document, already checked for size and encoding
   * @return the sheets, in file order, or null if the document must be read through the full path
   */
  static @Nullable List<ScoreSheet> read(TokenStreamFactory factory, byte[] bytes) {
    try (JsonParser p = factory.createParser(bytes)) {
      return new StreamedSheets(p).document();
    } catch (RuntimeException e) {
      // Unsure, a JacksonException (malformed JSON, a duplicate key, a limit), or a core constructor's refusal
      return null;
    }
  }

  private List<ScoreSheet> document() {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw UNSURE;
    }
    Integer version = null;
    String document = null;
    List<ScoreSheet> sheets = null;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "schemaVersion" -> version = whole();
        case "document" -> document = text();
        case "sheets" -> sheets = list(this::sheet);
        default -> throw UNSURE;
      }
    }
    if (p.nextToken() != null || version == null || version != Migration.CURRENT
        || !DocumentType.SCORE_SHEETS.wire().equals(document)) {
      throw UNSURE;
    }
    return sheets == null ? List.of() : sheets;
  }

  private ScoreSheet sheet() {
    object();
    String unit = null;
    String group = null;
    Integer year = null;
    String role = null;
    String scorer = null;
    List<ScoreEntry> entries = List.of();
    List<Claim> bonuses = List.of();
    List<Claim> deductions = List.of();
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "unit" -> unit = text();
        case "group" -> group = text();
        case "year" -> year = whole();
        case "role" -> role = text();
        case "scorer" -> scorer = text();
        case "entries" -> entries = list(this::entry);
        case "bonuses" -> bonuses = list(this::claim);
        case "deductions" -> deductions = list(this::claim);
        default -> throw UNSURE;
      }
    }
    if (unit == null || group == null || year == null || role == null || scorer == null) {
      throw UNSURE;
    }
    return new ScoreSheet(UnitId.of(unit), GroupId.of(group), year, ScorerRole.valueOf(role), scorer, entries,
        bonuses, deductions);
  }

  private ScoreEntry entry() {
    object();
    String criterion = null;
    BigDecimal value = null;
    BigDecimal target = null;
    String note = null;
    List<String> evidence = List.of();
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "criterion" -> criterion = text();
        case "value" -> value = decimal();
        case "target" -> target = decimal();
        case "note" -> note = text();
        case "evidence" -> evidence = list(this::element);
        default -> throw UNSURE;
      }
    }
    if (criterion == null || value == null) {
      throw UNSURE;
    }
    return new ScoreEntry(criterion, value, Optional.ofNullable(target), note == null ? "" : note, evidence);
  }

  private Claim claim() {
    object();
    String code = null;
    Integer count = null;
    String reason = null;
    List<String> evidence = List.of();
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "code" -> code = text();
        case "count" -> count = whole();
        case "reason" -> reason = text();
        case "evidence" -> evidence = list(this::element);
        default -> throw UNSURE;
      }
    }
    if (code == null) {
      throw UNSURE;
    }
    return new Claim(code, count == null ? 1 : count, reason == null ? "" : reason, evidence);
  }

  // ---------------------------------------------------------------- values

  /** A list, each element read from its first token (an object's or a string's); no null, no other type. */
  private <T> List<T> list(Element<T> element) {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw UNSURE; // a null list, or not a list at all
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read());
    }
    return out;
  }

  @FunctionalInterface
  private interface Element<T> {
    /** Reads the element at the current token. */
    T read();
  }

  /** Refuses a list element that is not an object: the current token must open one. */
  private void object() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw UNSURE;
    }
  }

  /** A string element of a list (evidence): the current token. */
  private String element() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw UNSURE;
    }
    return p.getString();
  }

  /** A text value: a JSON string, or null for absent. */
  private @Nullable String text() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw UNSURE;
  }

  /** A whole number within bounds (an integer token, never a fraction), or null for absent. */
  private @Nullable Integer whole() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return Integer.parseInt(bounded());
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw UNSURE;
  }

  /** A decimal within bounds, exactly as written (its scale kept), or null for absent. */
  private @Nullable BigDecimal decimal() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new BigDecimal(bounded());
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw UNSURE;
  }

  /** The text of the current number token, if {@link NumberBounds} accepts it. */
  private String bounded() {
    String text = p.getString();
    if (NumberBounds.problem(text) != null) {
      throw UNSURE;
    }
    return text;
  }
}
