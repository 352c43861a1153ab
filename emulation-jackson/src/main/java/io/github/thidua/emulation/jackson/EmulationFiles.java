package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.internal.Mapping;
import java.io.IOException;
import java.io.InputStream;
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
