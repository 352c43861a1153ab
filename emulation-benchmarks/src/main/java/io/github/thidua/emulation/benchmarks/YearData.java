package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A province's year as data: the organisation, the rule book and the year's sheets, votes, history and proposals.
 * {@link #sample()} reads the CLI's sample dataset (see {@link Sample}); {@link #copies(int, long)} makes a province
 * several times its size.
 *
 * @param province the organisation
 * @param rules the rule book
 * @param sheets the score sheets
 * @param votes the vote sessions
 * @param history the award history
 * @param proposals the groups' proposals
 */
record YearData(Province province, RuleBook rules, List<ScoreSheet> sheets, List<VoteSession> votes,
    List<AwardHistory> history, List<Proposal> proposals) {

  /** Reads the sample: its files, and the embedded Hưng Yên rule set with the sample's twelve layers. */
  static YearData sample() {
    Province province = EmulationFiles.readProvince(in("province.json"), "province.json");
    List<ScoreSheet> sheets = EmulationFiles.readScoreSheets(in("sheets.json"), "sheets.json");
    List<VoteSession> votes = EmulationFiles.readBallots(in("ballots.json"), "ballots.json");
    List<AwardHistory> history = EmulationFiles.readHistory(in("history.json"), "history.json");
    List<Proposal> proposals = EmulationFiles.readProposals(in("proposals.json"), "proposals.json");
    List<RuleSet> layers = new ArrayList<>(RuleSets.embedded("vn-hung-yen").layers());
    for (String name : Sample.layerNames()) {
      layers.add(EmulationFiles.readRuleSet(in(name), name));
    }
    return new YearData(province, RuleBook.of(layers), sheets, votes, history, proposals);
  }

  private static ByteArrayInputStream in(String name) {
    return new ByteArrayInputStream(Sample.bytes(name));
  }

  /** The inputs of the core's year API. */
  YearInputs inputs() {
    return YearInputs.builder(province, rules).sheets(sheets).votes(votes).history(history).proposals(proposals)
        .build();
  }

  /**
   * This year and {@code times - 1} copies of it under new ids: every unit, organiser and group, with its sheets,
   * ballots, history and proposals, and every organiser or group layer of the rule book (with its scales bound to
   * the copied organiser or group). Copy {@code k} appends {@code -rk} to unit, organiser, group, layer and scale
   * ids and {@code " (rk)"} to names. The lists of sheets and vote sessions are then shuffled with {@code seed}
   * (the year's inputs may come in any order), so the result is deterministic.
   *
   * @param times how many times the data, at least 1
   * @param seed the seed of the shuffle
   * @return the larger year
   */
  YearData copies(int times, long seed) {
    Set<String> unitIds = province.units().stream().map(u -> u.id().value()).collect(Collectors.toSet());
    Set<String> organiserIds = new HashSet<>();
    province.organisers().forEach(o -> organiserIds.add(o.id().value()));
    Province.Builder p = province.toBuilder();
    List<RuleSet> layers = new ArrayList<>(rules.layers());
    List<ScoreSheet> allSheets = new ArrayList<>(sheets);
    List<VoteSession> allVotes = new ArrayList<>(votes);
    List<AwardHistory> allHistory = new ArrayList<>(history);
    List<Proposal> allProposals = new ArrayList<>(proposals);
    for (int k = 1; k < times; k++) {
      Copy c = new Copy("-r" + k);
      for (Unit u : province.units()) {
        p.units(new Unit(c.unit(u.id()), c.name(u.name()), u.kind(), u.level(), u.parent().map(c::unit),
            u.staffCount(), u.divisionLevel(), u.lifecycle(), u.facts()));
      }
      for (Organiser o : province.organisers()) {
        p.organisers(new Organiser(c.organiser(o.id()), c.name(o.name()), o.kind(), o.sector(),
            o.unit().map(c::unit)));
      }
      for (EmulationGroup g : province.groups()) {
        p.groups(new EmulationGroup(c.group(g.id()), c.name(g.name()), g.kind(), c.organiser(g.organiser()),
            g.year(), c.units(g.members()), c.units(g.heads()), c.units(g.deputies()), g.decision(),
            g.pledgeSignedOn()));
      }
      for (RuleSet layer : rules.layers()) {
        if (layer.level() == LayerLevel.ORGANISER || layer.level() == LayerLevel.GROUP) {
          layers.add(new RuleSet(RuleSetId.of(layer.id().value() + c.suffix), layer.version(), layer.level(),
              layer.parent(), layer.target().map(t -> t + c.suffix), layer.name(), layer.validFrom(),
              layer.validTo(), layer.citation(), layer.rules(), layer.removals(),
              layer.scales().stream().map(c::scale).toList()));
        }
      }
      for (ScoreSheet s : sheets) {
        String scorer = unitIds.contains(s.scorer()) || organiserIds.contains(s.scorer()) ? s.scorer() + c.suffix
            : s.scorer();
        allSheets.add(new ScoreSheet(c.unit(s.unit()), c.group(s.group()), s.year(), s.role(), scorer,
            s.entries(), s.bonuses(), s.deductions()));
      }
      for (VoteSession v : votes) {
        allVotes.add(new VoteSession(c.group(v.group()), v.year(), v.purpose(), v.present(),
            c.units(v.candidates()), v.ballots().stream().map(b -> new Ballot(b.voterToken(),
                b.approved().stream().map(c::unit).collect(Collectors.toSet()), b.abstain())).toList(),
            v.round()));
      }
      for (AwardHistory h : history) {
        allHistory.add(new AwardHistory(c.group(h.group()), h.award(), h.years().stream()
            .map(y -> new HistoryYear(y.year(), c.units(y.ranking()), c.units(y.ineligible()),
                c.units(y.awardees()))).toList()));
      }
      for (Proposal x : proposals) {
        allProposals.add(new Proposal(c.group(x.group()), x.year(), x.leader().map(c::unit), x.awards().stream()
            .map(a -> new ProposedAward(c.unit(a.unit()), a.award(), a.achievement() + c.suffix)).toList()));
      }
    }
    Random random = new Random(seed);
    Collections.shuffle(allSheets, random);
    Collections.shuffle(allVotes, random);
    return new YearData(p.build(), RuleBook.of(layers), List.copyOf(allSheets), List.copyOf(allVotes),
        List.copyOf(allHistory), List.copyOf(allProposals));
  }

  /** The renaming of one copy. */
  private record Copy(String suffix) {
    UnitId unit(UnitId id) {
      return new UnitId(id.value() + suffix);
    }

    List<UnitId> units(List<UnitId> ids) {
      return ids.stream().map(this::unit).toList();
    }

    GroupId group(GroupId id) {
      return new GroupId(id.value() + suffix);
    }

    OrganiserId organiser(OrganiserId id) {
      return new OrganiserId(id.value() + suffix);
    }

    String name(String name) {
      return name + " (" + suffix.substring(1) + ")";
    }

    ScoringScale scale(ScoringScale s) {
      ScaleBinding b = s.binding();
      ScaleBinding copied = new ScaleBinding(b.group().map(this::group), b.organiser().map(this::organiser),
          b.year(), b.adoptedOn());
      return new ScoringScale(s.id() + suffix, s.version(), s.name(), s.base(), s.arithmetic(), s.criteria(),
          s.bonuses(), s.bonusCap(), s.deductions(), s.deductionCap(), s.floor(), copied, s.citation());
    }
  }
}
