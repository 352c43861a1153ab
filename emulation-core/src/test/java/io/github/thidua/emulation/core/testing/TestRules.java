package io.github.thidua.emulation.core.testing;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import java.util.List;
import java.util.Map;

/**
 * A small rule book built in Java, independent of any rule-set file: a national layer {@value #NATIONAL} and a
 * provincial layer {@value #PROVINCE} extending it.
 */
public final class TestRules {
  /** The national layer's id. */
  public static final String NATIONAL = "test-national";
  /** The provincial layer's id. */
  public static final String PROVINCE = "test-province";

  /** Minimum members per group and minimum staff per member in {@link #PROVINCE}. */
  public static final int MIN = 5;

  /** Citation of the national layer's rules. */
  public static final Citation LAW = Citation.of("Luật Thi đua, khen thưởng 06/2022/QH15", "Điều 25");
  /** Citation of the provincial layer's rules. */
  public static final Citation GUIDELINE = Citation.of("Hướng dẫn 01/HD-TĐKT (thử nghiệm)", "Mục II");

  /** Clusters by sector in {@code organiser.cluster-count}. */
  public static final Map<String, Integer> CLUSTERS_BY_SECTOR = Map.of("EDUCATION", 5, "HEALTH", 3);
  /** Clusters by organiser kind in {@code organiser.cluster-count}. */
  public static final Map<String, Integer> CLUSTERS_BY_KIND = Map.of("DISTRICT", 6);
  /** The organiser kinds {@code organiser.cluster-count} applies to. */
  public static final List<String> CLUSTER_ORGANISER_KINDS = List.of("DEPARTMENT", "DISTRICT", "COLLEGE");

  private TestRules() {}

  /** Returns a rule of the national layer. */
  public static Rule nationalRule(String kind, Map<String, ?> params) {
    return Rule.of(kind, RuleScope.NATIONAL_LAW, LAW, RuleParameters.of(params));
  }

  /** Returns a rule of the provincial layer. */
  public static Rule localRule(String kind, Map<String, ?> params) {
    return Rule.of(kind, RuleScope.LOCAL, GUIDELINE, RuleParameters.of(params));
  }

  /** The national layer: one head, one deputy, leaders among members. */
  public static RuleSet national() {
    return RuleSet.builder(NATIONAL, "1", LayerLevel.NATIONAL)
        .name(new LocalizedText("Luật (thử nghiệm)", "Law (test)"))
        .citation(Citation.of("Luật Thi đua, khen thưởng 06/2022/QH15"))
        .rule(nationalRule("group.head-count", Map.of("count", 1)))
        .rule(nationalRule("group.deputy-count", Map.of("count", 1)))
        .rule(nationalRule("group.leader-membership", Map.of()))
        .build();
  }

  /** The provincial layer, extending {@link #national()}. */
  public static RuleSet province() {
    return RuleSet.builder(PROVINCE, "1", LayerLevel.PROVINCE)
        .parent(NATIONAL)
        .name(new LocalizedText("Tỉnh (thử nghiệm)", "Province (test)"))
        .citation(Citation.of("Hướng dẫn 01/HD-TĐKT (thử nghiệm)"))
        .rule(localRule("group.min-members", Map.of("min", MIN)))
        .rule(localRule("unit.min-staff", Map.of("min", MIN)))
        .rule(localRule("organiser.cluster-count", Map.of(
            "default", 1,
            "bySector", CLUSTERS_BY_SECTOR,
            "byKind", CLUSTERS_BY_KIND,
            "organiserKinds", CLUSTER_ORGANISER_KINDS)))
        .rule(localRule("unit.single-membership", Map.of()))
        .rule(localRule("unit.active-membership", Map.of()))
        .build();
  }

  /** The rule book of both layers. */
  public static RuleBook book() {
    return RuleBook.of(national(), province());
  }

  /**
   * The number of clusters {@link #province()} expects of an organiser (by sector, then by kind, then 1), or -1
   * if the rule does not apply to the organiser's kind.
   */
  public static int expectedClusters(Organiser organiser) {
    if (!CLUSTER_ORGANISER_KINDS.contains(organiser.kind().code())) {
      return -1;
    }
    Integer bySector = organiser.sector().map(CLUSTERS_BY_SECTOR::get).orElse(null);
    if (bySector != null) {
      return bySector;
    }
    return CLUSTERS_BY_KIND.getOrDefault(organiser.kind().code(), 1);
  }
}
