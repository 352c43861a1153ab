package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.internal.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads and writes the library's JSON documents. Reading is strict (unknown fields, duplicate keys, wrong types
 * and missing required fields are errors), numbers are read as exact decimals, and every problem in a file is a
 * {@link DataFileException} carrying the file, the JSON path, the line and column where known, and a message in
 * Vietnamese and English. Thread-safe.
 */
public final class EmulationFiles {
  private EmulationFiles() {}

  /**
   * Reads a rule-set layer from a file.
   *
   * @param file the file
   * @return the rule set
   * @throws DataFileException if the file cannot be read or is not a valid rule set
   */
  public static RuleSet readRuleSet(Path file) {
    return readFile(file, EmulationFiles::readRuleSet);
  }

  /**
   * Reads a rule-set layer from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the rule set
   * @throws DataFileException if the content is not a valid rule set
   */
  public static RuleSet readRuleSet(InputStream in, String source) {
    return Mapping.readRuleSet(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Reads a province (organisation data for one year) from a file.
   *
   * @param file the file
   * @return the province
   * @throws DataFileException if the file cannot be read or is not a valid province document
   */
  public static Province readProvince(Path file) {
    return readFile(file, EmulationFiles::readProvince);
  }

  /**
   * Reads a province from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the province
   * @throws DataFileException if the content is not a valid province document
   */
  public static Province readProvince(InputStream in, String source) {
    return Mapping.readProvince(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Reads a document of score sheets from a file: {@code {"schemaVersion": 1, "sheets": [...]}}.
   *
   * @param file the file
   * @return the sheets, in file order
   * @throws DataFileException if the file cannot be read or is not a valid sheets document
   */
  public static List<ScoreSheet> readScoreSheets(Path file) {
    return readFile(file, Mapping::readScoreSheets);
  }

  /**
   * Reads a document of score sheets from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the sheets, in file order
   * @throws DataFileException if the content is not a valid sheets document
   */
  public static List<ScoreSheet> readScoreSheets(InputStream in, String source) {
    return Mapping.readScoreSheets(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes a value (a validation report, resolved rules, …) as indented JSON with a final newline: keys in the
   * order of each record's components, absent optional values left out. The same value always gives the same
   * text.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String toJson(Object value) {
    return Mapping.write(Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes a rule-set layer as a rule-set document ({@code schemaVersion} 1), the reverse of
   * {@link #readRuleSet(InputStream, String)}: reading the text gives back an equal rule set. Values equal to what
   * reading supplies when a field is absent are left out (a rule's {@code id} when it equals its kind, a false
   * flag, an empty list, the default cap). The output is deterministic: the same value always gives the same text,
   * indented, with a final newline.
   *
   * @param ruleSet the rule set
   * @return the JSON text
   */
  public static String writeRuleSet(RuleSet ruleSet) {
    return Mapping.writeRuleSet(Objects.requireNonNull(ruleSet, "ruleSet"));
  }

  /**
   * Writes a rule-set layer to a file in UTF-8, as {@link #writeRuleSet(RuleSet)} gives it.
   *
   * @param ruleSet the rule set
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeRuleSet(RuleSet ruleSet, Path file) {
    writeFile(file, writeRuleSet(ruleSet));
  }

  /**
   * Writes a province as a province document ({@code schemaVersion} 1), the reverse of
   * {@link #readProvince(InputStream, String)}: reading the text gives back an equal province, with units,
   * organisers, groups and group members (repeats included) in their given order. Absent and default values are
   * left out (the reference day when it is 31 December of the year, a false flag, an empty list). The output is
   * deterministic: the same value always gives the same text, indented, with a final newline.
   *
   * @param province the province
   * @return the JSON text
   */
  public static String writeProvince(Province province) {
    return Mapping.writeProvince(Objects.requireNonNull(province, "province"));
  }

  /**
   * Writes a province to a file in UTF-8, as {@link #writeProvince(Province)} gives it.
   *
   * @param province the province
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeProvince(Province province, Path file) {
    writeFile(file, writeProvince(province));
  }

  /**
   * Writes score sheets as a sheets document, {@code {"schemaVersion": 1, "sheets": [...]}}, the reverse of
   * {@link #readScoreSheets(InputStream, String)}: reading the text gives back equal sheets in the same order.
   * Absent and default values are left out (an empty note or reason, a claim counted once, an empty list). The
   * output is deterministic: the same sheets always give the same text, indented, with a final newline.
   *
   * @param sheets the sheets, in the order to write them
   * @return the JSON text
   */
  public static String writeScoreSheets(List<ScoreSheet> sheets) {
    return Mapping.writeScoreSheets(List.copyOf(Objects.requireNonNull(sheets, "sheets")));
  }

  /**
   * Writes score sheets to a file in UTF-8, as {@link #writeScoreSheets(List)} gives them.
   *
   * @param sheets the sheets, in the order to write them
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeScoreSheets(List<ScoreSheet> sheets, Path file) {
    writeFile(file, writeScoreSheets(sheets));
  }

  private static void writeFile(Path file, String text) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static <T> T readFile(Path file, BiFunction<InputStream, String, T> read) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = open(file)) {
      return read.apply(in, file.getFileName().toString());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static DataFileException unreadable(Path file, IOException e) {
    return new DataFileException(file.getFileName().toString(), "", 0, 0,
        new LocalizedText("không mở được tệp (" + e.getClass().getSimpleName() + ")",
            "cannot open the file (" + e.getClass().getSimpleName() + ")"), e);
  }
}
