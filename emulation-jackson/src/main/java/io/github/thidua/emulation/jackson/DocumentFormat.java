package io.github.thidua.emulation.jackson;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The syntaxes of the library's documents. Both carry the same documents with the same keys and the same strict
 * reading; YAML is for rule sets and other files edited by hand. Reading takes the syntax from the file name
 * ({@code .yaml}, {@code .yml} or {@code .json}) or, for other names, from the content: a document whose first
 * character is <code>{</code> is JSON, anything else YAML.
 */
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /**
   * YAML 1.2, UTF-8, a single document. Anchors, aliases and explicit tags ({@code !!str}, {@code !java...}) are
   * refused: a document means exactly what it says.
   */
  YAML;

  /**
   * Returns the syntax a file name asks for: YAML for {@code .yaml} and {@code .yml}, JSON otherwise.
   *
   * @param file the file
   * @return the syntax
   */
  public static DocumentFormat of(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
  }
}
