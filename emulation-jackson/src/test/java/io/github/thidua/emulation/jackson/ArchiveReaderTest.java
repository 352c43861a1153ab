package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading archives: the API, and broken and hostile archives, each refused with one located, bilingual
 * {@link DataFileException} after the records before the problem were delivered.
 */
class ArchiveReaderTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The year of record 2 of the numbered records, where it stands before the organiser. */
  private static final String YEAR = "\"year\":2017,\"organiser\":{";

  /** What reading gave: the records delivered, then the error that stopped it, if any. */
  record Outcome(List<GroupYear> delivered, @Nullable DataFileException error) {
    DataFileException failure() {
      assertThat(error).as("an error").isNotNull();
      return error;
    }
  }

  private static Outcome read(byte[] bytes, boolean jsonLines) {
    List<GroupYear> out = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(bytes),
        jsonLines ? "archive.jsonl" : "archive.json", jsonLines)) {
      while (reader.hasNext()) {
        out.add(reader.next());
      }
      return new Outcome(out, null);
    } catch (DataFileException e) {
      return new Outcome(out, e);
    }
  }

  private static Outcome read(String text, boolean jsonLines) {
    return read(text.getBytes(StandardCharsets.UTF_8), jsonLines);
  }

  private static List<GroupYear> records(int count) {
    return IntStream.range(0, count).mapToObj(i -> ArchiveSamples.numbered(i, 3, 3)).toList();
  }

  private static String lines(int count) {
    return ArchiveSamples.text(records(count), true);
  }

  private static String document(int count) {
    return ArchiveSamples.text(records(count), false);
  }

  /** Line {@code n} (1-based) of a text. */
  private static String line(String text, int n) {
    return text.split("\n", -1)[n - 1];
  }

  /** The 1-based column, in bytes as the reader counts, of a fragment of a line, plus some characters. */
  private static int column(String line, String fragment, int plus) {
    int at = line.indexOf(fragment);
    assertThat(at).isNotNegative();
    return line.substring(0, at + plus).getBytes(StandardCharsets.UTF_8).length + 1;
  }

  /** Replaces exactly one occurrence. */
  private static String once(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("'%s' occurs", from).isNotNegative();
    assertThat(text.indexOf(from, at + 1)).as("'%s' occurs once", from).isNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The error is the library's: source, line, column, both languages, nothing of the parser in the message. */
  private static DataFileException assertLocated(DataFileException e, int line, String en, String vi) {
    assertThat(e.source()).startsWith("archive.json");
    assertThat(e.line()).as(e.getMessage()).contains(line);
    assertThat(e.column()).as(e.getMessage()).isPresent();
    assertThat(e.problem().en()).as(e.getMessage()).contains(en);
    assertThat(e.problem().vi()).as(e.getMessage()).contains(vi).isNotEqualTo(e.problem().en());
    assertThat(e.describe(VI)).contains(e.problem().vi());
    assertThat(e.describe(Locale.ENGLISH)).contains(e.problem().en());
    assertThat(e.getMessage()).doesNotContain("tools.jackson").doesNotContain("Exception")
        .doesNotContain("\n");
    return e;
  }

  // ---------------------------------------------------------------- reading

  @Test
  void readsBothContainersRecordByRecord() {
    List<GroupYear> expected = records(5);
    assertThat(read(lines(5), true)).isEqualTo(new Outcome(expected, null));
    assertThat(read(document(5), false)).isEqualTo(new Outcome(expected, null));
  }

  @Test
  void emptyArchivesHoldNoRecord() {
    assertThat(read("", true).delivered()).isEmpty();
    assertThat(read("\n\n", true).error()).isNull();
    assertThat(read(document(0), false)).isEqualTo(new Outcome(List.of(), null));
    assertThat(read("{\"schemaVersion\": 2, \"document\": \"archive\", \"records\": []}", false).error()).isNull();
    assertLocated(read("", false).failure(), 1, "the file is empty", "tệp rỗng");
  }

  @Test
  void blankLinesAndWindowsLineEndsAreAllowedInJsonLines() {
    String a = line(lines(2), 1);
    String b = line(lines(2), 2);
    Outcome outcome = read("\n\n" + a + "\r\n   \n\t\n" + b + "\n\n\n", true);
    assertThat(outcome).isEqualTo(new Outcome(records(2), null));
    // a broken record after blank lines is reported on its own line of the file
    Outcome broken = read("\n\n" + a + "\n\n" + once(b, "\"year\":2017,\"organiser\":{", "\"year\":\"2017\",\"organiser\":{") + "\n", true);
    assertThat(broken.delivered()).hasSize(1);
    assertLocated(broken.failure(), 5, "record 2: wrong type: expected integer", "bản ghi 2: sai kiểu");
  }

  @Test
  void aByteOrderMarkAtTheStartIsAllowed() {
    assertThat(read("\uFEFF" + lines(3), true)).isEqualTo(new Outcome(records(3), null));
    assertThat(read("\uFEFF" + document(3), false)).isEqualTo(new Outcome(records(3), null));
  }

  @Test
  void aByteOrderMarkInsideTheFileIsRefused() {
    String text = lines(3);
    Outcome outcome = read(text.replace("\n{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-1\"",
        "\n\uFEFF{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-1\""), true);
    assertThat(outcome.delivered()).hasSize(1);
    assertLocated(outcome.failure(), 2, "malformed JSON", "JSON không hợp lệ");
  }

  @Test
  void hasNextNeverThrowsAndTheReadingEndsAtTheFirstError() {
    byte[] bytes = (line(lines(2), 1) + "\nxyz\n" + line(lines(2), 2) + "\n").getBytes(StandardCharsets.UTF_8);
    try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(bytes), "archive.jsonl", true)) {
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.next()).isEqualTo(records(1).get(0));
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.hasNext()).isTrue();
      assertThatThrownBy(reader::next).isInstanceOf(DataFileException.class);
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
      assertThat(reader.recordsRead()).isEqualTo(1);
    }
  }

  @Test
  void theStreamDeliversRecordsAndClosesTheReaderAndItsInput() {
    ArchiveSamples.LazyArchive input = new ArchiveSamples.LazyArchive(i -> ArchiveSamples.numbered(i, 3, 3), 100,
        true);
    ArchiveReader reader = ArchiveReader.open(input, "lazy.jsonl", true);
    try (Stream<GroupYear> records = reader.stream()) {
      List<Integer> years = records.map(GroupYear::year).limit(3).toList();
      assertThat(years).containsExactly(2016, 2017, 2018);
      assertThat(input.closed()).isFalse();
    }
    assertThat(input.closed()).isTrue();
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void aBrokenRecordStopsTheStream() {
    String text = once(lines(4), "\"year\":2018,\"organiser\":{", "\"year\":true,\"organiser\":{");
    try (Stream<GroupYear> records = ArchiveReader.open(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), "archive.jsonl", true).stream()) {
      List<GroupYear> seen = new ArrayList<>();
      assertThatThrownBy(() -> records.forEach(seen::add)).isInstanceOf(DataFileException.class)
          .hasMessageContaining("archive.jsonl:3:");
      assertThat(seen).isEqualTo(records(2));
    }
  }

  @Test
  void filesAreOpenedByTheirExtensionOrContent(@TempDir Path dir) throws IOException {
    List<GroupYear> expected = records(4);
    Files.writeString(dir.resolve("a.jsonl"), lines(4));
    Files.writeString(dir.resolve("b.json"), document(4));
    Files.writeString(dir.resolve("c.ndjson"), lines(4));
    Files.writeString(dir.resolve("d.txt"), lines(4));
    Files.writeString(dir.resolve("e.data"), document(4));
    Files.writeString(dir.resolve("f"), "{\"records\": [], \"schemaVersion\": 2}");
    for (String name : List.of("a.jsonl", "b.json", "c.ndjson", "d.txt", "e.data")) {
      try (ArchiveReader reader = ArchiveReader.open(dir.resolve(name))) {
        assertThat(reader.source()).isEqualTo(name);
        List<GroupYear> read = new ArrayList<>();
        reader.forEachRemaining(read::add);
        assertThat(read).as(name).isEqualTo(expected);
      }
    }
    try (ArchiveReader reader = ArchiveReader.open(dir.resolve("f"))) {
      assertThatThrownBy(reader::next).isInstanceOf(DataFileException.class)
          .hasMessageContaining("must come before records");
    }
    assertThatThrownBy(() -> ArchiveReader.open(dir.resolve("missing.jsonl"))).isInstanceOf(DataFileException.class)
        .hasMessageContaining("missing.jsonl").hasMessageContaining("cannot open the file");
  }

  @Test
  void writersWriteFilesByTheirExtension(@TempDir Path dir) throws IOException {
    List<GroupYear> expected = records(3);
    for (String name : List.of("a.jsonl", "b.json")) {
      try (ArchiveWriter writer = ArchiveWriter.open(dir.resolve(name))) {
        expected.forEach(writer::write);
        assertThat(writer.recordsWritten()).isEqualTo(3);
      }
    }
    assertThat(Files.readString(dir.resolve("a.jsonl"))).isEqualTo(lines(3));
    assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo(document(3));
    ArchiveWriter closed = ArchiveWriter.open(new ByteArrayOutputStream(), true);
    closed.close();
    closed.close();
    assertThatThrownBy(() -> closed.write(expected.get(0))).isInstanceOf(IllegalStateException.class);
  }

  /** A record processes alone: scoring it gives what scoring the separate files gives. */
  @ParameterizedTest
  @ValueSource(strings = {"hcmc-97-plus-10", "peer-mean-thirds", "quang-nam-1000"})
  void aRecordScoresLikeTheSeparateFiles(String name) throws IOException {
    Path dir = Path.of("src/test/resources/golden-scoring", name);
    Province province = EmulationFiles.readProvince(dir.resolve("province.json"));
    List<ScoreSheet> sheets = EmulationFiles.readScoreSheets(dir.resolve("sheets.json"));
    GroupId group = GroupId.of(Golden.read(dir.resolve("group.txt")));
    var rules = Golden.rules(dir, "rules.json");
    GroupYear record = ArchiveSamples.of(province, group, sheets);
    for (boolean jsonLines : new boolean[] {true, false}) {
      GroupYear back = read(ArchiveSamples.archive(List.of(record), jsonLines), jsonLines).delivered().get(0);
      assertThat(back).isEqualTo(record);
      assertThat(EmulationFiles.toJson(Emulation.score(back.province(), group, back.sheets(), rules)))
          .isEqualTo(EmulationFiles.toJson(Emulation.score(province, group, sheets, rules)));
    }
  }

  @Test
  void aRecordValidatesAsAOneGroupProvince() {
    GroupYear record = ArchiveSamples.numbered(7, 8, 3);
    var report = Emulation.validate(record.province(), RuleSets.defaultRules());
    assertThat(report.codes()).doesNotContain("reference.unit.unknown");
    GroupYear dangling = new GroupYear(record.provinceId(), record.provinceName(), record.year(), record.organiser(),
        record.group(), record.units().subList(0, 3), record.sheets(), record.sessions());
    assertThat(Emulation.validate(dangling.province(), RuleSets.defaultRules())
        .codes()).contains("reference.unit.unknown");
  }

  @Test
  void theExampleInTheDocsReads() throws IOException {
    String docs = Files.readString(Path.of("../docs/archives.md"));
    int start = docs.indexOf("```json\n") + "```json\n".length();
    String example = docs.substring(start, docs.indexOf("```", start));
    Outcome outcome = read(example.replace('\n', ' ').strip() + "\n", true);
    assertThat(outcome.error()).isNull();
    GroupYear record = outcome.delivered().get(0);
    assertThat(record.provinceName()).isEqualTo("Hưng Yên");
    assertThat(record.group().members()).hasSize(3);
    assertThat(record.units()).hasSize(3);
    assertThat(record.sheets()).hasSize(1);
    assertThat(record.sessions().get(0).ballots()).hasSize(3);
    assertThat(Emulation.validate(record.province(), RuleSets.defaultRules()).codes())
        .doesNotContain("reference.unit.unknown");
  }

  @Test
  void recordsRefuseAProvinceTheCoreRefuses() {
    GroupYear r = ArchiveSamples.numbered(1, 2, 1);
    assertThatThrownBy(() -> new GroupYear("Bad Id!", "Tỉnh", 2024, r.organiser(), r.group(), r.units(),
        r.sheets(), r.sessions())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupYear("tinh", " ", 2024, r.organiser(), r.group(), r.units(), r.sheets(),
        r.sessions())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupYear("tinh", "Tỉnh", 1800, r.organiser(), r.group(), r.units(), r.sheets(),
        r.sessions())).isInstanceOf(IllegalArgumentException.class);
    assertThat(new GroupYear("tinh", " Tỉnh ", 2024, r.organiser(), r.group(), r.units(), r.sheets(), r.sessions())
        .provinceName()).isEqualTo("Tỉnh");
  }

  // ---------------------------------------------------------------- broken and hostile archives

  @Test
  void aRecordCutShortIsReportedAfterTheRecordsBeforeIt() {
    String text = lines(3);
    String cut = text.substring(0, text.indexOf(line(text, 3)) + line(text, 3).length() / 2);
    Outcome jsonl = read(cut, true);
    assertThat(jsonl.delivered()).isEqualTo(records(2));
    assertLocated(jsonl.failure(), 3, "record 3: malformed JSON", "bản ghi 3: JSON không hợp lệ");

    String doc = document(3);
    Outcome json = read(doc.substring(0, doc.indexOf(line(doc, 4)) + 100), false);
    assertThat(json.delivered()).isEqualTo(records(2));
    assertLocated(json.failure(), 4, "record 3: malformed JSON", "bản ghi 3");
    assertThat(json.failure().path()).hasValueSatisfying(p -> assertThat(p).startsWith("$.records[2]"));
  }

  @Test
  void anArchiveCutAfterARecordIsReported() {
    String doc = document(2);
    Outcome outcome = read(doc.substring(0, doc.length() - "\n]}\n".length()), false);
    assertThat(outcome.delivered()).isEqualTo(records(2));
    assertThat(outcome.failure().problem().en()).contains("after record 2").contains("malformed JSON");
    assertThat(outcome.failure().line()).contains(3);
    Outcome noBrace = read(doc.substring(0, doc.length() - "}\n".length()), false);
    assertThat(noBrace.delivered()).isEqualTo(records(2));
    assertThat(noBrace.failure().problem().en()).contains("malformed JSON");
  }

  @Test
  void garbageBetweenRecordsIsReportedWhereItStands() {
    String text = lines(3);
    Outcome jsonl = read(line(text, 1) + "\n" + line(text, 2) + "\nxyz\n" + line(text, 3) + "\n", true);
    assertThat(jsonl.delivered()).isEqualTo(records(2));
    assertLocated(jsonl.failure(), 3, "after record 2: malformed JSON", "sau bản ghi 2: JSON không hợp lệ");
    assertThat(jsonl.failure().column()).contains(1);

    Outcome array = read(line(text, 1) + "\n[1, 2]\n", true);
    assertLocated(array.failure(), 2, "record 2: each line of a JSON Lines archive is one object",
        "bản ghi 2: mỗi dòng");

    String doc = document(3);
    Outcome json = read(once(doc, "},\n{\"province\":{\"id\":\"tinh-2\"", "},\n xyz {\"province\":{\"id\":\"tinh-2\""),
        false);
    assertThat(json.delivered()).isEqualTo(records(2));
    assertLocated(json.failure(), 4, "after record 2: malformed JSON", "sau bản ghi 2");
    assertThat(json.failure().column()).contains(2);
  }

  @Test
  void aBadRecordIsReportedWithItsNumberLineAndPath() {
    List<GroupYear> fifty = IntStream.range(0, 50).mapToObj(i -> ArchiveSamples.numbered(i, 3, 3)).toList();
    String bad = "\"xa-36-0\",\"xa-36-1\"";
    String text = once(ArchiveSamples.text(fifty, true), bad, "\"xa-36-0\",36");
    Outcome jsonl = read(text, true);
    assertThat(jsonl.delivered()).isEqualTo(fifty.subList(0, 36));
    DataFileException e = assertLocated(jsonl.failure(), 37, "record 37: value '36' is not a valid text",
        "bản ghi 37: giá trị '36' không đúng định dạng");
    assertThat(e.path()).contains("$.group.members[1]");
    assertThat(e.column()).contains(column(line(text, 37), "\"xa-36-0\",36", "\"xa-36-0\",".length()));

    String doc = once(ArchiveSamples.text(fifty, false), bad, "\"xa-36-0\",36");
    Outcome json = read(doc, false);
    assertThat(json.delivered()).isEqualTo(fifty.subList(0, 36));
    DataFileException d = assertLocated(json.failure(), 38, "record 37: value '36' is not a valid text", "bản ghi 37");
    assertThat(d.path()).contains("$.records[36].group.members[1]");
    assertThat(d.column()).contains(column(line(doc, 38), "\"xa-36-0\",36", "\"xa-36-0\",".length()));
  }

  @Test
  void aValueTheCoreRefusesIsLocatedAtItsToken() {
    String text = once(lines(3), "\"kind\":\"CLUSTER\",\"organiser\":\"ubnd-huyen-1\"",
        "\"kind\":\"NOPE\",\"organiser\":\"ubnd-huyen-1\"");
    Outcome jsonl = read(text, true);
    assertThat(jsonl.delivered()).hasSize(1);
    DataFileException e = assertLocated(jsonl.failure(), 2, "record 2: 'NOPE' is not allowed", "bản ghi 2");
    assertThat(e.path()).contains("$.group.kind");
    assertThat(e.column()).contains(column(line(text, 2), "\"NOPE\"", 0));

    String doc = once(document(3), "\"kind\":\"CLUSTER\",\"organiser\":\"ubnd-huyen-1\"",
        "\"kind\":\"NOPE\",\"organiser\":\"ubnd-huyen-1\"");
    DataFileException d = assertLocated(read(doc, false).failure(), 3, "record 2: 'NOPE' is not allowed",
        "bản ghi 2");
    assertThat(d.path()).contains("$.records[1].group.kind");
    assertThat(d.column()).contains(column(line(doc, 3), "\"NOPE\"", 0));

    // a missing required field: located at the record
    DataFileException m = assertLocated(read(once(lines(2), YEAR, "\"organiser\":{"), true).failure(), 2,
        "record 2: required field is missing", "bản ghi 2: thiếu trường bắt buộc");
    assertThat(m.path()).contains("$.year");
    assertThat(m.column()).contains(1);
  }

  @Test
  void unknownFieldsDuplicateKeysAndNullsAreRefused() {
    String text = lines(2);
    DataFileException unknown = assertLocated(read(once(text, YEAR, "\"extra\":1," + YEAR), true)
        .failure(), 2, "record 2: unknown field 'extra'", "bản ghi 2: trường 'extra' không được biết");
    assertThat(unknown.path()).contains("$.extra");
    assertLocated(read(once(text, YEAR, "\"year\":2017," + YEAR), true).failure(), 2,
        "record 2: duplicate key", "bản ghi 2: khóa bị lặp");
    DataFileException nul = assertLocated(read(once(text, "\"members\":[\"xa-1-0\"", "\"members\":[null"), true)
        .failure(), 2, "record 2: null is not allowed", "bản ghi 2");
    assertThat(nul.path()).hasValueSatisfying(p -> assertThat(p).startsWith("$.group.members"));
    DataFileException field = assertLocated(read(once(document(2), YEAR, "\"extra\":1," + YEAR),
        false).failure(), 3, "record 2: unknown field 'extra'", "bản ghi 2");
    assertThat(field.path()).contains("$.records[1].extra");
    DataFileException header = assertLocated(read("{\"schemaVersion\": 2, \"document\": \"archive\", \"note\": 1,"
        + " \"records\": []}", false).failure(), 1, "unknown field 'note'", "trường 'note'");
    assertThat(header.path()).contains("$.note");
    assertLocated(read(document(1).replace("\n]}\n", "\n], \"note\": 1}\n"), false).failure(), 3,
        "unknown field 'note'", "trường 'note'");
    assertLocated(read("{\"schemaVersion\": 2, \"schemaVersion\": 2, \"document\": \"archive\", \"records\": []}",
        false).failure(), 1, "duplicate key", "khóa bị lặp");
  }

  @Test
  void wrongDocumentTypesAreNamed() {
    String text = lines(2);
    DataFileException province = assertLocated(read(once(text, "\"document\":\"group-year\",\"province\":{\"id\":"
        + "\"tinh-1\"", "\"document\":\"province\",\"province\":{\"id\":\"tinh-1\""), true).failure(), 2,
        "record 2: this is a province document (\"province\"), not a group-year record", "bản ghi 2: đây là tài liệu");
    assertThat(province.path()).contains("$.document");
    assertLocated(read(document(1).replace("\"document\":\"archive\"", "\"document\":\"province\""), false)
        .failure(), 1, "this is a province document (\"province\"), not a multi-year archive (\"archive\")", "đây là tài liệu");
    assertLocated(read(document(1).replace("\"document\":\"archive\"", "\"document\":\"nonsense\""), false)
        .failure(), 1, "unknown document type 'nonsense'", "không được biết");
    // a JSON Lines file read as an archive document
    assertLocated(read(lines(2), false).failure(), 1, "read one per line from a JSON Lines file (.jsonl)",
        "JSON Lines");
    // an archive document read as JSON Lines
    assertLocated(read(document(2), true).failure(), 1, "an archive document is read from a .json file", ".json");
    assertLocated(read(document(2).replace("\"document\":\"archive\",", ""), false).failure(), 1,
        "document must come before records", "document phải đứng trước records");
    assertLocated(read(once(text, "\"document\":\"group-year\",\"province\":{\"id\":\"tinh-1\"",
        "\"province\":{\"id\":\"tinh-1\""), true).failure(), 2, "record 2: required field document is missing",
        "bản ghi 2");
  }

  @Test
  void recordsBeforeTheHeaderAreRefused() {
    DataFileException e = assertLocated(read("{\"records\": [], \"schemaVersion\": 2, \"document\": \"archive\"}",
        false).failure(), 1, "schemaVersion and document must come before records", "phải đứng trước records");
    assertThat(e.path()).contains("$.records");
    assertThat(e.column()).contains(2);
    assertLocated(read("{\"schemaVersion\": 2,\n \"records\": [], \"document\": \"archive\"}", false).failure(), 2,
        "must come before records", "phải đứng trước records");
  }

  @Test
  void aRecordInsideAnArchiveDoesNotRepeatTheHeader() {
    String doc = document(2).replace("\n{\"province\":{\"id\":\"tinh-1\"",
        "\n{\"schemaVersion\":2,\"province\":{\"id\":\"tinh-1\"");
    DataFileException e = assertLocated(read(doc, false).failure(), 3, "record 2: a record inside an archive does"
        + " not repeat schemaVersion or document", "bản ghi 2");
    assertThat(e.path()).contains("$.records[1].schemaVersion");
  }

  @Test
  void otherSchemaVersionsAreRefused() {
    assertLocated(read(document(1).replace("\"schemaVersion\":2", "\"schemaVersion\":3"), false).failure(), 1,
        "schemaVersion 3 is newer than this library reads (2); upgrade the library", "hãy nâng cấp thư viện");
    assertLocated(read(document(1).replace("\"schemaVersion\":2", "\"schemaVersion\":1"), false).failure(), 1,
        "archives and group-year records exist only from schemaVersion 2", "chỉ có từ schemaVersion 2");
    assertLocated(read(document(1).replace("\"schemaVersion\":2", "\"schemaVersion\":\"2\""), false).failure(), 1,
        "schemaVersion must be a whole number", "số nguyên");
    assertLocated(read(document(1).replace("\"schemaVersion\":2,", ""), false).failure(), 1,
        "schemaVersion must come before records", "schemaVersion phải đứng trước records");
    assertLocated(read("{\"document\": \"archive\"}", false).failure(), 1,
        "required field schemaVersion is missing", "thiếu trường bắt buộc schemaVersion");
    String text = lines(3);
    String newer = once(text, "{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-2\"",
        "{\"schemaVersion\":3,\"document\":\"group-year\",\"later\":{\"x\":1},\"province\":{\"id\":\"tinh-2\"");
    Outcome outcome = read(newer, true);
    assertThat(outcome.delivered()).isEqualTo(records(2));
    DataFileException e = assertLocated(outcome.failure(), 3, "record 3: schemaVersion 3 is newer than this library"
        + " reads (2); upgrade the library", "bản ghi 3");
    assertThat(e.path()).contains("$.schemaVersion");
    assertThat(e.column()).contains("{\"schemaVersion\":".length() + 1);
    assertLocated(read(once(text, "{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-2\"",
        "{\"schemaVersion\":1,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-2\""), true).failure(), 3,
        "record 3: archives and group-year records exist only from schemaVersion 2", "bản ghi 3");
    assertLocated(read(once(text, "{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{\"id\":\"tinh-2\"",
        "{\"document\":\"group-year\",\"province\":{\"id\":\"tinh-2\""), true).failure(), 3,
        "record 3: required field schemaVersion is missing", "bản ghi 3");
  }

  @Test
  void eachJsonLinesRecordHasALineOfItsOwn() {
    String text = lines(3);
    Outcome two = read(line(text, 1) + " " + line(text, 2) + "\n" + line(text, 3) + "\n", true);
    assertThat(two.delivered()).isEqualTo(records(1));
    assertLocated(two.failure(), 1, "record 2: the record starts on the line of the previous one", "bản ghi 2");
    Outcome spread = read(line(text, 1) + "\n" + once(line(text, 2), ",\"year\":2017,\"organiser\":{", ",\n\"year\":2017,\"organiser\":{") + "\n", true);
    assertThat(spread.delivered()).isEqualTo(records(1));
    assertLocated(spread.failure(), 2, "record 2: the record runs from line 2 to line 3", "bản ghi 2");
    // the archive document may be laid out freely
    String pretty = document(2).replace(",\"", ",\n  \"");
    assertThat(read(pretty, false)).isEqualTo(new Outcome(records(2), null));
  }

  static Stream<byte[]> notUtf8() {
    return Stream.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE1, 'a'});
  }

  @ParameterizedTest
  @MethodSource("notUtf8")
  void bytesThatAreNotUtf8AreRefusedWhereTheyStand(byte[] bad) {
    for (boolean jsonLines : new boolean[] {true, false}) {
      String text = jsonLines ? lines(3) : document(3);
      int lineNumber = jsonLines ? 2 : 3;
      String marker = "Cụm thi đua số 1";
      byte[] head = text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8);
      byte[] tail = text.substring(text.indexOf(marker)).getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + bad.length + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      System.arraycopy(bad, 0, bytes, head.length, bad.length);
      System.arraycopy(tail, 0, bytes, head.length + bad.length, tail.length);
      Outcome outcome = read(bytes, jsonLines);
      assertThat(outcome.delivered()).isEqualTo(records(1));
      DataFileException e = assertLocated(outcome.failure(), lineNumber, String.format("record 2: not valid UTF-8:"
          + " byte 0x%02X at offset %d", bad[0] & 0xFF, head.length), "bản ghi 2: tệp không phải UTF-8 hợp lệ");
      String before = line(text, lineNumber).substring(0, line(text, lineNumber).indexOf(marker));
      assertThat(e.column()).contains(before.getBytes(StandardCharsets.UTF_8).length + 1);
      assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).endsWith(".group.name"));
    }
  }

  @Test
  void aSequenceCutByTheEndOfTheFileAndNulBytesAreRefused() {
    byte[] text = lines(1).getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(text, text.length + 1);
    cut[text.length] = (byte) 0xE1;
    Outcome outcome = read(cut, true);
    assertThat(outcome.delivered()).isEqualTo(records(1));
    assertLocated(outcome.failure(), 2, "not valid UTF-8: byte 0xE1", "UTF-8");

    byte[] nul = (line(lines(2), 1) + "\n" + line(lines(2), 2)).getBytes(StandardCharsets.UTF_8);
    nul[nul.length - 5] = 0;
    Outcome zero = read(nul, true);
    assertThat(zero.delivered()).isEqualTo(records(1));
    assertLocated(zero.failure(), 2, "record 2: byte 0x00", "bản ghi 2: byte 0x00");
    // UTF-16 is not guessed from zero bytes
    assertLocated(read(lines(1).getBytes(StandardCharsets.UTF_16LE), true).failure(), 1, "byte 0x00",
        "byte 0x00");
  }

  @Test
  void readLimitsApplyToEachRecord() {
    String text = lines(2);
    String longName = "x".repeat(100_001);
    Outcome outcome = read(once(text, "\"name\":\"Cụm thi đua số 1\"", "\"name\":\"" + longName + "\""), true);
    assertThat(outcome.delivered()).isEqualTo(records(1));
    assertLocated(outcome.failure(), 2, "record 2: a value is longer than 100000 characters",
        "bản ghi 2");
    String deep = "[".repeat(70) + "]".repeat(70);
    assertLocated(read(once(text, YEAR, "\"units\":" + deep + "," + YEAR), true).failure(), 2,
        "record 2:", "bản ghi 2");
    assertLocated(read(once(text, YEAR, "\"year\":2017" + "0".repeat(120) + ",\"organiser\":{"), true).failure(), 2,
        "record 2: a number is longer than 100 characters", "bản ghi 2: số dài hơn 100 ký tự");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e9999999999", "99999999999999999999", "1.5", "\"3\"", "true", "{}", "[]"})
  void numbersOutOfRangeOrOfTheWrongKindAreLocated(String value) {
    String text = lines(2);
    String second = line(text, 2).replaceFirst("\"staff\":\\d+", "\"staff\":" + Matcher.quoteReplacement(value));
    Outcome outcome = read(line(text, 1) + "\n" + second + "\n", true);
    assertThat(outcome.delivered()).isEqualTo(records(1));
    DataFileException e = assertLocated(outcome.failure(), 2, "record 2: ", "bản ghi 2: ");
    assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).startsWith("$.units[0]"));
  }

  @Test
  void numbersAtTheEdgeOfTheBoundsAreRead() {
    String text = lines(1).replaceFirst("\"value\":\\d+", "\"value\":-999999999.999999999");
    Outcome outcome = read(text, true);
    assertThat(outcome.error()).isNull();
    assertThat(outcome.delivered().get(0).sheets().get(0).entries().get(0).value())
        .isEqualTo(new BigDecimal("-999999999.999999999"));
  }

  @ParameterizedTest
  @CsvSource({"1e999999999, has an exponent", "1e-999999999, has an exponent", "1E2, has an exponent",
      "1000000000, is too large: at most 9 digits before the decimal point",
      "0.0000000001, has too many decimals: at most 9"})
  void numbersBeyondTheBoundsAreRefusedAtTheirToken(String value, String problem) {
    String second = line(lines(2), 2).replaceFirst("\"value\":\\d+", "\"value\":" + value);
    Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> read(line(lines(2), 1) + "\n" + second + "\n", true));
    assertThat(outcome.delivered()).isEqualTo(records(1));
    DataFileException e = assertLocated(outcome.failure(), 2, "record 2: the number " + value + " " + problem,
        "bản ghi 2: số " + value);
    assertThat(e.path()).contains("$.sheets[0].entries[0].value");
    String before = second.substring(0, second.indexOf("\"value\":" + value) + "\"value\":".length());
    assertThat(e.column()).as("the column in bytes").contains(before.getBytes(StandardCharsets.UTF_8).length + 1);
  }

  @Test
  void aRecordLargerThanFiftyMegabytesIsRefusedWithoutReadingItAll() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      private final byte[] start = (line(lines(1), 1) + "\n{\"schemaVersion\":2,").getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        long at = served[0]++;
        return at < start.length ? start[(int) at] & 0xFF : ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
    List<GroupYear> out = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.open(endless, "archive.jsonl", true)) {
      assertThatThrownBy(() -> reader.forEachRemaining(out::add)).isInstanceOfSatisfying(DataFileException.class,
          e -> assertLocated(e, 2, "record 2: a record (or the space before it) is larger than 50 MB",
              "bản ghi 2: bản ghi (hoặc khoảng trống trước nó) lớn hơn 50 MB"));
    }
    assertThat(out).isEqualTo(records(1));
    assertThat(served[0]).isLessThan(50_000_000L + 200_000L);
  }

  @Test
  void contentAfterTheArchiveIsRefused() {
    assertLocated(read(document(1) + "{}\n", false).failure(), 4, "unexpected content after the end",
        "còn nội dung thừa");
    assertLocated(read("[]", false).failure(), 1, "an archive is an object", "kho lưu trữ là một đối tượng");
    assertLocated(read("{\"schemaVersion\": 2, \"document\": \"archive\", \"records\": {}}", false).failure(), 1,
        "wrong type: expected list", "sai kiểu dữ liệu");
    DataFileException e = assertLocated(read("{\"schemaVersion\": 2, \"document\": \"archive\", \"records\": [1]}",
        false).failure(), 1, "record 1: each record is an object", "bản ghi 1");
    assertThat(e.path()).contains("$.records[0]");
    assertLocated(read("{\"schemaVersion\": 2, \"document\": \"archive\"}", false).failure(), 1,
        "required field records is missing", "thiếu trường bắt buộc records");
  }
}
