package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.spi.RuleSetReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the rule sets shipped as resources, through a {@link RuleSetReader} found with ServiceLoader. */
public final class EmbeddedRuleSets {
  private static final String BASE = "/io/github/thidua/emulation/core/rules/";
  private static final ConcurrentHashMap<String, RuleSet> CACHE = new ConcurrentHashMap<>();

  private EmbeddedRuleSets() {}

  /**
   * Returns the shipped ids listed in {@code index.txt}.
   *
   * @return the ids
   */
  public static List<String> ids() {
    try (InputStream in = EmbeddedRuleSets.class.getResourceAsStream(BASE + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("the rule-set index is missing from emulation-core");
      }
      List<String> ids = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
      return ids.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the chain ending at a shipped id.
   *
   * @param id the leaf id
   * @return the rule book
   */
  public static RuleBook book(String id) {
    if (!ids().contains(id)) {
      throw new IllegalArgumentException("no shipped rule set has id '" + id + "'; shipped: " + ids());
    }
    List<RuleSet> chain = new ArrayList<>();
    Optional<RuleSetId> next = Optional.of(RuleSetId.of(id));
    while (next.isPresent()) {
      RuleSet layer = load(next.get().value());
      chain.add(layer);
      next = layer.parent();
    }
    return RuleBook.of(chain);
  }

  private static RuleSet load(String id) {
    return CACHE.computeIfAbsent(id, key -> {
      String name = key + ".json";
      try (InputStream in = EmbeddedRuleSets.class.getResourceAsStream(BASE + name)) {
        if (in == null) {
          throw new IllegalStateException("shipped rule set " + name + " is missing from emulation-core");
        }
        return reader(name).read(in, name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Finds a reader for a file name.
   *
   * @param fileName the name
   * @return the reader
   */
  public static RuleSetReader reader(String fileName) {
    for (RuleSetReader reader : ServiceLoader.load(RuleSetReader.class, EmbeddedRuleSets.class.getClassLoader())) {
      if (reader.canRead(fileName)) {
        return reader;
      }
    }
    throw new IllegalStateException("no RuleSetReader can read " + fileName
        + ": add emulation-jackson to the class path, or build rule sets in Java with RuleSet.builder(...)");
  }
}
