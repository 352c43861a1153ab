package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects violations while checks run, and names subjects from the province's data. */
final class Findings {
  /** The layer name given to the data model's own integrity checks. */
  static final String MODEL_LAYER = "emulation";
  private static final Citation MODEL_CITATION =
      Citation.of("Mô hình dữ liệu của thư viện emulation / emulation data model", "docs/concepts.md");

  private final Province province;
  private final List<Violation> violations = new ArrayList<>();

  Findings(Province province) {
    this.province = province;
  }

  Province province() {
    return province;
  }

  List<Violation> violations() {
    return violations;
  }

  /** Reports a breach of the data model's own integrity (unique ids, resolvable references). */
  void integrity(String ruleId, String code, Subject subject, Object observed, Object limit) {
    add(code, Severity.ERROR, subject, List.of(), observed, limit,
        new RuleReference(ruleId, MODEL_LAYER, MODEL_CITATION));
  }

  void add(String code, Severity severity, Subject subject, List<Subject> related, Object observed, Object limit,
      RuleReference rule) {
    String relatedNames = related.stream().sorted().map(Subject::name).collect(Collectors.joining(", "));
    Value seen = Value.of(observed);
    Value required = Value.of(limit);
    var message = Messages.format(code, subject.name(), subject.id(), seen, required, relatedNames,
        rule.citation().text());
    violations.add(new Violation(code, severity, subject, related, seen, required, rule, message));
  }

  Subject unit(UnitId id) {
    return new Subject(SubjectType.UNIT, id.value(), province.unit(id).map(u -> u.name()).orElse(id.value()));
  }

  static Subject group(EmulationGroup group) {
    return new Subject(SubjectType.GROUP, group.id().value(), group.name());
  }

  static Subject organiser(Organiser organiser) {
    return new Subject(SubjectType.ORGANISER, organiser.id().value(), organiser.name());
  }
}
