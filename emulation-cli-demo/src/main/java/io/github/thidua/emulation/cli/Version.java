package io.github.thidua.emulation.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = EmulationCli.class.getPackage().getImplementationVersion();
    return new String[] {"emulation " + (version == null ? "development build" : version)};
  }
}
