package io.github.thidua.emulation.core.ranking;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking of a group's scored members: entries in order with ranks under the convention, what decided each
 * place, the ties still unresolved, the explanation and a fingerprint.
 *
 * @param group the group
 * @param year the year
 * @param convention how equal results are numbered
 * @param chain the tie-break steps applied, in order
 * @param entries the units in ranking order
 * @param unresolved ties that need lots or a council decision (empty when the ranking is complete)
 * @param trace the explanation: each tie and how it was decided
 * @param report problems found (unresolved ties, incomplete lots, unknown steps)
 * @param fingerprint SHA-256 over the scores, the resolved rules, the votes, the lots and the entries
 */
public record Ranking(GroupId group, int year, RankingConvention convention, List<String> chain,
    List<RankEntry> entries, List<UnresolvedTie> unresolved, Trace trace, ValidationReport report,
    Fingerprint fingerprint) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param group the group
   * @param year the year
   * @param convention how equal results are numbered
   * @param chain the tie-break steps applied, in order
   * @param entries the units in ranking order
   * @param unresolved ties that need lots or a council decision (empty when the ranking is complete)
   * @param trace the explanation: each tie and how it was decided
   * @param report problems found (unresolved ties, incomplete lots, unknown steps)
   * @param fingerprint SHA-256 over the scores, the resolved rules, the votes, the lots and the entries
   */
  public Ranking {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(convention, "convention");
    chain = List.copyOf(chain);
    entries = List.copyOf(entries);
    unresolved = List.copyOf(unresolved);
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * Tells whether every tie was resolved.
   *
   * @return whether there is no unresolved tie
   */
  public boolean isComplete() {
    return unresolved.isEmpty();
  }

  /**
   * Returns a unit's entry.
   *
   * @param unit the unit
   * @return its entry, if it was ranked
   */
  public Optional<RankEntry> entry(UnitId unit) {
    return entries.stream().filter(e -> e.unit().equals(unit)).findFirst();
  }

  /**
   * Returns the units in ranking order.
   *
   * @return the order
   */
  public List<UnitId> order() {
    return entries.stream().map(RankEntry::unit).toList();
  }
}
