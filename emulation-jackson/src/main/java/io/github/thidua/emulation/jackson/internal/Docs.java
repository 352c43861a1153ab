package io.github.thidua.emulation.jackson.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Wire records of the file formats, exactly as written in files; {@link Convert} turns them into core values.
 * Every field may be null here: missing required fields are reported by the conversion with their JSON path.
 */
final class Docs {
  private Docs() {}

  record Text(String vi, String en) {}

  record CitationDoc(String document, String provision, String url) {}

  record RuleDoc(String id, String kind, String scope, CitationDoc citation, Map<String, Object> params,
      LocalDate validFrom, LocalDate validTo) {}

  record RemovalDoc(String rule, String reason, CitationDoc citation) {}

  record RuleSetDoc(Integer schemaVersion, String document, String id, String version, String level,
      @JsonProperty("extends") String parent, String target, Text name, LocalDate validFrom, LocalDate validTo,
      CitationDoc citation, List<RuleDoc> rules, List<RemovalDoc> remove, List<ScaleDoc> scales) {}

  record ArithmeticDoc(Integer decimals, String rounding, String point) {}

  record BindingDoc(String group, String organiser, Integer year, LocalDate adoptedOn) {}

  record TierDoc(BigDecimal minRatio, BigDecimal fraction) {}

  record MethodDoc(String type, BigDecimal capRatio, List<TierDoc> tiers, BigDecimal pointsEach,
      BigDecimal atTargetFraction) {}

  record CriterionDoc(String code, Text text, BigDecimal max, Boolean evidenceRequired, CitationDoc citation,
      MethodDoc method, List<CriterionDoc> children) {}

  record ItemDoc(String code, Text text, BigDecimal points, BigDecimal cap, CitationDoc citation) {}

  record ScaleDoc(String id, String version, Text name, BigDecimal base, ArithmeticDoc arithmetic,
      BindingDoc binding, CitationDoc citation, List<CriterionDoc> criteria, List<ItemDoc> bonuses,
      BigDecimal bonusCap, List<ItemDoc> deductions, BigDecimal deductionCap, BigDecimal floor) {}

  /** A scale on its own: the document header, then the keys of a scale inside a rule set. */
  record ScaleFileDoc(Integer schemaVersion, String document, String id, String version, Text name, BigDecimal base,
      ArithmeticDoc arithmetic, BindingDoc binding, CitationDoc citation, List<CriterionDoc> criteria,
      List<ItemDoc> bonuses, BigDecimal bonusCap, List<ItemDoc> deductions, BigDecimal deductionCap,
      BigDecimal floor) {

    ScaleDoc scale() {
      return new ScaleDoc(id, version, name, base, arithmetic, binding, citation, criteria, bonuses, bonusCap,
          deductions, deductionCap, floor);
    }

    static ScaleFileDoc of(ScaleDoc s) {
      return new ScaleFileDoc(Migration.CURRENT, DocumentType.SCALE.wire(), s.id(), s.version(), s.name(), s.base(),
          s.arithmetic(), s.binding(), s.citation(), s.criteria(), s.bonuses(), s.bonusCap(), s.deductions(),
          s.deductionCap(), s.floor());
    }
  }

  record StatusDoc(String status, LocalDate from) {}

  record FactsDoc(List<String> titles, Boolean disciplinePending, Boolean investigationPending) {}

  record UnitDoc(String id, String name, String kind, String level, String parent, Integer staff,
      Boolean divisionLevel, List<StatusDoc> lifecycle, Map<String, FactsDoc> facts) {}

  record OrganiserDoc(String id, String name, String kind, String sector, String unit) {}

  record DecisionDoc(String number, LocalDate date) {}

  record GroupDoc(String id, String name, String kind, String organiser, Integer year, List<String> members,
      List<String> heads, List<String> deputies, DecisionDoc decision, LocalDate pledgeSignedOn) {}

  record ProvinceDoc(Integer schemaVersion, String document, String id, String name, Integer year, LocalDate referenceDate,
      List<UnitDoc> units, List<OrganiserDoc> organisers, List<GroupDoc> groups) {}

  record EntryDoc(String criterion, BigDecimal value, BigDecimal target, String note, List<String> evidence) {}

  record ClaimDoc(String code, Integer count, String reason, List<String> evidence) {}

  record SheetDoc(String unit, String group, Integer year, String role, String scorer, List<EntryDoc> entries,
      List<ClaimDoc> bonuses, List<ClaimDoc> deductions) {}

  record SheetsDoc(Integer schemaVersion, String document, List<SheetDoc> sheets) {}

  record BallotDoc(String voter, List<String> approved, Boolean abstain) {}

  record SessionDoc(String group, Integer year, String purpose, Integer round, Integer present,
      List<String> candidates, List<BallotDoc> ballots) {}

  record BallotsDoc(Integer schemaVersion, String document, List<SessionDoc> sessions) {}

  record HistoryYearDoc(Integer year, List<String> ranking, List<String> ineligible, List<String> awardees) {}

  record AwardHistoryDoc(String group, String award, List<HistoryYearDoc> years) {}

  record HistoryDoc(Integer schemaVersion, String document, List<AwardHistoryDoc> histories) {}

  record ProposedDoc(String unit, String award, String achievement) {}

  record ProposalDoc(String group, Integer year, String leader, List<ProposedDoc> awards) {}

  record ProposalsDoc(Integer schemaVersion, String document, List<ProposalDoc> proposals) {}
}
