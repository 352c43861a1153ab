package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.internal.EmbeddedRuleSets;
import java.io.InputStream;
import java.util.List;

/**
 * The rule sets shipped with the library, read through a {@link io.github.thidua.emulation.core.spi.RuleSetReader}
 * found with {@link java.util.ServiceLoader} (add {@code emulation-jackson} to the class path or module path).
 *
 * <p>Shipped: {@code vn} (national law and central guidance), {@code vn-hung-yen} (the default: Hưng Yên's
 * guideline on clusters and blocs, on top of {@code vn}) and {@code vn-two-tier-example} (an adaptation to the
 * two-tier local government in force from 1 July 2025, clusters of communes and wards).
 */
public final class RuleSets {
  /** The id of the embedded default rule set. */
  public static final String DEFAULT_ID = "vn-hung-yen";

  private RuleSets() {}

  /**
   * Returns the ids of the shipped rule sets.
   *
   * @return the ids, sorted
   */
  public static List<String> embeddedIds() {
    return EmbeddedRuleSets.ids();
  }

  /**
   * Returns the shipped rule book whose leaf layer has an id, with the layers it extends.
   *
   * @param id a shipped rule set's id
   * @return the rule book
   * @throws IllegalArgumentException if no shipped rule set has that id
   * @throws IllegalStateException if no rule-set reader is available
   */
  public static RuleBook embedded(String id) {
    return EmbeddedRuleSets.book(id);
  }

  /**
   * Returns the embedded default: Hưng Yên's guideline on top of national law.
   *
   * @return the default rule book
   */
  public static RuleBook defaultRules() {
    return embedded(DEFAULT_ID);
  }

  /**
   * Reads one rule-set layer with the first available reader that understands the file name.
   *
   * @param in the file's bytes; the caller closes it
   * @param fileName the file's name
   * @return the rule set
   * @throws io.github.thidua.emulation.core.DataFileException if the file is not a valid rule set
   */
  public static RuleSet read(InputStream in, String fileName) {
    return EmbeddedRuleSets.reader(fileName).read(in, fileName);
  }
}
