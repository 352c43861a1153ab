package io.github.thidua.emulation.core.spi;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.rules.RuleSet;
import java.io.InputStream;

/**
 * Reads rule-set files. The core has no parser of its own: it finds an implementation through
 * {@link java.util.ServiceLoader} (the {@code emulation-jackson} module provides one for JSON), in the way
 * jollyday's core finds its XML and JSON adapters.
 */
public interface RuleSetReader {

  /**
   * Tells whether this reader understands a file, judged by its name (e.g. its extension).
   *
   * @param fileName the file's name
   * @return whether {@link #read} can read it
   */
  boolean canRead(String fileName);

  /**
   * Reads one rule-set layer.
   *
   * @param in the file's bytes; the caller closes it
   * @param source the file's name, for messages
   * @return the rule set
   * @throws DataFileException if the file is not a valid rule set, with the location of the problem
   */
  RuleSet read(InputStream in, String source);
}
