/**
 * Jackson 3 adapter of the emulation library: reads rule sets and organisation data strictly, writes results
 * deterministically, reads and writes score sheets as CSV, and provides the core's {@code RuleSetReader}.
 */
@org.jspecify.annotations.NullMarked
module io.github.thidua.emulation.jackson {
  requires transitive io.github.thidua.emulation.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires org.snakeyaml.engine;
  requires com.fasterxml.jackson.annotation;
  requires static org.jspecify;

  exports io.github.thidua.emulation.jackson;

  opens io.github.thidua.emulation.jackson.internal to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with io.github.thidua.emulation.jackson.EmulationJacksonModule;
  provides io.github.thidua.emulation.core.spi.RuleSetReader
      with io.github.thidua.emulation.jackson.internal.JacksonRuleSetReader;
}
