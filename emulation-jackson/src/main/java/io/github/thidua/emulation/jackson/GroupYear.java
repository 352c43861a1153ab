package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.util.List;
import java.util.Objects;

/**
 * One emulation group in one year with everything needed to process it alone: the record of an archive (see
 * {@link ArchiveReader}). The group, its organiser and the units it refers to (members, heads, deputies, their
 * parents, the organiser's unit) make a one-group {@link #province()}, so {@code Emulation.validate},
 * {@code Emulation.score} and {@code Emulation.tally} work on the record as on separate files.
 *
 * <p>Values are kept as given, like a province document: a member missing from {@code units}, a sheet of another
 * group or a group of another year is not refused here but reported by validation, scoring or the tally. Immutable
 * and thread-safe.
 *
 * @param provinceId the province's id, e.g. {@code hung-yen}
 * @param provinceName the province's Vietnamese name, NFC, without surrounding spaces
 * @param year the emulation year
 * @param organiser the organiser that set the group up
 * @param group the group
 * @param units the units the group refers to, in the order given
 * @param sheets the group's score sheets for the year, in the order given; may be empty
 * @param sessions the group's honouring votes for the year, each with its ballots, in the order given; may be empty
 */
public record GroupYear(String provinceId, String provinceName, int year, Organiser organiser, EmulationGroup group,
    List<Unit> units, List<ScoreSheet> sheets, List<VoteSession> sessions) {

  /**
   * Creates the value, checking that the province id, name and year are those a {@link Province} accepts.
   *
   * @param provinceId the province's id, e.g. {@code hung-yen}
   * @param provinceName the province's Vietnamese name
   * @param year the emulation year
   * @param organiser the organiser that set the group up
   * @param group the group
   * @param units the units the group refers to, in the order given
   * @param sheets the group's score sheets for the year, in the order given
   * @param sessions the group's honouring votes for the year, in the order given
   * @throws IllegalArgumentException if the id, the name or the year is not valid for a province
   */
  public GroupYear {
    Objects.requireNonNull(provinceId, "provinceId");
    provinceName = Names.nfc(Objects.requireNonNull(provinceName, "provinceName").strip());
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(group, "group");
    units = List.copyOf(units);
    sheets = List.copyOf(sheets);
    sessions = List.copyOf(sessions);
    Province.builder(provinceId, provinceName, year).build();
  }

  /**
   * Returns the record as a province of one organiser and one group, for the year (its reference date is
   * 31 December). Built anew at each call.
   *
   * @return the province
   */
  public Province province() {
    return Province.builder(provinceId, provinceName, year).units(units).organisers(organiser).groups(group).build();
  }
}
