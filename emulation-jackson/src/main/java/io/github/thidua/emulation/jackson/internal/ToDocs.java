package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.StatusChange;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleRemoval;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.scoring.Tier;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns core values into wire records, the reverse of {@link Convert}. A value equal to what reading supplies when
 * the field is absent (false, an empty list, the default cap) is left out, so a written document reads back to an
 * equal value and stays short.
 */
final class ToDocs {
  private ToDocs() {}

  /** A list of converted values, or null (left out) when empty. */
  private static <T, D> List<D> listOrNull(List<T> values, Function<T, D> convert) {
    if (values.isEmpty()) {
      return null;
    }
    List<D> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(convert.apply(v)));
    return out;
  }

  private static Boolean trueOrNull(boolean value) {
    return value ? Boolean.TRUE : null;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static List<String> ids(List<UnitId> units) {
    return listOrNull(units, UnitId::value);
  }

  // ---------------------------------------------------------------- rule sets

  static Docs.RuleSetDoc ruleSet(RuleSet s) {
    return new Docs.RuleSetDoc(Migration.CURRENT, DocumentType.RULE_SET.wire(), s.id().value(), s.version(), s.level().name(),
        s.parent().map(RuleSetId::value).orElse(null), s.target().orElse(null), text(s.name()), s.validFrom(),
        s.validTo().orElse(null), citation(s.citation()), listOrNull(s.rules(), ToDocs::rule),
        listOrNull(s.removals(), ToDocs::removal), listOrNull(s.scales(), ToDocs::scale));
  }

  static Docs.Text text(LocalizedText t) {
    return new Docs.Text(t.vi(), t.en());
  }

  static Docs.CitationDoc citation(Citation c) {
    return new Docs.CitationDoc(c.document(), c.provision().orElse(null), c.url().orElse(null));
  }

  static Docs.RuleDoc rule(Rule r) {
    Map<String, Object> params = r.params().asMap();
    return new Docs.RuleDoc(r.id().equals(r.kind()) ? null : r.id(), r.kind(), r.scope().name(),
        citation(r.citation()), params.isEmpty() ? null : paramMap(params), r.validFrom().orElse(null),
        r.validTo().orElse(null));
  }

  /** Parameter values as plain JSON values; whole numbers are written without a decimal point or exponent. */
  private static Object param(Object value) {
    if (value instanceof BigDecimal d) {
      return d.scale() <= 0 ? d.toBigIntegerExact() : d;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(param(e)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      return paramMap(map);
    }
    return value;
  }

  private static Map<String, Object> paramMap(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put((String) k, param(v)));
    return out;
  }

  static Docs.RemovalDoc removal(RuleRemoval r) {
    return new Docs.RemovalDoc(r.ruleId(), r.reason(), citation(r.citation()));
  }

  // ---------------------------------------------------------------- scales

  static Docs.ScaleDoc scale(ScoringScale s) {
    Docs.ArithmeticDoc arithmetic = new Docs.ArithmeticDoc(s.arithmetic().decimals(), s.arithmetic().mode().name(),
        s.arithmetic().point().name());
    Docs.BindingDoc binding = new Docs.BindingDoc(s.binding().group().map(g -> g.value()).orElse(null),
        s.binding().organiser().map(o -> o.value()).orElse(null), s.binding().year(), s.binding().adoptedOn());
    return new Docs.ScaleDoc(s.id(), s.version(), looseText(s.name()), s.base(), arithmetic, binding,
        citation(s.citation()), listOrNull(s.criteria(), ToDocs::criterion), listOrNull(s.bonuses(), ToDocs::item),
        s.bonusCap().equals(BigDecimal.ZERO) ? null : s.bonusCap(), listOrNull(s.deductions(), ToDocs::item),
        s.deductionCap().orElse(null), s.floor().equals(BigDecimal.ZERO) ? null : s.floor());
  }

  /** A text whose English part may be left out when it repeats the Vietnamese. */
  private static Docs.Text looseText(LocalizedText t) {
    return new Docs.Text(t.vi(), t.en().equals(t.vi()) ? null : t.en());
  }

  static Docs.CriterionDoc criterion(Criterion c) {
    return new Docs.CriterionDoc(c.code(), looseText(c.text()), c.max(), trueOrNull(c.evidenceRequired()),
        c.citation().map(ToDocs::citation).orElse(null), c.method().map(ToDocs::method).orElse(null),
        listOrNull(c.children(), ToDocs::criterion));
  }

  static Docs.MethodDoc method(ScoringMethod m) {
    if (m instanceof ScoringMethod.AgainstTarget t) {
      return new Docs.MethodDoc(m.type(), t.capRatio().equals(BigDecimal.ONE) ? null : t.capRatio(),
          listOrNull(t.tiers(), ToDocs::tier), null, null);
    }
    if (m instanceof ScoringMethod.PerOccurrence p) {
      return new Docs.MethodDoc(m.type(), null, null, p.pointsEach(), null);
    }
    if (m instanceof ScoringMethod.RelativeToGroup r) {
      return new Docs.MethodDoc(m.type(), null, null, null, r.atTargetFraction());
    }
    return new Docs.MethodDoc(m.type(), null, null, null, null);
  }

  private static Docs.TierDoc tier(Tier t) {
    return new Docs.TierDoc(t.minRatio(), t.fraction());
  }

  static Docs.ItemDoc item(ListedItem i) {
    return new Docs.ItemDoc(i.code(), looseText(i.text()), i.points(), i.cap().orElse(null),
        i.citation().map(ToDocs::citation).orElse(null));
  }

  // ---------------------------------------------------------------- score sheets

  static Docs.SheetsDoc sheets(List<ScoreSheet> sheets) {
    List<Docs.SheetDoc> out = new ArrayList<>(sheets.size());
    sheets.forEach(s -> out.add(sheet(s)));
    return new Docs.SheetsDoc(Migration.CURRENT, DocumentType.SCORE_SHEETS.wire(), out);
  }

  static Docs.SheetDoc sheet(ScoreSheet s) {
    return new Docs.SheetDoc(s.unit().value(), s.group().value(), s.year(), s.role().name(), s.scorer(),
        listOrNull(s.entries(), ToDocs::entry), listOrNull(s.bonuses(), ToDocs::claim),
        listOrNull(s.deductions(), ToDocs::claim));
  }

  private static Docs.EntryDoc entry(ScoreEntry e) {
    return new Docs.EntryDoc(e.criterion(), e.value(), e.target().orElse(null), emptyToNull(e.note()),
        listOrNull(e.evidence(), Function.identity()));
  }

  private static Docs.ClaimDoc claim(Claim c) {
    return new Docs.ClaimDoc(c.code(), c.count() == 1 ? null : c.count(), emptyToNull(c.reason()),
        listOrNull(c.evidence(), Function.identity()));
  }

  // ---------------------------------------------------------------- provinces

  static Docs.ProvinceDoc province(Province p) {
    LocalDate defaultReference = LocalDate.of(p.year(), 12, 31);
    return new Docs.ProvinceDoc(Migration.CURRENT, DocumentType.PROVINCE.wire(), p.id(), p.name(), p.year(),
        p.referenceDate().equals(defaultReference) ? null : p.referenceDate(),
        listOrNull(p.units(), ToDocs::unit), listOrNull(p.organisers(), ToDocs::organiser),
        listOrNull(p.groups(), ToDocs::group));
  }

  static Docs.UnitDoc unit(Unit u) {
    Map<String, Docs.FactsDoc> facts = null;
    if (!u.facts().isEmpty()) {
      facts = new LinkedHashMap<>();
      for (Map.Entry<Integer, YearFacts> e : u.facts().entrySet()) {
        YearFacts f = e.getValue();
        facts.put(String.valueOf(e.getKey()), new Docs.FactsDoc(listOrNull(List.copyOf(f.titles()),
            Function.identity()), trueOrNull(f.disciplinePending()), trueOrNull(f.investigationPending())));
      }
    }
    return new Docs.UnitDoc(u.id().value(), u.name(), u.kind().code(), u.level().code(),
        u.parent().map(UnitId::value).orElse(null), u.staffCount(), trueOrNull(u.divisionLevel()),
        listOrNull(u.lifecycle(), ToDocs::status), facts);
  }

  private static Docs.StatusDoc status(StatusChange s) {
    return new Docs.StatusDoc(s.status().name(), s.effectiveFrom());
  }

  static Docs.OrganiserDoc organiser(Organiser o) {
    return new Docs.OrganiserDoc(o.id().value(), o.name(), o.kind().code(), o.sector().orElse(null),
        o.unit().map(UnitId::value).orElse(null));
  }

  static Docs.GroupDoc group(EmulationGroup g) {
    return new Docs.GroupDoc(g.id().value(), g.name(), g.kind().name(), g.organiser().value(), g.year(),
        g.members().isEmpty() ? List.of() : ids(g.members()), ids(g.heads()), ids(g.deputies()),
        g.decision().map(d -> new Docs.DecisionDoc(d.number(), d.date().orElse(null))).orElse(null),
        g.pledgeSignedOn().orElse(null));
  }

  // ---------------------------------------------------------------- ballots and history

  static Docs.BallotsDoc ballots(List<VoteSession> sessions) {
    List<Docs.SessionDoc> out = new ArrayList<>(sessions.size());
    for (VoteSession v : sessions) {
      out.add(new Docs.SessionDoc(v.group().value(), v.year(), v.purpose().name(), v.round().orElse(null),
          v.present(), ids(v.candidates()), listOrNull(v.ballots(), b -> new Docs.BallotDoc(
              b.voterToken().orElse(null), ids(List.copyOf(b.approved())), trueOrNull(b.abstain())))));
    }
    return new Docs.BallotsDoc(Migration.CURRENT, DocumentType.BALLOTS.wire(), out);
  }

  static Docs.HistoryDoc histories(List<AwardHistory> histories) {
    List<Docs.AwardHistoryDoc> out = new ArrayList<>(histories.size());
    for (AwardHistory h : histories) {
      out.add(new Docs.AwardHistoryDoc(h.group().value(), h.award(), listOrNull(h.years(),
          y -> new Docs.HistoryYearDoc(y.year(), ids(y.ranking()), listOrNull(y.ineligible(), UnitId::value),
              ids(y.awardees())))));
    }
    return new Docs.HistoryDoc(Migration.CURRENT, DocumentType.HISTORY.wire(), out);
  }

  static Docs.ProposalsDoc proposals(List<Proposal> proposals) {
    List<Docs.ProposalDoc> out = new ArrayList<>(proposals.size());
    for (Proposal p : proposals) {
      out.add(new Docs.ProposalDoc(p.group().value(), p.year(), p.leader().map(UnitId::value).orElse(null),
          listOrNull(p.awards(), a -> new Docs.ProposedDoc(a.unit().value(), a.award(), a.achievement()))));
    }
    return new Docs.ProposalsDoc(Migration.CURRENT, DocumentType.PROPOSALS.wire(), out);
  }
}
