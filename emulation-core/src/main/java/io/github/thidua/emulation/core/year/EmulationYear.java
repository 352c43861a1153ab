package io.github.thidua.emulation.core.year;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.internal.YearEngine;
import java.util.Objects;
import java.util.Set;

/**
 * The emulation year in one call. For every group of the province, in order: score → preliminary ranking → the
 * votes of every purpose and round (the honouring vote's candidates checked against the preliminary ranking) →
 * final ranking (the deciding {@code LEADER} round's approvals feed the {@code vote} tie-break step, the lots the
 * rest) → the leading unit → the award plan (with the group's seats of any province-wide quota) → the check of the
 * group's own proposal → the rotation check; before the groups, the rule book's check, the inputs' check, the
 * organisation's validation and the province-wide apportionments; after them, the provincial council's review of
 * the province's list. The rule book is checked once per run and resolved once per group-year; each stage's result
 * equals what the same stage gives when called alone through {@link io.github.thidua.emulation.core.Emulation}.
 *
 * <pre>{@code
 * YearInputs inputs = YearInputs.builder(province, RuleSets.defaultRules())
 *     .sheets(sheets).votes(ballots).history(history).proposals(proposals).build();
 * ProvinceYear year = EmulationYear.run(inputs);
 * year.report().findings().forEach(f -> System.out.println(f.stage() + " " + f.violation().code()));
 * }</pre>
 */
public final class EmulationYear {
  private EmulationYear() {}

  /**
   * Runs a province's year: every group, then the council's review.
   *
   * @param inputs the year's inputs
   * @return the year, with one report in which each finding appears once
   * @throws NullPointerException if {@code inputs} is null (a programmer error)
   */
  public static ProvinceYear run(YearInputs inputs) {
    return YearEngine.run(Objects.requireNonNull(inputs, "inputs"), Set.of());
  }

  /**
   * Runs the year of some groups only (the province-wide stages too, except the council's review, which needs
   * every group's proposals).
   *
   * @param inputs the year's inputs
   * @param groups the groups to run; empty runs them all, with the council's review
   * @return the year of those groups
   * @throws IllegalArgumentException if a group is not in the province (a programmer error)
   */
  public static ProvinceYear run(YearInputs inputs, Set<GroupId> groups) {
    return YearEngine.run(Objects.requireNonNull(inputs, "inputs"), Set.copyOf(groups));
  }

  /**
   * Runs one group's year.
   *
   * @param inputs the year's inputs
   * @param group the group
   * @return its year
   * @throws IllegalArgumentException if the group is not in the province (a programmer error)
   */
  public static GroupYear group(YearInputs inputs, GroupId group) {
    return run(inputs, Set.of(Objects.requireNonNull(group, "group"))).groups().get(0);
  }
}
