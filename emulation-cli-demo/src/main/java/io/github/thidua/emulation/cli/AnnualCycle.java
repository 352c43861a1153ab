package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import io.github.thidua.emulation.core.year.YearInputs;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dataset handed to the core's year API ({@link EmulationYear}): the command line reads the files and the
 * options, the core runs the year, the commands render it. Nothing here orders or repeats a stage.
 */
final class AnnualCycle {
  private AnnualCycle() {}

  /**
   * The year on a dataset.
   *
   * @param data the dataset
   * @param year what the core's year API gave
   */
  record Result(Dataset data, ProvinceYear year) {

    /** The rule book's check and the organisation's validation. */
    ValidationReport validation() {
      return year.organisation();
    }

    /** The groups' years, by group id. */
    List<GroupYear> groups() {
      return year.groups();
    }

    /** Whether any stage reported an error. */
    boolean hasErrors() {
      return year.report().hasErrors();
    }
  }

  /**
   * The dataset as the year's inputs.
   *
   * @param data the dataset
   * @param lots lots drawn outside, per group
   * @return the inputs
   */
  static YearInputs inputs(Dataset data, Map<GroupId, List<UnitId>> lots) {
    YearInputs.Builder b = YearInputs.builder(data.province(), data.rules()).sheets(data.sheets())
        .votes(data.sessions()).history(data.histories()).proposals(data.proposals());
    lots.forEach(b::rankingLots);
    data.scale().ifPresent(b::scale);
    return b.fingerprints(data.fingerprints()).build();
  }

  /**
   * Runs the year for the chosen groups (all if none is chosen, with the council's review).
   *
   * @param data the dataset
   * @param only the groups to run, or empty for all
   * @param lots lots drawn outside, per group, fed to the ranking
   * @return the result
   */
  static Result run(Dataset data, Set<GroupId> only, Map<GroupId, List<UnitId>> lots) {
    groups(data, only);
    return new Result(data, EmulationYear.run(inputs(data, lots), only));
  }

  /** The chosen groups, by id; an unknown id is a usage error. */
  static List<EmulationGroup> groups(Dataset data, Set<GroupId> only) {
    for (GroupId id : only) {
      if (data.province().group(id).isEmpty()) {
        throw new UsageException("không có cụm, khối '" + id + "' trong dữ liệu",
            "no group '" + id + "' in the data");
      }
    }
    return data.province().groups().stream().filter(g -> only.isEmpty() || only.contains(g.id()))
        .sorted(Comparator.comparing(EmulationGroup::id)).distinct().toList();
  }

  /** The scoring stage alone, for {@code score} and {@code validate}. */
  static GroupScores score(Dataset data, EmulationGroup g) {
    List<ScoreSheet> sheets = data.sheets().stream().filter(s -> s.group().equals(g.id())).toList();
    return data.scale().map(s -> Emulation.score(data.province(), g.id(), s, sheets, data.rules()))
        .orElseGet(() -> Emulation.score(data.province(), g.id(), sheets, data.rules()));
  }

  /** The group's proposal for its year, if one was given. */
  static Optional<Proposal> proposal(Dataset data, EmulationGroup g) {
    return data.proposals().stream().filter(p -> p.group().equals(g.id()) && p.year() == g.year()).findFirst();
  }
}
