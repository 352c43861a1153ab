package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.spi.RuleSetReader;
import java.io.InputStream;
import java.util.Locale;

/** The core's rule-set reader for JSON files, found through ServiceLoader. */
public final class JacksonRuleSetReader implements RuleSetReader {

  /** Creates the reader (ServiceLoader needs a public no-argument constructor). */
  public JacksonRuleSetReader() {}

  @Override
  public boolean canRead(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  @Override
  public RuleSet read(InputStream in, String source) {
    return Mapping.readRuleSet(in, source);
  }
}
