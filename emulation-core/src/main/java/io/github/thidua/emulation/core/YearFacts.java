package io.github.thidua.emulation.core;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about a unit in one year: the titles it holds and whether discipline, inspection or a
 * complaint is pending, which bars awards (Decree 152/2025/NĐ-CP).
 *
 * @param titles codes of the titles the unit holds that year, e.g. {@code TLDXS} (Tập thể lao động xuất sắc)
 * @param disciplinePending discipline is being considered (đang xem xét kỷ luật)
 * @param investigationPending an inspection, investigation, complaint or press allegation is being verified
 */
public record YearFacts(Set<String> titles, boolean disciplinePending, boolean investigationPending) {

  /** No titles and nothing pending. */
  public static final YearFacts NONE = new YearFacts(Set.of(), false, false);

  /**
   * Creates the value, checking its invariants.
   *
   * @param titles codes of the titles the unit holds that year, e.g. {@code TLDXS} (Tập thể lao động xuất sắc)
   * @param disciplinePending discipline is being considered (đang xem xét kỷ luật)
   * @param investigationPending an inspection, investigation, complaint or press allegation is being verified
   */
  public YearFacts {
    Objects.requireNonNull(titles, "titles");
    TreeSet<String> sorted = new TreeSet<>();
    for (String title : titles) {
      sorted.add(Ids.code("title", title));
    }
    titles = Collections.unmodifiableSortedSet(sorted);
  }
}
