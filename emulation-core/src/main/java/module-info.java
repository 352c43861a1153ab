/**
 * The emulation library's core: the organisation model, rule sets as data, and validation. No format library is
 * required; rule-set files are read through {@link io.github.thidua.emulation.core.spi.RuleSetReader}.
 */
@org.jspecify.annotations.NullMarked
module io.github.thidua.emulation.core {
  requires static org.jspecify;
  requires com.google.common;

  exports io.github.thidua.emulation.core;
  exports io.github.thidua.emulation.core.rules;
  exports io.github.thidua.emulation.core.validation;
  exports io.github.thidua.emulation.core.scoring;
  exports io.github.thidua.emulation.core.audit;
  exports io.github.thidua.emulation.core.voting;
  exports io.github.thidua.emulation.core.awards;
  exports io.github.thidua.emulation.core.ranking;
  exports io.github.thidua.emulation.core.spi;
  exports io.github.thidua.emulation.core.year;

  uses io.github.thidua.emulation.core.spi.RuleSetReader;
}
