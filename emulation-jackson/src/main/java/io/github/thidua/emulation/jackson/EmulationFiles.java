package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.voting.VoteSession;
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
   * Reads a document of score sheets from a file: {@code {"schemaVersion": 2, "document": "score-sheets", "sheets": [...]}}.
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
   * Writes a rule-set layer as a rule-set document (the current {@code schemaVersion}), the reverse of
   * {@link #readRuleSet(InputStream, String)}: reading the text gives back an equal rule set. Values equal to what
   * reading supplies when a field is absent are left out (a rule's {@code id} when it equals its kind, a false
   * flag, an empty list, the default cap). The output is deterministic: the same value always gives the same text,
   * indented, with a final newline.
   *
   * @param ruleSet the rule set
   * @return the JSON text
   */
  public static String writeRuleSet(RuleSet ruleSet) {
    return writeRuleSet(ruleSet, DocumentFormat.JSON);
  }

  /**
   * Writes a rule-set layer document in JSON or YAML, deterministic like the JSON form; reading the text gives back an
   * equal value.
   *
   * @param ruleSet the value
   * @param format the syntax
   * @return the text, with a final newline
   */
  public static String writeRuleSet(RuleSet ruleSet, DocumentFormat format) {
    return Mapping.writeRuleSet(Objects.requireNonNull(ruleSet, "ruleSet"), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes a rule-set layer to a file in UTF-8, in YAML if the file name ends in {@code .yaml} or {@code .yml},
   * JSON otherwise.
   *
   * @param ruleSet the rule set
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeRuleSet(RuleSet ruleSet, Path file) {
    writeFile(file, writeRuleSet(ruleSet, DocumentFormat.of(file)));
  }

  /**
   * Writes a province as a province document (the current {@code schemaVersion}), the reverse of
   * {@link #readProvince(InputStream, String)}: reading the text gives back an equal province, with units,
   * organisers, groups and group members (repeats included) in their given order. Absent and default values are
   * left out (the reference day when it is 31 December of the year, a false flag, an empty list). The output is
   * deterministic: the same value always gives the same text, indented, with a final newline.
   *
   * @param province the province
   * @return the JSON text
   */
  public static String writeProvince(Province province) {
    return writeProvince(province, DocumentFormat.JSON);
  }

  /**
   * Writes a province document in JSON or YAML, deterministic like the JSON form; reading the text gives back an
   * equal value.
   *
   * @param province the value
   * @param format the syntax
   * @return the text, with a final newline
   */
  public static String writeProvince(Province province, DocumentFormat format) {
    return Mapping.writeProvince(Objects.requireNonNull(province, "province"), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes a province to a file in UTF-8, in YAML if the file name ends in {@code .yaml} or {@code .yml}, JSON
   * otherwise.
   *
   * @param province the province
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeProvince(Province province, Path file) {
    writeFile(file, writeProvince(province, DocumentFormat.of(file)));
  }

  /**
   * Writes score sheets as a sheets document, {@code {"schemaVersion": 2, "document": "score-sheets", "sheets": [...]}}, the reverse of
   * {@link #readScoreSheets(InputStream, String)}: reading the text gives back equal sheets in the same order.
   * Absent and default values are left out (an empty note or reason, a claim counted once, an empty list). The
   * output is deterministic: the same sheets always give the same text, indented, with a final newline.
   *
   * @param sheets the sheets, in the order to write them
   * @return the JSON text
   */
  public static String writeScoreSheets(List<ScoreSheet> sheets) {
    return writeScoreSheets(sheets, DocumentFormat.JSON);
  }

  /**
   * Writes a score sheets document in JSON or YAML, deterministic like the JSON form; reading the text gives back an
   * equal value.
   *
   * @param sheets the value
   * @param format the syntax
   * @return the text, with a final newline
   */
  public static String writeScoreSheets(List<ScoreSheet> sheets, DocumentFormat format) {
    return Mapping.writeScoreSheets(List.copyOf(Objects.requireNonNull(sheets, "sheets")), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes score sheets to a file in UTF-8, in YAML if the file name ends in {@code .yaml} or {@code .yml}, JSON
   * otherwise.
   *
   * @param sheets the sheets, in the order to write them
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeScoreSheets(List<ScoreSheet> sheets, Path file) {
    writeFile(file, writeScoreSheets(sheets, DocumentFormat.of(file)));
  }

  /**
   * Reads a scoring scale on its own (a scale document: the keys of a scale inside a rule set, after
   * {@code schemaVersion} and {@code "document": "scale"}) from a file, for {@code Emulation.score} with an explicit
   * scale.
   *
   * @param file the file, JSON or YAML
   * @return the scale
   * @throws DataFileException if the file cannot be read or is not a valid scale document
   */
  public static ScoringScale readScale(Path file) {
    return readFile(file, Mapping::readScale);
  }

  /**
   * Reads a scale document from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the scale
   * @throws DataFileException if the content is not a valid scale document
   */
  public static ScoringScale readScale(InputStream in, String source) {
    return Mapping.readScale(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes a scoring scale as a scale document, the reverse of {@link #readScale(InputStream, String)}.
   *
   * @param scale the scale
   * @param format the syntax
   * @return the text, deterministic, with a final newline
   */
  public static String writeScale(ScoringScale scale, DocumentFormat format) {
    return Mapping.writeScale(Objects.requireNonNull(scale, "scale"), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes a scoring scale to a file in UTF-8, YAML or JSON by the file name.
   *
   * @param scale the scale
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeScale(ScoringScale scale, Path file) {
    writeFile(file, writeScale(scale, DocumentFormat.of(file)));
  }

  /**
   * Reads a ballots document (the sessions of honouring votes, each with its ballots) from a file.
   *
   * @param file the file, JSON or YAML
   * @return the vote sessions, in file order
   * @throws DataFileException if the file cannot be read or is not a valid ballots document
   */
  public static List<VoteSession> readBallots(Path file) {
    return readFile(file, Mapping::readBallots);
  }

  /**
   * Reads a ballots document from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the vote sessions, in file order
   * @throws DataFileException if the content is not a valid ballots document
   */
  public static List<VoteSession> readBallots(InputStream in, String source) {
    return Mapping.readBallots(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes vote sessions as a ballots document, the reverse of {@link #readBallots(InputStream, String)}.
   *
   * @param sessions the sessions, in the order to write them
   * @param format the syntax
   * @return the text, deterministic, with a final newline
   */
  public static String writeBallots(List<VoteSession> sessions, DocumentFormat format) {
    return Mapping.writeBallots(List.copyOf(sessions), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes vote sessions to a file in UTF-8, YAML or JSON by the file name.
   *
   * @param sessions the sessions, in the order to write them
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeBallots(List<VoteSession> sessions, Path file) {
    writeFile(file, writeBallots(sessions, DocumentFormat.of(file)));
  }

  /**
   * Reads a history document (past results of an award in a group, year by year, for the rotation check) from a
   * file.
   *
   * @param file the file, JSON or YAML
   * @return the histories, in file order
   * @throws DataFileException if the file cannot be read or is not a valid history document
   */
  public static List<AwardHistory> readHistory(Path file) {
    return readFile(file, Mapping::readHistory);
  }

  /**
   * Reads a history document from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the histories, in file order
   * @throws DataFileException if the content is not a valid history document
   */
  public static List<AwardHistory> readHistory(InputStream in, String source) {
    return Mapping.readHistory(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes award histories as a history document, the reverse of {@link #readHistory(InputStream, String)}.
   *
   * @param histories the histories, in the order to write them
   * @param format the syntax
   * @return the text, deterministic, with a final newline
   */
  public static String writeHistory(List<AwardHistory> histories, DocumentFormat format) {
    return Mapping.writeHistory(List.copyOf(histories), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes award histories to a file in UTF-8, YAML or JSON by the file name.
   *
   * @param histories the histories, in the order to write them
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeHistory(List<AwardHistory> histories, Path file) {
    writeFile(file, writeHistory(histories, DocumentFormat.of(file)));
  }

  /**
   * Reads a proposals document (award proposals that came from elsewhere, to be checked by
   * {@code Emulation.validateProposal}) from a file.
   *
   * @param file the file, JSON or YAML
   * @return the proposals, in file order
   * @throws DataFileException if the file cannot be read or is not a valid proposals document
   */
  public static List<Proposal> readProposals(Path file) {
    return readFile(file, Mapping::readProposals);
  }

  /**
   * Reads a proposals document from a stream.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @return the proposals, in file order
   * @throws DataFileException if the content is not a valid proposals document
   */
  public static List<Proposal> readProposals(InputStream in, String source) {
    return Mapping.readProposals(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes award proposals as a proposals document, the reverse of {@link #readProposals(InputStream, String)}.
   *
   * @param proposals the proposals, in the order to write them
   * @param format the syntax
   * @return the text, deterministic, with a final newline
   */
  public static String writeProposals(List<Proposal> proposals, DocumentFormat format) {
    return Mapping.writeProposals(List.copyOf(proposals), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes award proposals to a file in UTF-8, YAML or JSON by the file name.
   *
   * @param proposals the proposals, in the order to write them
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeProposals(List<Proposal> proposals, Path file) {
    writeFile(file, writeProposals(proposals, DocumentFormat.of(file)));
  }

  /**
   * Writes a result (a {@code ValidationReport}, {@code GroupScores}, {@code Ranking}, {@code VoteResult},
   * {@code AwardPlan}, {@code ApportionmentResult}, {@code RotationReport}, {@code Trace} or {@code Fingerprint}) as
   * a result document: {@code schemaVersion} and {@code document} ahead of the result's own fields, absent optional
   * values left out. Deterministic, with a final newline; {@link #readResult(InputStream, String, Class)} gives back
   * an equal value.
   *
   * @param result the result
   * @param format the syntax
   * @return the text
   * @throws IllegalArgumentException if the value is not one of the result types
   */
  public static String writeResult(Object result, DocumentFormat format) {
    return Mapping.writeResult(Objects.requireNonNull(result, "result"), Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes a result document to a file in UTF-8, YAML or JSON by the file name.
   *
   * @param result the result
   * @param file the file, created or replaced
   * @throws IllegalArgumentException if the value is not one of the result types
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeResult(Object result, Path file) {
    writeFile(file, writeResult(result, DocumentFormat.of(file)));
  }

  /**
   * Reads a result document from a file, strictly: the document type must match, every field that is not optional
   * must be present, and unknown fields are refused.
   *
   * @param file the file, JSON or YAML
   * @param type the result's class, such as {@code Ranking.class}
   * @param <T> the result type
   * @return the result
   * @throws DataFileException if the file cannot be read or is not a valid document of that result
   * @throws IllegalArgumentException if the class is not one of the result types
   */
  public static <T> T readResult(Path file, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return readFile(file, (in, source) -> Mapping.readResult(in, source, type));
  }

  /**
   * Reads a result document from a stream; see {@link #readResult(Path, Class)}.
   *
   * @param in the bytes (UTF-8); the caller closes it
   * @param source a name for messages, usually the file name
   * @param type the result's class
   * @param <T> the result type
   * @return the result
   * @throws DataFileException if the content is not a valid document of that result
   * @throws IllegalArgumentException if the class is not one of the result types
   */
  public static <T> T readResult(InputStream in, String source, Class<T> type) {
    return Mapping.readResult(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(type, "type"));
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
