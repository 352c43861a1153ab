package io.github.thidua.emulation.jackson.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
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

  record RuleSetDoc(Integer schemaVersion, String id, String version, String level,
      @JsonProperty("extends") String parent, String target, Text name, LocalDate validFrom, LocalDate validTo,
      CitationDoc citation, List<RuleDoc> rules, List<RemovalDoc> remove) {}

  record StatusDoc(String status, LocalDate from) {}

  record FactsDoc(List<String> titles, Boolean disciplinePending, Boolean investigationPending) {}

  record UnitDoc(String id, String name, String kind, String level, String parent, Integer staff,
      Boolean divisionLevel, List<StatusDoc> lifecycle, Map<String, FactsDoc> facts) {}

  record OrganiserDoc(String id, String name, String kind, String sector, String unit) {}

  record DecisionDoc(String number, LocalDate date) {}

  record GroupDoc(String id, String name, String kind, String organiser, Integer year, List<String> members,
      List<String> heads, List<String> deputies, DecisionDoc decision, LocalDate pledgeSignedOn) {}

  record ProvinceDoc(Integer schemaVersion, String id, String name, Integer year, LocalDate referenceDate,
      List<UnitDoc> units, List<OrganiserDoc> organisers, List<GroupDoc> groups) {}
}
