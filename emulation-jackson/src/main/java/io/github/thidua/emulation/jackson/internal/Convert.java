package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.DecisionReference;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.StatusChange;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleRemoval;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.scoring.Arithmetic;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.RoundingPoint;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.scoring.Tier;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns wire records into core values. Each step knows its JSON path, so a missing field or a value the core
 * refuses becomes a {@link DataFileException} that says where.
 */
final class Convert {
  private final String source;

  Convert(String source) {
    this.source = source;
  }

  DataFileException error(String path, String vi, String en) {
    return error(path, new LocalizedText(vi, en));
  }

  DataFileException error(String path, LocalizedText problem) {
    return new DataFileException(source, path, 0, 0, problem, null);
  }

  <T> T required(String path, T value) {
    if (value == null) {
      throw error(path, "thiếu trường bắt buộc", "required field is missing");
    }
    return value;
  }

  /** Runs a core constructor, turning its refusal of a value into a located error. */
  <T> T at(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw error(path, "giá trị không hợp lệ: " + e.getMessage(), "invalid value: " + e.getMessage());
    }
  }

  <E extends Enum<E>> E enumValue(String path, String value, Class<E> type) {
    required(path, value);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.toString(type.getEnumConstants());
      throw error(path, "giá trị '" + value + "' không hợp lệ; cho phép: " + allowed,
          "'" + value + "' is not allowed; expected one of " + allowed);
    }
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  <D, T> List<T> each(String path, List<D> docs, Function<Indexed<D>, T> convert) {
    List<T> out = new ArrayList<>();
    List<D> items = list(docs);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "[" + i + "]";
      out.add(convert.apply(new Indexed<>(itemPath, required(itemPath, items.get(i)))));
    }
    return out;
  }

  record Indexed<D>(String path, D doc) {}

  // ---------------------------------------------------------------- rule sets

  RuleSet ruleSet(Docs.RuleSetDoc d) {
    RuleSetId id = at("$.id", () -> RuleSetId.of(required("$.id", d.id())));
    LayerLevel level = enumValue("$.level", d.level(), LayerLevel.class);
    Docs.Text name = required("$.name", d.name());
    List<Rule> rules = each("$.rules", d.rules(), r -> rule(r.path(), r.doc()));
    List<RuleRemoval> removals = each("$.remove", d.remove(), r -> removal(r.path(), r.doc()));
    List<ScoringScale> scales = each("$.scales", d.scales(), sc -> scale(sc.path(), sc.doc()));
    return at("$", () -> new RuleSet(id, required("$.version", d.version()), level,
        Optional.ofNullable(d.parent()).map(p -> at("$.extends", () -> RuleSetId.of(p))),
        Optional.ofNullable(d.target()), text("$.name", name),
        required("$.validFrom", d.validFrom()), Optional.ofNullable(d.validTo()),
        citation("$.citation", d.citation()), rules, removals, scales));
  }

  LocalizedText text(String path, Docs.Text t) {
    return at(path, () -> new LocalizedText(required(path + ".vi", t.vi()), required(path + ".en", t.en())));
  }

  Citation citation(String path, Docs.CitationDoc c) {
    required(path, c);
    return at(path, () -> new Citation(required(path + ".document", c.document()),
        Optional.ofNullable(c.provision()), Optional.ofNullable(c.url())));
  }

  Rule rule(String path, Docs.RuleDoc r) {
    String kind = required(path + ".kind", r.kind());
    RuleScope scope = enumValue(path + ".scope", r.scope(), RuleScope.class);
    Citation citation = citation(path + ".citation", r.citation());
    Map<String, Object> params = r.params() == null ? Map.of() : r.params();
    params.forEach((k, v) -> noNulls(path + ".params." + k, v));
    RuleParameters parameters = at(path + ".params", () -> RuleParameters.of(params));
    return at(path, () -> new Rule(r.id() == null ? kind : r.id(), kind, scope, citation, parameters,
        Optional.ofNullable(r.validFrom()), Optional.ofNullable(r.validTo())));
  }

  private void noNulls(String path, Object value) {
    if (value == null) {
      throw error(path, "giá trị null không được phép", "null is not allowed");
    }
    if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        noNulls(path + "[" + i + "]", l.get(i));
      }
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> noNulls(path + "." + k, v));
    }
  }

  RuleRemoval removal(String path, Docs.RemovalDoc r) {
    return at(path, () -> new RuleRemoval(required(path + ".rule", r.rule()), required(path + ".reason", r.reason()),
        citation(path + ".citation", r.citation())));
  }

  // ---------------------------------------------------------------- scales

  ScoringScale scaleFile(Docs.ScaleFileDoc d) {
    return scale("$", d.scale());
  }

  ScoringScale scale(String path, Docs.ScaleDoc d) {
    Docs.ArithmeticDoc a = required(path + ".arithmetic", d.arithmetic());
    RoundingMode mode = enumValue(path + ".arithmetic.rounding", a.rounding(), RoundingMode.class);
    RoundingPoint point = enumValue(path + ".arithmetic.point", a.point(), RoundingPoint.class);
    Arithmetic arithmetic = at(path + ".arithmetic",
        () -> new Arithmetic(required(path + ".arithmetic.decimals", a.decimals()), mode, point));
    Docs.BindingDoc b = required(path + ".binding", d.binding());
    ScaleBinding binding = at(path + ".binding", () -> new ScaleBinding(
        Optional.ofNullable(b.group()).map(GroupId::of), Optional.ofNullable(b.organiser()).map(OrganiserId::of),
        required(path + ".binding.year", b.year()), required(path + ".binding.adoptedOn", b.adoptedOn())));
    List<Criterion> criteria = each(path + ".criteria", d.criteria(), c -> criterion(c.path(), c.doc()));
    List<ListedItem> bonuses = each(path + ".bonuses", d.bonuses(), i -> item(i.path(), i.doc()));
    List<ListedItem> deductions = each(path + ".deductions", d.deductions(), i -> item(i.path(), i.doc()));
    return at(path, () -> new ScoringScale(required(path + ".id", d.id()), required(path + ".version", d.version()),
        looseText(path + ".name", d.name()), required(path + ".base", d.base()), arithmetic,
        criteria, bonuses, d.bonusCap() == null ? BigDecimal.ZERO : d.bonusCap(), deductions,
        Optional.ofNullable(d.deductionCap()), d.floor() == null ? BigDecimal.ZERO : d.floor(), binding,
        citation(path + ".citation", d.citation())));
  }

  /** A text with a required Vietnamese part; the English part defaults to the Vietnamese. */
  private LocalizedText looseText(String path, Docs.Text t) {
    required(path, t);
    String vi = required(path + ".vi", t.vi());
    return at(path, () -> new LocalizedText(vi, t.en() == null ? vi : t.en()));
  }

  Criterion criterion(String path, Docs.CriterionDoc c) {
    List<Criterion> children = each(path + ".children", c.children(), ch -> criterion(ch.path(), ch.doc()));
    Optional<ScoringMethod> method = Optional.ofNullable(c.method()).map(m -> method(path + ".method", m));
    return at(path, () -> new Criterion(required(path + ".code", c.code()), looseText(path + ".text", c.text()),
        required(path + ".max", c.max()), Boolean.TRUE.equals(c.evidenceRequired()),
        Optional.ofNullable(c.citation()).map(ci -> citation(path + ".citation", ci)), method, children));
  }

  ScoringMethod method(String path, Docs.MethodDoc m) {
    String type = required(path + ".type", m.type());
    List<String> allowed = switch (type) {
      case "manual", "pass-fail" -> List.of();
      case "against-target" -> List.of("capRatio", "tiers");
      case "per-occurrence" -> List.of("pointsEach");
      case "relative-to-group" -> List.of("atTargetFraction");
      default -> throw error(path + ".type", "loại phương pháp chấm '" + type + "' không hợp lệ; cho phép: manual,"
          + " pass-fail, against-target, per-occurrence, relative-to-group", "'" + type + "' is not a scoring"
          + " method; expected manual, pass-fail, against-target, per-occurrence or relative-to-group");
    };
    Map<String, Object> given = new TreeMap<>();
    given.put("capRatio", m.capRatio());
    given.put("tiers", m.tiers());
    given.put("pointsEach", m.pointsEach());
    given.put("atTargetFraction", m.atTargetFraction());
    given.forEach((name, value) -> {
      if (value != null && !allowed.contains(name)) {
        throw error(path + "." + name, "trường '" + name + "' không dùng cho phương pháp " + type,
            "field '" + name + "' does not apply to method " + type);
      }
    });
    return at(path, () -> switch (type) {
      case "manual" -> new ScoringMethod.Manual();
      case "pass-fail" -> new ScoringMethod.PassFail();
      case "against-target" -> new ScoringMethod.AgainstTarget(
          each(path + ".tiers", m.tiers(), t -> at(t.path(), () -> new Tier(required(t.path() + ".minRatio",
              t.doc().minRatio()), required(t.path() + ".fraction", t.doc().fraction())))),
          m.capRatio() == null ? BigDecimal.ONE : m.capRatio());
      case "per-occurrence" -> new ScoringMethod.PerOccurrence(required(path + ".pointsEach", m.pointsEach()));
      default -> new ScoringMethod.RelativeToGroup(required(path + ".atTargetFraction", m.atTargetFraction()));
    });
  }

  ListedItem item(String path, Docs.ItemDoc i) {
    return at(path, () -> new ListedItem(required(path + ".code", i.code()), looseText(path + ".text", i.text()),
        required(path + ".points", i.points()), Optional.ofNullable(i.cap()),
        Optional.ofNullable(i.citation()).map(c -> citation(path + ".citation", c))));
  }

  // ---------------------------------------------------------------- score sheets

  List<ScoreSheet> sheets(Docs.SheetsDoc d) {
    return each("$.sheets", d.sheets(), s -> sheet(s.path(), s.doc()));
  }

  ScoreSheet sheet(String path, Docs.SheetDoc d) {
    ScorerRole role = enumValue(path + ".role", d.role(), ScorerRole.class);
    List<ScoreEntry> entries = each(path + ".entries", d.entries(), e -> at(e.path(), () -> new ScoreEntry(
        required(e.path() + ".criterion", e.doc().criterion()), required(e.path() + ".value", e.doc().value()),
        Optional.ofNullable(e.doc().target()), e.doc().note() == null ? "" : e.doc().note(),
        list(e.doc().evidence()))));
    List<Claim> bonuses = each(path + ".bonuses", d.bonuses(), c -> claim(c.path(), c.doc()));
    List<Claim> deductions = each(path + ".deductions", d.deductions(), c -> claim(c.path(), c.doc()));
    return at(path, () -> new ScoreSheet(UnitId.of(required(path + ".unit", d.unit())),
        GroupId.of(required(path + ".group", d.group())), required(path + ".year", d.year()), role,
        required(path + ".scorer", d.scorer()), entries, bonuses, deductions));
  }

  private Claim claim(String path, Docs.ClaimDoc c) {
    return at(path, () -> new Claim(required(path + ".code", c.code()), c.count() == null ? 1 : c.count(),
        c.reason() == null ? "" : c.reason(), list(c.evidence())));
  }

  // ---------------------------------------------------------------- provinces

  Province province(Docs.ProvinceDoc d) {
    int year = required("$.year", d.year());
    Province.Builder b = Province.builder(required("$.id", d.id()), required("$.name", d.name()), year);
    if (d.referenceDate() != null) {
      b.referenceDate(d.referenceDate());
    }
    b.units(each("$.units", d.units(), u -> unit(u.path(), u.doc())));
    b.organisers(each("$.organisers", d.organisers(), o -> organiser(o.path(), o.doc())));
    b.groups(each("$.groups", d.groups(), g -> group(g.path(), g.doc())));
    return at("$", b::build);
  }

  Unit unit(String path, Docs.UnitDoc u) {
    List<StatusChange> lifecycle = each(path + ".lifecycle", u.lifecycle(), s -> new StatusChange(
        enumValue(s.path() + ".status", s.doc().status(), LifecycleStatus.class),
        required(s.path() + ".from", s.doc().from())));
    Map<Integer, YearFacts> facts = new TreeMap<>();
    if (u.facts() != null) {
      u.facts().forEach((year, f) -> {
        String p = path + ".facts." + year;
        int y = at(p, () -> Integer.parseInt(year));
        required(p, f);
        facts.put(y, at(p, () -> new YearFacts(titles(f.titles()), Boolean.TRUE.equals(f.disciplinePending()),
            Boolean.TRUE.equals(f.investigationPending()))));
      });
    }
    return at(path, () -> new Unit(UnitId.of(required(path + ".id", u.id())), required(path + ".name", u.name()),
        UnitKind.of(required(path + ".kind", u.kind())), UnitLevel.of(required(path + ".level", u.level())),
        Optional.ofNullable(u.parent()).map(UnitId::of), required(path + ".staff", u.staff()),
        Boolean.TRUE.equals(u.divisionLevel()), lifecycle, facts));
  }

  private static Set<String> titles(List<String> titles) {
    return titles == null ? Set.of() : new TreeSet<>(titles);
  }

  Organiser organiser(String path, Docs.OrganiserDoc o) {
    return at(path, () -> new Organiser(OrganiserId.of(required(path + ".id", o.id())),
        required(path + ".name", o.name()), OrganiserKind.of(required(path + ".kind", o.kind())),
        Optional.ofNullable(o.sector()), Optional.ofNullable(o.unit()).map(UnitId::of)));
  }

  EmulationGroup group(String path, Docs.GroupDoc g) {
    GroupKind kind = enumValue(path + ".kind", g.kind(), GroupKind.class);
    Optional<DecisionReference> decision = Optional.ofNullable(g.decision())
        .map(dd -> at(path + ".decision", () -> new DecisionReference(required(path + ".decision.number",
            dd.number()), Optional.ofNullable(dd.date()))));
    return at(path, () -> new EmulationGroup(GroupId.of(required(path + ".id", g.id())),
        required(path + ".name", g.name()), kind, OrganiserId.of(required(path + ".organiser", g.organiser())),
        required(path + ".year", g.year()), ids(path + ".members", g.members()), ids(path + ".heads", g.heads()),
        ids(path + ".deputies", g.deputies()), decision, Optional.ofNullable(g.pledgeSignedOn())));
  }

  private List<UnitId> ids(String path, List<String> values) {
    return each(path, values, v -> at(v.path(), () -> UnitId.of(v.doc())));
  }

  // ---------------------------------------------------------------- ballots and history

  List<VoteSession> sessions(Docs.BallotsDoc d) {
    return each("$.sessions", d.sessions(), s -> session(s.path(), s.doc()));
  }

  VoteSession session(String path, Docs.SessionDoc d) {
    VotePurpose purpose = enumValue(path + ".purpose", d.purpose(), VotePurpose.class);
    List<Ballot> ballots = each(path + ".ballots", d.ballots(), b -> {
      List<UnitId> approved = ids(b.path() + ".approved", b.doc().approved());
      Set<UnitId> distinct = new TreeSet<>();
      for (int i = 0; i < approved.size(); i++) {
        if (!distinct.add(approved.get(i))) {
          throw error(b.path() + ".approved[" + i + "]", "đơn vị '" + approved.get(i) + "' được ghi hai lần trên một phiếu",
              "unit '" + approved.get(i) + "' is marked twice on one ballot");
        }
      }
      return at(b.path(), () -> new Ballot(Optional.ofNullable(b.doc().voter()), distinct,
          Boolean.TRUE.equals(b.doc().abstain())));
    });
    return at(path, () -> new VoteSession(GroupId.of(required(path + ".group", d.group())),
        required(path + ".year", d.year()), purpose, required(path + ".present", d.present()),
        ids(path + ".candidates", d.candidates()), ballots, Optional.ofNullable(d.round())));
  }

  List<AwardHistory> histories(Docs.HistoryDoc d) {
    return each("$.histories", d.histories(), h -> at(h.path(), () -> new AwardHistory(
        GroupId.of(required(h.path() + ".group", h.doc().group())), required(h.path() + ".award", h.doc().award()),
        each(h.path() + ".years", h.doc().years(), y -> at(y.path(), () -> new HistoryYear(
            required(y.path() + ".year", y.doc().year()), ids(y.path() + ".ranking", y.doc().ranking()),
            ids(y.path() + ".ineligible", y.doc().ineligible()), ids(y.path() + ".awardees", y.doc().awardees())))))));
  }

  List<Proposal> proposals(Docs.ProposalsDoc d) {
    return each("$.proposals", d.proposals(), p -> {
      String path = p.path();
      List<ProposedAward> awards = each(path + ".awards", p.doc().awards(), a -> at(a.path(), () -> new ProposedAward(
          UnitId.of(required(a.path() + ".unit", a.doc().unit())), required(a.path() + ".award", a.doc().award()),
          required(a.path() + ".achievement", a.doc().achievement()))));
      return at(path, () -> new Proposal(GroupId.of(required(path + ".group", p.doc().group())),
          required(path + ".year", p.doc().year()), Optional.ofNullable(p.doc().leader()).map(UnitId::of), awards));
    });
  }
}
