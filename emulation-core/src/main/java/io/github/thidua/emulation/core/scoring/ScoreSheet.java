package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A score sheet (phiếu chấm): one scorer's entries for one unit of one group in one year. Kept as given, so that
 * validation can report repeated, unknown and missing criteria.
 *
 * @param unit the unit scored
 * @param group the group
 * @param year the emulation year
 * @param role who scored: the unit itself, the head, a peer or the council
 * @param scorer the scorer's id: the scoring unit's id, or the council's name
 * @param entries one entry per leaf criterion
 * @param bonuses bonus claims
 * @param deductions deduction claims
 */
public record ScoreSheet(UnitId unit, GroupId group, int year, ScorerRole role, String scorer,
    List<ScoreEntry> entries, List<Claim> bonuses, List<Claim> deductions) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param unit the unit scored
   * @param group the group
   * @param year the emulation year
   * @param role who scored: the unit itself, the head, a peer or the council
   * @param scorer the scorer's id: the scoring unit's id, or the council's name
   * @param entries one entry per leaf criterion
   * @param bonuses bonus claims
   * @param deductions deduction claims
   */
  public ScoreSheet {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(role, "role");
    checkArgument(scorer != null && !scorer.isBlank(), "a score sheet names its scorer");
    entries = List.copyOf(entries);
    bonuses = List.copyOf(bonuses);
    deductions = List.copyOf(deductions);
  }

  /**
   * Starts a builder.
   *
   * @param unit the unit scored
   * @param group the group
   * @param year the year
   * @param role who scored
   * @param scorer the scorer's id
   * @return an empty builder
   */
  public static Builder builder(String unit, String group, int year, ScorerRole role, String scorer) {
    return new Builder(UnitId.of(unit), GroupId.of(group), year, role, scorer);
  }

  /** Builds a {@link ScoreSheet}; not thread-safe. */
  public static final class Builder {
    private final UnitId unit;
    private final GroupId group;
    private final int year;
    private final ScorerRole role;
    private final String scorer;
    private final List<ScoreEntry> entries = new ArrayList<>();
    private final List<Claim> bonuses = new ArrayList<>();
    private final List<Claim> deductions = new ArrayList<>();

    private Builder(UnitId unit, GroupId group, int year, ScorerRole role, String scorer) {
      this.unit = unit;
      this.group = group;
      this.year = year;
      this.role = role;
      this.scorer = scorer;
    }

    /**
     * Adds an entry of a value.
     *
     * @param criterion the code
     * @param value the value
     * @return this builder
     */
    public Builder entry(String criterion, String value) {
      entries.add(ScoreEntry.of(criterion, value));
      return this;
    }

    /**
     * Adds entries.
     *
     * @param values the entries
     * @return this builder
     */
    public Builder entries(ScoreEntry... values) {
      entries.addAll(List.of(values));
      return this;
    }

    /**
     * Claims a bonus.
     *
     * @param code the item
     * @param reason the achievement
     * @return this builder
     */
    public Builder bonus(String code, String reason) {
      bonuses.add(Claim.of(code, reason));
      return this;
    }

    /**
     * Claims a deduction.
     *
     * @param code the item
     * @param count occurrences
     * @param reason the fault
     * @return this builder
     */
    public Builder deduction(String code, int count, String reason) {
      deductions.add(new Claim(code, count, reason, List.of()));
      return this;
    }

    /**
     * Builds the sheet.
     *
     * @return the immutable sheet
     */
    public ScoreSheet build() {
      return new ScoreSheet(unit, group, year, role, scorer, entries, bonuses, deductions);
    }
  }
}
