package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.internal.Catalogue;
import java.util.List;
import java.util.Optional;

/** The library's closed catalogue of rule kinds, for tools that list, document or check rule data. */
public final class RuleKinds {
  private RuleKinds() {}

  /**
   * Returns every known kind, sorted by id.
   *
   * @return the kinds
   */
  public static List<RuleKind> all() {
    return Catalogue.kinds();
  }

  /**
   * Looks a kind up.
   *
   * @param id the kind's id
   * @return the kind, if the library knows it
   */
  public static Optional<RuleKind> find(String id) {
    return all().stream().filter(k -> k.id().equals(id)).findFirst();
  }
}
