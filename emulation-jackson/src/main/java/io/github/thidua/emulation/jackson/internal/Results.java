package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.VoteResult;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Result documents: a result (validation report, scores, ranking, vote, award plan, apportionment, rotation report,
 * trace, fingerprint) written with {@code schemaVersion} and {@code document} ahead of its own fields, and read back
 * strictly into the same value (see {@link Shapes#checkResult}).
 */
final class Results {
  private static final Map<Class<?>, DocumentType> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put(ValidationReport.class, DocumentType.RESULT_VALIDATION);
    TYPES.put(GroupScores.class, DocumentType.RESULT_SCORES);
    TYPES.put(Ranking.class, DocumentType.RESULT_RANKING);
    TYPES.put(VoteResult.class, DocumentType.RESULT_VOTE);
    TYPES.put(AwardPlan.class, DocumentType.RESULT_AWARD_PLAN);
    TYPES.put(ApportionmentResult.class, DocumentType.RESULT_APPORTIONMENT);
    TYPES.put(RotationReport.class, DocumentType.RESULT_ROTATION);
    TYPES.put(Trace.class, DocumentType.RESULT_TRACE);
    TYPES.put(Fingerprint.class, DocumentType.RESULT_FINGERPRINT);
  }

  private Results() {}

  /** The document type of a result class, or a programmer error for a class that is not a result. */
  static DocumentType typeOf(Class<?> type) {
    DocumentType t = TYPES.get(type);
    if (t == null) {
      throw new IllegalArgumentException(type.getName() + " is not a result type; result types are "
          + TYPES.keySet().stream().map(Class::getSimpleName).toList());
    }
    return t;
  }

  /** The result as a document tree: schemaVersion, document, then the result's own fields. */
  static ObjectNode toTree(Object result) {
    DocumentType type = typeOf(result.getClass());
    ObjectNode doc = Mapping.Mappers.MAPPER.createObjectNode();
    doc.put("schemaVersion", Migration.CURRENT);
    doc.put("document", type.wire());
    doc.setAll((ObjectNode) Mapping.Mappers.MAPPER.valueToTree(result));
    return doc;
  }
}
