package io.github.thidua.emulation.cli;

import java.util.List;

/** The JSON documents of the commands' output: a header naming the data and rules, then the results. */
final class Documents {
  private Documents() {}

  /**
   * Results of one kind for several groups.
   *
   * @param command the command that wrote it
   * @param province the province's id
   * @param year the emulation year
   * @param rules the rule book's layers, most general first, as {@code id@version}
   * @param results the results, by group id
   * @param <T> the result type
   */
  record Results<T>(String command, String province, int year, List<String> rules, List<T> results) {
    static <T> Results<T> of(String command, Dataset d, List<T> results) {
      return new Results<>(command, d.province().id(), d.province().year(), layers(d), results);
    }
  }

  static List<String> layers(Dataset d) {
    return d.rules().layers().stream().map(l -> l.id().value() + "@" + l.version()).toList();
  }
}
