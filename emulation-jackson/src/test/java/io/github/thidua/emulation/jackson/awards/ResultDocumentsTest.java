package io.github.thidua.emulation.jackson.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.awards.Apportionment;
import io.github.thidua.emulation.core.awards.ApportionmentMethod;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.RotationReport;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.ranking.RankingInputs;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import io.github.thidua.emulation.jackson.awards.Blocs.M;
import io.github.thidua.emulation.jackson.internal.JsonSchemas;
import io.github.thidua.emulation.jackson.internal.OutOfBounds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every result type is a document: written deterministically, read back strictly into an equal value. */
class ResultDocumentsTest {

  private static final List<M> MEMBERS = List.of(new M("phong-a", "Phòng A", "99", true, true, false),
      M.of("so-b", "Sở Bắc Giang", "95"), M.of("so-c", "Sở Cà Mau", "95"), M.of("so-d", "Sở Điện Biên", "85"),
      M.of("so-e", "Sở Ê", "80"));

  /** One value of each result type, from real computations: a tie, a division-level leader, a rotation. */
  static Map<String, Object> results() {
    Province province = Blocs.province(List.of(MEMBERS));
    Ranking ranking = Blocs.rank(province, 0, MEMBERS, RankingInputs.NONE);
    AwardPlan plan = Emulation.allocate(province, ranking, Optional.empty(), Blocs.rules());
    ValidationReport report = Emulation.validate(province, Blocs.rules());
    GroupScores scores = new GroupScores(Blocs.bloc(0), Blocs.YEAR, "scale@1", List.of(), report);
    VoteResult vote = Emulation.tally(province, new VoteSession(Blocs.bloc(0), Blocs.YEAR, VotePurpose.LEADER, 5,
        List.of(UnitId.of("so-b"), UnitId.of("so-c")), List.of(
            new Ballot(Optional.of("v1"), Set.of(UnitId.of("so-b")), false),
            new Ballot(Optional.of("v2"), Set.of(UnitId.of("so-b")), false),
            new Ballot(Optional.of("v3"), Set.of(UnitId.of("so-b")), false),
            new Ballot(Optional.of("v4"), Set.of(UnitId.of("so-c")), false),
            new Ballot(Optional.of("v5"), Set.of(), true)), Optional.empty()), Blocs.rules());
    Map<GroupId, Integer> weights = new TreeMap<>(Map.of(GroupId.of("a"), 7, GroupId.of("b"), 5,
        GroupId.of("c"), 5));
    ApportionmentResult apportionment = Apportionment.apportion(ApportionmentMethod.HAMILTON, 4, weights,
        List.of());
    List<UnitId> order = Stream.of("so-b", "so-c", "so-d", "so-e").map(UnitId::of).toList();
    RotationReport rotation = Emulation.checkRotation(province, Blocs.bloc(0), "PROV_FLAG", List.of(
        HistoryYear.of(2021, order, List.of(UnitId.of("so-d"))),
        HistoryYear.of(2022, order, List.of(UnitId.of("so-e"))),
        new HistoryYear(2023, order, List.of(UnitId.of("so-c")), List.of(UnitId.of("so-b")))), Blocs.rules());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("validation-report", report);
    out.put("scores", scores);
    out.put("ranking", ranking);
    out.put("vote", vote);
    out.put("award-plan", plan);
    out.put("apportionment", apportionment);
    out.put("rotation", rotation);
    out.put("trace", ranking.trace());
    out.put("fingerprint", ranking.fingerprint());
    return out;
  }

  static Stream<Arguments> cases() {
    return results().entrySet().stream().flatMap(e -> Stream.of(DocumentFormat.values())
        .map(f -> Arguments.of(e.getKey(), f, e.getValue())));
  }

  private static <T> T read(String text, String source, Class<T> type) {
    return EmulationFiles.readResult(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, type);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void aResultReadsBackEqualFromItsDocument(String document, DocumentFormat format, Object result) {
    String text = EmulationFiles.writeResult(result, format);
    String source = "result." + format.name().toLowerCase();
    assertThat(read(text, source, result.getClass())).isEqualTo(result);
    assertThat(EmulationFiles.writeResult(result, format)).isEqualTo(text);
    assertThat(text).doesNotContain("\r").endsWith("\n");
    if (format == DocumentFormat.JSON) {
      assertThat(text).startsWith("{\n  \"schemaVersion\" : 2,\n  \"document\" : \"" + document + "\",");
    } else {
      assertThat(text).startsWith("schemaVersion: 2\ndocument: " + document + "\n");
    }
  }

  /** Each number of a result document, put beyond the bounds of reading, is refused where it stands. */
  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void aNumberBeyondTheBoundsInAResultIsRefusedWhereItStands(String document, DocumentFormat format, Object result) {
    JsonNode tree = JsonSchemas.parse(EmulationFiles.writeResult(result, DocumentFormat.JSON));
    String source = "result." + format.name().toLowerCase(Locale.ROOT);
    List<String> failures = new ArrayList<>();
    List<Map.Entry<String, OutOfBounds.Hostile>> cases = OutOfBounds.cases(tree);
    for (Map.Entry<String, OutOfBounds.Hostile> c : cases) {
      try {
        OutOfBounds.assertRefused(bytes -> read(new String(bytes, StandardCharsets.UTF_8), source, result.getClass()),
            OutOfBounds.replaced(tree, c.getKey(), c.getValue().text(), format, false), source,
            OutOfBounds.path(c.getKey()), c.getValue(), "", format);
      } catch (AssertionError e) {
        failures.add(c.getKey() + " = " + c.getValue() + ": " + e.getMessage());
      }
    }
    assertThat(cases).as("the schema version at least").isNotEmpty();
    assertThat(failures).as("%s of %s cases", failures.size(), cases.size()).isEmpty();
  }

  @Test
  void theComputedResultsExerciseTiesPassingOverAndRotation() {
    Map<String, Object> results = results();
    assertThat(((Ranking) results.get("ranking")).unresolved()).isNotEmpty();
    assertThat(((AwardPlan) results.get("award-plan")).passedOver()).isNotEmpty();
    assertThat(((RotationReport) results.get("rotation")).years()).hasSize(3);
    assertThat(((VoteResult) results.get("vote")).winners()).containsExactly(UnitId.of("so-b"));
  }

  @Test
  void aMissingFieldIsALocatedErrorNotANullOrAZero() {
    Ranking ranking = (Ranking) results().get("ranking");
    String text = EmulationFiles.writeResult(ranking, DocumentFormat.JSON).replace("\"year\" : 2023,", "");
    assertThatThrownBy(() -> read(text, "r.json", Ranking.class)).isInstanceOfSatisfying(DataFileException.class,
        e -> {
          assertThat(e.path()).contains("$.year");
          assertThat(e.problem().en()).isEqualTo("required field is missing");
          assertThat(e.line()).isPresent();
        });
    String nested = EmulationFiles.writeResult(ranking, DocumentFormat.JSON)
        .replaceFirst("\"decidedBy\" : \"[^\"]*\",", "");
    assertThatThrownBy(() -> read(nested, "r.json", Ranking.class)).isInstanceOfSatisfying(
        DataFileException.class, e -> assertThat(e.path().orElseThrow()).matches("\\$\\.entries\\[\\d+]\\.decidedBy"));
  }

  @Test
  void anUnknownFieldAWrongTypeAndAnotherDocumentAreRefused() {
    Fingerprint fingerprint = (Fingerprint) results().get("fingerprint");
    String text = EmulationFiles.writeResult(fingerprint, DocumentFormat.JSON);
    assertThatThrownBy(() -> read(text.replace("\"hex\"", "\"hexx\""), "f.json", Fingerprint.class))
        .isInstanceOfSatisfying(DataFileException.class,
            e -> assertThat(e.problem().en()).contains("unknown field 'hexx'"));
    assertThatThrownBy(() -> read(text, "f.json", Trace.class)).isInstanceOfSatisfying(DataFileException.class,
        e -> assertThat(e.problem().en()).isEqualTo(
            "this is a fingerprint document (\"fingerprint\"), not a explanation trace (\"trace\")"));
    Ranking ranking = (Ranking) results().get("ranking");
    String badYear = EmulationFiles.writeResult(ranking, DocumentFormat.JSON).replace("\"year\" : 2023",
        "\"year\" : \"2023\"");
    assertThatThrownBy(() -> read(badYear, "r.json", Ranking.class)).isInstanceOfSatisfying(
        DataFileException.class, e -> assertThat(e.path()).contains("$.year"));
  }

  @Test
  void aValueThatIsNotAResultIsAProgrammerError() {
    assertThatThrownBy(() -> EmulationFiles.writeResult("text", DocumentFormat.JSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a result type");
    assertThatThrownBy(() -> read("{}", "x.json", String.class)).isInstanceOf(IllegalArgumentException.class);
  }
}
