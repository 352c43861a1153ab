package io.github.thidua.emulation.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CLI module's sample dataset (Hưng Yên 2024), read as test data from the repository's source tree: the
 * benchmarks do not depend on the CLI module. The folder is {@value #FOLDER}, relative to the working directory, so
 * run the benchmarks from the repository root, or point the system property {@value #PROPERTY} at a copy of the
 * folder (for instance with {@code -jvmArgsAppend -Demulation.sample=DIR}).
 */
final class Sample {
  /** The sample folder, relative to the repository root. */
  static final String FOLDER = "emulation-cli-demo/src/main/resources/io/github/thidua/emulation/cli/sample";
  /** The system property that overrides {@link #FOLDER}. */
  static final String PROPERTY = "emulation.sample";

  private Sample() {}

  /** The sample folder; fails with a hint if it is not there. */
  static Path folder() {
    Path dir = Path.of(System.getProperty(PROPERTY, FOLDER));
    if (!Files.isRegularFile(dir.resolve("province.json"))) {
      throw new IllegalStateException("no sample dataset at " + dir.toAbsolutePath() + ": run the benchmarks from "
          + "the repository root, or set -D" + PROPERTY + " to the folder holding province.json");
    }
    return dir;
  }

  /** The bytes of a file of the sample, {@code name} relative to the folder. */
  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(folder().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the sample's layer files ({@code layers/*.yaml}), sorted. */
  static List<String> layerNames() {
    try (Stream<Path> files = Files.list(folder().resolve("layers"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
          .map(n -> "layers/" + n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
