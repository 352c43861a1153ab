package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.ParameterSpec;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleKind;
import io.github.thidua.emulation.core.rules.RuleKinds;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.internal.JsonSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whatever the library writes is valid by the schemas in {@code docs/schema}, in JSON and in YAML, for generated
 * rule sets (with free rule kinds and with the catalogue's kinds), provinces, score sheets, ballots and histories;
 * each line of a JSON Lines archive and each archive document, for generated and sample group-year records;
 * and a rule whose parameters break the catalogue is refused by the schema exactly as validation reports it.
 */
class SchemaProperties {

  private static <T> void writtenIsValid(String document, T value, BiFunction<T, DocumentFormat, String> write) {
    writtenIsValid(document, value, write, DocumentFormat.values());
  }

  private static <T> void writtenIsValid(String document, T value, BiFunction<T, DocumentFormat, String> write,
      DocumentFormat... formats) {
    for (DocumentFormat format : formats) {
      String text = write.apply(value, format);
      JsonNode tree = format == DocumentFormat.YAML ? JsonSchemas.parseYaml(text) : JsonSchemas.parse(text);
      assertThat(JsonSchemas.errors(document, tree)).as("%s written as %s:%n%s", document, format, text).isEmpty();
    }
  }

  // ---------------------------------------------------------------- the round-trip generators

  @Test
  void writtenRuleSetsAreValid() {
    qt().withExamples(100).forAll(RoundTripProperties.seeded(RoundTripProperties::ruleSet))
        .checkAssert(s -> writtenIsValid("rule-set", s, EmulationFiles::writeRuleSet));
  }

  /**
   * The YAML writer quotes a text that looks like a number ({@code version: "1"}), so YAML tools, the schema and the
   * library's own reader read it back as text.
   */
  @Test
  void aNumberLikeTextWrittenAsYamlStaysText() {
    RuleSet set = RuleSet.builder("vn-test", "1", LayerLevel.PROVINCE).build();
    String yaml = EmulationFiles.writeRuleSet(set, DocumentFormat.YAML);
    assertThat(JsonSchemas.errors("rule-set", JsonSchemas.parseYaml(yaml))).isEmpty();
    assertThat(EmulationFiles.readRuleSet(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "rules.yaml")).isEqualTo(set);
  }

  @Test
  void writtenProvincesAreValid() {
    qt().withExamples(100).forAll(RoundTripProperties.seeded(RoundTripProperties::province))
        .checkAssert(p -> writtenIsValid("province", p, EmulationFiles::writeProvince));
  }

  @Test
  void writtenScoreSheetsAreValid() {
    qt().withExamples(100).forAll(RoundTripProperties.seeded(RoundTripProperties::sheets))
        .checkAssert(s -> writtenIsValid("score-sheets", s, EmulationFiles::writeScoreSheets));
  }

  // ---------------------------------------------------------------- ballots and histories

  private static List<UnitId> units(Random r, int n) {
    List<UnitId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(UnitId.of("u-" + i));
    }
    Collections.shuffle(out, r);
    return out;
  }

  private static <T> List<T> some(Random r, List<T> values) {
    return values.stream().filter(v -> r.nextBoolean()).toList();
  }

  static List<VoteSession> sessions(Random r) {
    List<VoteSession> out = new ArrayList<>();
    for (int s = r.nextInt(4); s > 0; s--) {
      List<UnitId> candidates = units(r, r.nextInt(5));
      List<Ballot> ballots = new ArrayList<>();
      for (int b = r.nextInt(8); b > 0; b--) {
        Set<UnitId> approved = new TreeSet<>(some(r, candidates));
        if (r.nextInt(5) == 0) {
          approved.add(UnitId.of("not-a-candidate")); // kept as given, reported by the tally
        }
        ballots.add(new Ballot(r.nextBoolean() ? Optional.of("t" + b) : Optional.empty(), approved,
            r.nextInt(6) == 0));
      }
      out.add(new VoteSession(GroupId.of("cum-" + r.nextInt(3)), 2000 + r.nextInt(30),
          RoundTripProperties.pick(r, VotePurpose.values()), r.nextInt(20), candidates, ballots,
          r.nextBoolean() ? Optional.empty() : Optional.of(1 + r.nextInt(3))));
    }
    return out;
  }

  static List<AwardHistory> histories(Random r) {
    List<AwardHistory> out = new ArrayList<>();
    for (int h = r.nextInt(3); h > 0; h--) {
      List<HistoryYear> years = new ArrayList<>();
      for (int year = 2015; year < 2025; year++) {
        if (r.nextBoolean()) {
          List<UnitId> ranking = units(r, r.nextInt(7));
          years.add(new HistoryYear(year, ranking, some(r, ranking), some(r, ranking)));
        }
      }
      out.add(new AwardHistory(GroupId.of("khoi-" + h), RoundTripProperties.pick(r,
          new String[] {"PROV_FLAG", "GOV_FLAG", "BANG_KHEN", "Cờ thi đua"}), years));
    }
    return out;
  }

  @Test
  void writtenBallotsAreValidAndReadBack() {
    qt().withExamples(100).forAll(RoundTripProperties.seeded(SchemaProperties::sessions)).checkAssert(s -> {
      writtenIsValid("ballots", s, EmulationFiles::writeBallots);
      String json = EmulationFiles.writeBallots(s, DocumentFormat.JSON);
      assertThat(EmulationFiles.readBallots(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "ballots.json")).isEqualTo(s);
    });
  }

  @Test
  void writtenHistoriesAreValidAndReadBack() {
    qt().withExamples(100).forAll(RoundTripProperties.seeded(SchemaProperties::histories)).checkAssert(h -> {
      writtenIsValid("history", h, EmulationFiles::writeHistory);
      String json = EmulationFiles.writeHistory(h, DocumentFormat.JSON);
      assertThat(EmulationFiles.readHistory(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "history.json")).isEqualTo(h);
    });
  }

  // ---------------------------------------------------------------- archives

  /**
   * What the archive writer writes is valid: each line of a JSON Lines archive by the group-year schema (a JSON Lines
   * file is no JSON document: each line is validated alone), and an archive document by the archive schema.
   */
  private static void writtenArchivesAreValid(List<GroupYear> records) {
    String lines = ArchiveSamples.text(records, true);
    List<String> each = lines.isEmpty() ? List.of() : Arrays.asList(lines.substring(0, lines.length() - 1)
        .split("\n", -1));
    assertThat(each).hasSize(records.size());
    for (String line : each) {
      assertThat(JsonSchemas.errors("group-year", JsonSchemas.parse(line))).as("group-year line:%n%s", line)
          .isEmpty();
    }
    String document = ArchiveSamples.text(records, false);
    assertThat(JsonSchemas.errors("archive", JsonSchemas.parse(document))).as("archive:%n%s", document).isEmpty();
  }

  @Test
  void writtenArchivesOfGeneratedRecordsAreValid() {
    qt().withExamples(150).forAll(longs().all().zip(integers().between(0, 6), (seed, size) -> {
      Random r = new Random(seed);
      List<GroupYear> records = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        records.add(ArchiveSamples.generated(r));
      }
      return records;
    })).checkAssert(SchemaProperties::writtenArchivesAreValid);
  }

  /** The plain numbered records, and records of the golden scoring cases (as ArchiveReaderTest makes them). */
  @Test
  void writtenArchivesOfTheSamplesAreValid() throws IOException {
    List<GroupYear> records = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      records.add(ArchiveSamples.numbered(i, i % 5, i % 4));
    }
    for (String name : List.of("hcmc-97-plus-10", "peer-mean-thirds", "quang-nam-1000")) {
      Path dir = Path.of("src", "test", "resources", "golden-scoring", name);
      records.add(ArchiveSamples.of(EmulationFiles.readProvince(dir.resolve("province.json")),
          GroupId.of(Golden.read(dir.resolve("group.txt"))), EmulationFiles.readScoreSheets(
              dir.resolve("sheets.json"))));
    }
    writtenArchivesAreValid(records);
    writtenArchivesAreValid(List.of());
  }

  // ---------------------------------------------------------------- rules of the catalogue's kinds

  private static List<String> someNames(Random r, Enum<?>[] values) {
    return some(r, Arrays.stream(values).map(Enum::name).toList());
  }

  /** A value that fits a parameter's spec. */
  private static Object fitting(Random r, ParameterSpec spec) {
    return switch (spec.type()) {
      case COUNT -> r.nextInt(50);
      case DECIMAL -> BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(4));
      case TEXT -> RoundTripProperties.name(r);
      case BOOLEAN -> r.nextBoolean();
      case TEXT_LIST -> some(r, List.of("PROV_FLAG", "GOV_FLAG", "group-subtotal:1", "vote", "DEPARTMENT"));
      case COUNT_MAP -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          m.put(RoundTripProperties.pick(r, new String[] {"DEPARTMENT", "COMMUNE", "GIAO_DUC", "org-" + i}),
              r.nextInt(9));
        }
        yield m;
      }
      case GROUP_KINDS -> someNames(r, GroupKind.values());
      case STATUSES -> someNames(r, LifecycleStatus.values());
      case ROLES -> someNames(r, ScorerRole.values());
      case SEVERITY -> RoundTripProperties.pick(r, Severity.values()).name();
      case CHOICE -> spec.choices().get(r.nextInt(spec.choices().size()));
    };
  }

  /** A value that does not fit a parameter's spec. */
  private static Object unfitting(Random r, ParameterSpec spec) {
    return switch (spec.type()) {
      case COUNT -> RoundTripProperties.pick(r, new Object[] {-1, new BigDecimal("1.5"), "3", true});
      case DECIMAL -> RoundTripProperties.pick(r, new Object[] {new BigDecimal("-0.5"), "0.5", List.of(1)});
      case TEXT -> RoundTripProperties.pick(r, new Object[] {5, false, List.of("a")});
      case BOOLEAN -> RoundTripProperties.pick(r, new Object[] {"true", 1});
      case TEXT_LIST -> RoundTripProperties.pick(r, new Object[] {"PROV_FLAG", List.of(1), Map.of("a", "b")});
      case COUNT_MAP -> RoundTripProperties.pick(r, new Object[] {Map.of("a", -1), Map.of("a", "2"), List.of(2)});
      case GROUP_KINDS, STATUSES, ROLES -> RoundTripProperties.pick(r, new Object[] {List.of("NOPE"), "BLOC"});
      case SEVERITY -> RoundTripProperties.pick(r, new Object[] {"FATAL", "error", 1});
      case CHOICE -> RoundTripProperties.pick(r, new Object[] {"nope", "x" + spec.choices().get(0), 0});
    };
  }

  /** A national layer with rules of some of the catalogue's kinds, their parameters fitting. */
  /** Values the parameter types allow but a kind refuses, made to fit: shares, one of count and percent, codes. */
  private static void fitTheKind(Random r, String kind, Map<String, Object> params) {
    for (String share : List.of("quorum", "threshold")) {
      params.computeIfPresent(share, (k, v) -> BigDecimal.valueOf(r.nextInt(101), 2));
    }
    if (kind.equals("award.quota")) {
      params.computeIfPresent("percent", (k, v) -> BigDecimal.valueOf(r.nextInt(10_001), 2));
      if (params.containsKey("count") == params.containsKey("percent")) {
        params.remove("percent");
        params.put("count", BigDecimal.valueOf(r.nextInt(5)));
      }
    }
    if (kind.equals("award.type")) {
      params.put("code", "AWARD_" + r.nextInt(100));
    }
  }

  static RuleSet catalogueRules(Random r) {
    RuleSet.Builder b = RuleSet.builder("vn-catalogue", "v1", LayerLevel.NATIONAL);
    List<RuleKind> kinds = RuleKinds.all();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      RuleKind kind = kinds.get(r.nextInt(kinds.size()));
      Map<String, Object> params = new LinkedHashMap<>();
      for (ParameterSpec spec : kind.parameters()) {
        if (spec.required() || r.nextBoolean()) {
          params.put(spec.name(), fitting(r, spec));
        }
      }
      fitTheKind(r, kind.id(), params);
      b.rule(Rule.of(kind.id(), RoundTripProperties.pick(r, RuleScope.values()), RoundTripProperties.citation(r),
          RuleParameters.of(params)).withId(kind.id() + ".r" + i));
    }
    return b.build();
  }

  /** The rule set with one parameter of one rule broken: an unknown name, a required one missing, a wrong value. */
  static RuleSet brokenCatalogueRules(Random r) {
    RuleSet valid = catalogueRules(r);
    List<Rule> rules = new ArrayList<>(valid.rules());
    int index = r.nextInt(rules.size());
    Rule rule = rules.get(index);
    RuleKind kind = RuleKinds.find(rule.kind()).orElseThrow();
    Map<String, Object> params = new LinkedHashMap<>(rule.params().asMap());
    List<ParameterSpec> present = kind.parameters().stream().filter(p -> params.containsKey(p.name())).toList();
    List<ParameterSpec> required = kind.parameters().stream().filter(ParameterSpec::required).toList();
    int way = r.nextInt(3);
    if (way == 1 && !required.isEmpty()) {
      params.remove(required.get(r.nextInt(required.size())).name());
    } else if (way == 2 && !present.isEmpty()) {
      ParameterSpec spec = present.get(r.nextInt(present.size()));
      params.put(spec.name(), unfitting(r, spec));
    } else {
      params.put(RoundTripProperties.pick(r, new String[] {"mim", "Min", "@class", "tên", "severity2"}), 1);
    }
    rules.set(index, new Rule(rule.id(), rule.kind(), rule.scope(), rule.citation(), RuleParameters.of(params),
        rule.validFrom(), rule.validTo()));
    RuleSet.Builder b = RuleSet.builder(valid.id().value(), valid.version(), valid.level());
    rules.forEach(b::rule);
    return b.build();
  }

  private static Set<String> parameterFindings(RuleSet rules) {
    Set<String> codes = new TreeSet<>(Emulation.checkRules(RuleBook.of(rules)).codes());
    codes.removeIf(c -> !c.startsWith("ruleset.param.") && !c.equals("ruleset.kind.unknown"));
    return codes;
  }

  @Test
  void catalogueRulesWithFittingParametersAreValidAndPassValidation() {
    qt().withExamples(200).forAll(RoundTripProperties.seeded(SchemaProperties::catalogueRules)).checkAssert(s -> {
      assertThat(parameterFindings(s)).isEmpty();
      writtenIsValid("rule-set", s, EmulationFiles::writeRuleSet);
    });
  }

  /** In JSON only: broken values such as the text "3" meet the YAML writer's bug (written unquoted, read as 3). */
  @Test
  void aBrokenParameterIsRefusedByTheSchemaAndReportedByValidation() {
    qt().withExamples(200).forAll(RoundTripProperties.seeded(SchemaProperties::brokenCatalogueRules))
        .checkAssert(s -> {
          assertThat(parameterFindings(s)).as("validation").isNotEmpty();
          String json = EmulationFiles.writeRuleSet(s, DocumentFormat.JSON);
          assertThat(JsonSchemas.errors("rule-set", JsonSchemas.parse(json))).as("schema:%n%s", json).isNotEmpty();
        });
  }

  @Test
  void theGeneratorsReachEveryKindAndEveryParameter() {
    Set<String> kinds = new TreeSet<>();
    Set<String> params = new TreeSet<>();
    Random r = new Random(1);
    for (int i = 0; i < 500; i++) {
      for (Rule rule : catalogueRules(r).rules()) {
        kinds.add(rule.kind());
        rule.params().names().forEach(p -> params.add(rule.kind() + "/" + p));
      }
    }
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(RuleKinds.all().stream().map(RuleKind::id).toList());
    Function<RuleKind, List<String>> names = k -> k.parameters().stream().map(p -> k.id() + "/" + p.name()).toList();
    assertThat(params).containsExactlyInAnyOrderElementsOf(RuleKinds.all().stream().flatMap(k -> names.apply(k)
        .stream()).toList());
  }
}
