package io.github.thidua.emulation.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A data file (a rule set, a province) could not be read: the file, where in it, and what is wrong in plain words
 * in Vietnamese and English. Thrown by readers for a user's mistake in a file; never carries a parser's stack
 * trace to the user (the parser's exception, if any, is only the {@linkplain #getCause() cause}).
 */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file, or another name of the source. */
  private final String source;
  /** The JSON path of the problem, such as {@code $.rules[2].params.min}, if known. */
  private final String path;
  /** 1-based line, or 0 if unknown. */
  private final int line;
  /** 1-based column, or 0 if unknown. */
  private final int column;
  /** The explanation. */
  private final LocalizedText problem;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source name
   * @param path the JSON path, or empty if unknown
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param problem the explanation
   * @param cause the parser's exception, if any
   */
  public DataFileException(String source, String path, int line, int column, LocalizedText problem,
      Throwable cause) {
    super(source + location(path, line, column) + ": " + problem.en(), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String location(String path, int line, int column) {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    if (!path.isEmpty()) {
      s.append(" (").append(path).append(')');
    }
    return s.toString();
  }

  /**
   * Returns the file or source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the JSON path of the problem, if known.
   *
   * @return the path
   */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /**
   * Returns the 1-based line, if known.
   *
   * @return the line
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * Returns the 1-based column, if known.
   *
   * @return the column
   */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /**
   * Returns the explanation in both languages.
   *
   * @return the problem
   */
  public LocalizedText problem() {
    return problem;
  }

  /**
   * Returns one line for a user: the file, the location and the problem in the reader's language.
   *
   * @param locale the reader's locale
   * @return the line
   */
  public String describe(java.util.Locale locale) {
    return source + location(path, line, column) + ": " + problem.in(locale);
  }
}
