package io.github.thidua.emulation.core.testing;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Fixtures for scoring tests: one bloc {@value #GROUP} of the provincial committee with members {@code dv-1} …
 * {@code dv-n} (valid under {@link TestRules#book()}: at least 5 members with at least 5 staff, one head, one
 * deputy), an outsider unit that belongs to no group, scales bound to the bloc, and rule books with a
 * {@code scoring.aggregation} rule in a group layer.
 */
public final class Scales {
  /** The emulation year. */
  public static final int YEAR = 2025;
  /** The bloc's id. */
  public static final String GROUP = "khoi-1";
  /** The bloc's id, typed. */
  public static final GroupId GROUP_ID = GroupId.of(GROUP);
  /** The organiser of the bloc. */
  public static final String ORGANISER = "ubnd-tinh";
  /** A unit of the province that is in no group. */
  public static final String OUTSIDER = "dv-ngoai";
  /** The council's scorer name. */
  public static final String COUNCIL = "hoi-dong-tdkt";
  /** The day the fixtures' scales are adopted. */
  public static final LocalDate ADOPTED = LocalDate.of(YEAR, 3, 1);
  /** The day the bloc signs its pledge (after {@link #ADOPTED}). */
  public static final LocalDate PLEDGE = LocalDate.of(YEAR, 3, 15);
  /** The citation of the group layer's aggregation rule. */
  public static final Citation AGGREGATION = Citation.of("Quy chế hoạt động Khối thi đua số 1 (thử nghiệm)", "Điều 8");

  private Scales() {}

  /** Returns the id of the i-th member, from 1. */
  public static String member(int i) {
    return "dv-" + i;
  }

  /** Returns the ids of the first n members. */
  public static List<String> members(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(Scales::member).toList();
  }

  /** The head of the bloc: the first member. */
  public static String head() {
    return member(1);
  }

  /** A province with the bloc of n members (5 or more), which signed its pledge on {@link #PLEDGE}. */
  public static Province province(int n) {
    return province(n, Optional.of(PLEDGE));
  }

  /**
   * Returns a province with the bloc of n members; the first is the head, the second the deputy.
   *
   * @param n the members, at least 5 for a valid province
   * @param pledge the day of the pledge, if signed
   * @return the province
   */
  public static Province province(int n, Optional<LocalDate> pledge) {
    List<Unit> units = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      units.add(Unit.builder(member(i), "Cơ quan số " + i).staffCount(10 + i).build());
    }
    units.add(Unit.builder(OUTSIDER, "Cơ quan ngoài khối").staffCount(20).build());
    Organiser committee = Organiser.of(ORGANISER, "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE);
    EmulationGroup.Builder g = EmulationGroup.builder(GROUP, "Khối thi đua số 1", GroupKind.BLOC, committee.id(),
        YEAR).members(members(n).toArray(String[]::new)).head(member(1)).deputy(member(2));
    pledge.ifPresent(g::pledgeSignedOn);
    return Province.builder("tinh-thu-nghiem", "Tỉnh thử nghiệm", YEAR).referenceDate(LocalDate.of(YEAR, 12, 20))
        .units(units).organisers(committee).groups(g.build()).build();
  }

  /** The binding of the fixtures' scales: the bloc, {@link #YEAR}, adopted on {@link #ADOPTED}. */
  public static ScaleBinding binding() {
    return ScaleBinding.toGroup(GROUP_ID, YEAR, ADOPTED);
  }

  /** Starts a scale bound by {@link #binding()}. */
  public static ScoringScale.Builder scale(String id, String base) {
    return ScoringScale.builder(id, "1", base, binding());
  }

  /** The rule book of {@link TestRules} alone: no aggregation rule, so the default override chain applies. */
  public static RuleBook book() {
    return TestRules.book();
  }

  /**
   * Returns the rule book of {@link TestRules} with a group layer for the bloc that sets {@code scoring.aggregation}.
   *
   * @param params the rule's parameters, e.g. {@code Map.of("method", "mean", "minRaters", 3)}
   * @return the rule book
   */
  public static RuleBook book(Map<String, ?> params) {
    RuleSet layer = RuleSet.builder("test-khoi-1", "1", LayerLevel.GROUP)
        .parent(TestRules.PROVINCE)
        .target(GROUP)
        .citation(AGGREGATION)
        .rule(Rule.of("scoring.aggregation", RuleScope.LOCAL, AGGREGATION, RuleParameters.of(params)))
        .build();
    return TestRules.book().with(layer);
  }

  /** Starts a sheet for a unit of the bloc. */
  public static ScoreSheet.Builder sheet(String unit, ScorerRole role, String scorer) {
    return ScoreSheet.builder(unit, GROUP, YEAR, role, scorer);
  }

  /** Starts the unit's own sheet. */
  public static ScoreSheet.Builder self(String unit) {
    return sheet(unit, ScorerRole.SELF, unit);
  }

  /** Starts the head's sheet for a unit. */
  public static ScoreSheet.Builder byHead(String unit) {
    return sheet(unit, ScorerRole.HEAD, head());
  }

  /** Starts the council's sheet for a unit. */
  public static ScoreSheet.Builder byCouncil(String unit) {
    return sheet(unit, ScorerRole.COUNCIL, COUNCIL);
  }

  /** Starts a peer's sheet for a unit. */
  public static ScoreSheet.Builder byPeer(String unit, String peer) {
    return sheet(unit, ScorerRole.PEER, peer);
  }
}
