package io.github.thidua.emulation.core.voting;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fixtures for voting tests: a province with one bloc {@value #GROUP} of members {@code dv-1} … {@code dv-n}
 * (head {@code dv-1}, deputy {@code dv-2}), an outsider unit {@value #OUTSIDER} in no group, and one-layer rule
 * books with or without a {@code vote.honouring} rule.
 */
final class Votes {
  /** The emulation year. */
  static final int YEAR = 2025;
  /** The bloc's id. */
  static final String GROUP = "khoi-kiem-sat";
  /** A unit of the province that is in no group. */
  static final String OUTSIDER = "dv-ngoai";
  /** The citation of the Procuracy rule (R18). */
  static final Citation PROCURACY = Citation.of("Thông tư 01/2019/TT-VKSTC", "Điều 20");
  /** The citation of the other test rules. */
  static final Citation REGULATION = Citation.of("Quy chế hoạt động khối thi đua (thử nghiệm)", "Điều 12");
  /** The provincial layer's id. */
  static final String LAYER = "test-vote-province";

  private Votes() {}

  /** Returns the id of the i-th member, from 1. */
  static String member(int i) {
    return "dv-" + i;
  }

  /** Returns the typed id of the i-th member, from 1. */
  static UnitId unit(int i) {
    return UnitId.of(member(i));
  }

  /** Returns the typed ids of the first n members. */
  static List<UnitId> units(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(Votes::unit).toList();
  }

  /** A province whose bloc has n members. */
  static Province province(int n) {
    List<Unit> all = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      all.add(Unit.builder(member(i), "Viện kiểm sát số " + i).staffCount(10 + i).build());
    }
    all.add(Unit.builder(OUTSIDER, "Cơ quan ngoài khối").staffCount(20).build());
    Organiser organiser = Organiser.of("vks-tinh", "Viện kiểm sát nhân dân tỉnh", OrganiserKind.DEPARTMENT);
    EmulationGroup group = EmulationGroup.builder(GROUP, "Khối thi đua Viện kiểm sát", GroupKind.BLOC,
        organiser.id(), YEAR).members(units(n)).head(member(1)).deputy(member(2)).build();
    return Province.builder("tinh-thu-nghiem", "Tỉnh thử nghiệm", YEAR).referenceDate(LocalDate.of(YEAR, 12, 20))
        .units(all).organisers(organiser).groups(group).build();
  }

  /** A one-layer rule book with a {@code vote.honouring} rule of the given parameters. */
  static RuleBook book(Map<String, ?> params) {
    return book(params, REGULATION);
  }

  /** A one-layer rule book with a {@code vote.honouring} rule of the given parameters and citation. */
  static RuleBook book(Map<String, ?> params, Citation citation) {
    return RuleBook.of(layer().rule(Rule.of("vote.honouring", RuleScope.LOCAL, citation,
        RuleParameters.of(params))).build());
  }

  /** The Procuracy rule of R18: at least 80 % of the members. */
  static RuleBook procuracy() {
    return book(Map.of("threshold", new java.math.BigDecimal("0.8"), "comparison", "at-least", "base", "members"),
        PROCURACY);
  }

  /** A one-layer rule book without any {@code vote.honouring} rule: the library default applies. */
  static RuleBook noRule() {
    return RuleBook.of(layer().build());
  }

  private static RuleSet.Builder layer() {
    return RuleSet.builder(LAYER, "1", LayerLevel.PROVINCE)
        .name(new LocalizedText("Tỉnh (thử nghiệm)", "Province (test)"))
        .citation(REGULATION);
  }

  /** Starts a session of the bloc for {@link #YEAR}. */
  static VoteSession.Builder session(VotePurpose purpose, int present, String... candidates) {
    return VoteSession.builder(GROUP, YEAR, purpose).present(present).candidates(candidates);
  }
}
