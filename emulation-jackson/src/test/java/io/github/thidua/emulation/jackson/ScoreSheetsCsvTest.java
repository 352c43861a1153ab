package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing score sheets as CSV: the golden files, the accepted layouts, and what writing refuses. */
class ScoreSheetsCsvTest {

  private static final String HEADER =
      "Đơn vị,Cụm/khối,Năm,Vai trò,Người chấm,Loại,Mã,Điểm,Chỉ tiêu,Số lần,Ghi chú,Minh chứng\r\n";

  private static Path resource(String relative) {
    try {
      return Path.of(ScoreSheetsCsvTest.class.getResource("/csv/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ScoreSheet> golden() {
    return EmulationFiles.readScoreSheets(resource("golden/sheets.json"));
  }

  private static List<ScoreSheet> read(String text) {
    return ScoreSheetsCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv");
  }

  private static DataFileException error(String text) {
    try {
      read(text);
    } catch (DataFileException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + text);
  }

  // ---------------------------------------------------------------- golden files

  @Test
  void theGoldenSheetsWriteTheGoldenBytes() throws IOException {
    byte[] written = ScoreSheetsCsv.write(golden());
    Path expected = Path.of("src/test/resources/csv/golden/sheets.csv");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(expected, written);
    }
    assertThat(written).isEqualTo(Files.readAllBytes(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sheets.csv", "sheets-excel-vi.csv", "sheets-english.csv"})
  void everyGoldenCsvFileReadsAsTheGoldenJson(String file) {
    assertThat(ScoreSheetsCsv.read(resource("golden/" + file))).isEqualTo(golden());
  }

  @Test
  void theGoldenSheetsCoverEveryKindOfRow() {
    List<ScoreSheet> sheets = golden();
    assertThat(sheets).extracting(ScoreSheet::role).containsExactly(ScorerRole.SELF, ScorerRole.PEER,
        ScorerRole.COUNCIL, ScorerRole.HEAD);
    assertThat(sheets.get(0).entries().get(1).target()).contains(new BigDecimal("20"));
    assertThat(sheets.get(0).deductions()).containsExactly(new Claim("TRE_HAN", 2, "Nộp báo cáo \"quý III\" trễ hạn",
        List.of()));
    assertThat(sheets.get(2).entries()).isEmpty();
    assertThat(sheets.get(2).bonuses()).isEmpty();
  }

  @Test
  void theScoringGoldenSheetsRoundTrip() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden-scoring"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        List<ScoreSheet> sheets = EmulationFiles.readScoreSheets(dir.resolve("sheets.json"));
        assertThat(ScoreSheetsCsv.read(new ByteArrayInputStream(ScoreSheetsCsv.write(sheets)), "x.csv"))
            .as(dir.toString()).isEqualTo(sheets);
      }
    }
  }

  // ---------------------------------------------------------------- writing

  @Test
  void writingStartsWithTheBomAndTheVietnameseHeader() {
    byte[] bytes = ScoreSheetsCsv.write(golden());
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = ScoreSheetsCsv.toCsv(golden());
    assertThat(text).startsWith(HEADER);
    assertThat(text).contains("\r\nso-noi-vu,khoi-tong-hop,2024,tự chấm,so-noi-vu,tiêu chí,1.1,9.5,,,"
        + "Hoàn thành 100% kế hoạch,BC 12/BC-SNV; QĐ 45/QĐ-UBND\r\n");
    assertThat(text).contains(",điểm trừ,TRE_HAN,,,2,\"Nộp báo cáo \"\"quý III\"\" trễ hạn\",\r\n");
    assertThat(text).contains(",hội đồng,Hội đồng Thi đua - Khen thưởng tỉnh,phiếu trống,,,,,,\r\n");
  }

  @Test
  void noSheetsIsTheHeaderAlone() {
    assertThat(ScoreSheetsCsv.toCsv(List.of())).isEqualTo(HEADER);
    assertThat(read(HEADER)).isEmpty();
  }

  @Test
  void numbersArePlainWithADecimalPoint() {
    ScoreSheet sheet = ScoreSheet.builder("u", "g", 2024, ScorerRole.SELF, "u")
        .entries(new ScoreEntry("1", new BigDecimal("1E+3"), Optional.of(new BigDecimal("0.0000001")), "",
            List.of()))
        .build();
    String text = ScoreSheetsCsv.toCsv(List.of(sheet));
    assertThat(text).contains(",1,1000,0.0000001,");
    assertThat(read(text).get(0).entries().get(0).value()).isEqualTo(new BigDecimal("1000"));
  }

  @Test
  void writingToAFileWritesTheSameBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("phieu-cham.csv");
    ScoreSheetsCsv.write(golden(), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(ScoreSheetsCsv.write(golden()));
    assertThat(ScoreSheetsCsv.read(file)).isEqualTo(golden());
  }

  @Test
  void writingRefusesWhatReadingWouldNotGiveBack() {
    ScoreSheet sheet = golden().get(0);
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(List.of(sheet, golden().get(1), sheet)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sheet 3").hasMessageContaining("merge");
    assertThatThrownBy(() -> ScoreSheetsCsv.write(List.of(withScorer(sheet, " so-noi-vu"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scorer");
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(List.of(new ScoreSheet(sheet.unit(), sheet.group(), 24,
        sheet.role(), sheet.scorer(), sheet.entries(), List.of(), List.of()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 24");
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(List.of(withEntry(sheet,
        new ScoreEntry("1", BigDecimal.ONE, Optional.empty(), "", List.of("a; b"))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("';'");
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(List.of(withEntry(sheet,
        new ScoreEntry("", BigDecimal.ONE, Optional.empty(), "", List.of())))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion code");
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(List.of(withEntry(sheet,
        new ScoreEntry("1", BigDecimal.ONE, Optional.empty(), "", List.of(" ")))))).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("evidence");
  }

  private static ScoreSheet withScorer(ScoreSheet s, String scorer) {
    return new ScoreSheet(s.unit(), s.group(), s.year(), s.role(), scorer, s.entries(), s.bonuses(), s.deductions());
  }

  private static ScoreSheet withEntry(ScoreSheet s, ScoreEntry entry) {
    List<ScoreEntry> entries = new ArrayList<>(s.entries());
    entries.add(entry);
    return new ScoreSheet(s.unit(), s.group(), s.year(), s.role(), s.scorer(), entries, s.bonuses(),
        s.deductions());
  }

  @Test
  void textsAreWrittenInNfc() {
    String nfd = Normalizer.normalize("Hội đồng Thi đua", Normalizer.Form.NFD);
    ScoreSheet sheet = ScoreSheet.builder("u", "g", 2024, ScorerRole.COUNCIL, nfd).entry("1", "5").build();
    String text = ScoreSheetsCsv.toCsv(List.of(sheet));
    assertThat(text).contains("Hội đồng Thi đua").doesNotContain(nfd);
    assertThat(read(text).get(0).scorer()).isEqualTo("Hội đồng Thi đua");
  }

  @Test
  void nullArgumentsAreProgrammerErrors(@TempDir Path dir) {
    InputStream in = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> ScoreSheetsCsv.read((Path) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.read(null, "s.csv")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.read(in, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.write(List.of(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScoreSheetsCsv.write(null, dir.resolve("x.csv")))
        .isInstanceOf(NullPointerException.class);
    List<ScoreSheet> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> ScoreSheetsCsv.toCsv(withNull)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------- accepted layouts

  @Test
  void bomSeparatorDecimalMarkAndLineEndsDoNotMatter() {
    String text = ScoreSheetsCsv.toCsv(golden());
    List<ScoreSheet> expected = golden();
    assertThat(read(CsvText.BOM + text)).isEqualTo(expected);
    assertThat(read(text)).isEqualTo(expected);
    for (String eol : List.of("\n", "\r\n", "\r")) {
      for (boolean bom : List.of(true, false)) {
        for (boolean english : List.of(true, false)) {
          assertThat(read(CsvText.relayout(text, new CsvText.Layout(';', true, eol, bom, english, 0))))
              .isEqualTo(expected);
          assertThat(read(CsvText.relayout(text, new CsvText.Layout(',', false, eol, bom, english, 0))))
              .isEqualTo(expected);
          // the golden values have no three decimals, so a quoted decimal comma is unambiguous
          assertThat(read(CsvText.relayout(text, new CsvText.Layout(',', true, eol, bom, english, 0))))
              .isEqualTo(expected);
          assertThat(read(CsvText.relayout(text, new CsvText.Layout(';', false, eol, bom, english, 7))))
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void blankLinesAndExcelsEmptyRowsAreSkipped() {
    String text = ScoreSheetsCsv.toCsv(golden());
    String blanks = text.replace(HEADER, "\r\n" + HEADER + ",,,,,,,,,,,\r\n \r\n") + "\r\n,,,,,,,,,,,\r\n\r\n\r\n";
    assertThat(read(blanks)).isEqualTo(golden());
  }

  @Test
  void headersIgnoreCaseNfcAndSpaces() {
    String header = " ĐƠN VỊ ,\"cụm, KHỐI\",  năm,Vai  trò,NGƯỜI CHẤM,loại,MÃ,điểm\r\n";
    String nfd = Normalizer.normalize(header, Normalizer.Form.NFD);
    String row = "u1,g1,2024,Tự Chấm,u1,Tiêu Chí,1,8.5\r\n";
    List<ScoreSheet> expected = List.of(ScoreSheet.builder("u1", "g1", 2024, ScorerRole.SELF, "u1")
        .entry("1", "8.5").build());
    assertThat(read(header + row)).isEqualTo(expected);
    assertThat(read(nfd + row)).isEqualTo(expected);
    assertThat(read("UNIT,Group,year,role,scorer,kind,code,value\n" + row)).isEqualTo(expected);
  }

  @Test
  void everyRoleAndKindHasItsWords() {
    String header = "unit,group,year,role,scorer,kind,code,value,count\n";
    String[][] roles = {{"SELF", "tự chấm"}, {"HEAD", "thẩm định"}, {"HEAD", "Cụm trưởng"}, {"HEAD", "khối trưởng"},
        {"PEER", "chấm chéo"}, {"PEER", "peer"}, {"COUNCIL", "Hội đồng"}, {"COUNCIL", "COUNCIL"}};
    for (String[] r : roles) {
      assertThat(read(header + "u,g,2024," + r[1] + ",s,criterion,1,1,\n").get(0).role())
          .as(r[1]).isEqualTo(ScorerRole.valueOf(r[0]));
    }
    ScoreSheet sheet = read(header + "u,g,2024,SELF,s,Criterion,1,1,\n" + "u,g,2024,SELF,s,BONUS,B,,\n"
        + "u,g,2024,SELF,s,điểm thưởng,B2,,3\n" + "u,g,2024,SELF,s,deduction,D,,2\n"
        + "u,g,2024,SELF,s,Điểm trừ,D2,,\n").get(0);
    assertThat(sheet.entries()).hasSize(1);
    assertThat(sheet.bonuses()).containsExactly(Claim.of("B", ""), new Claim("B2", 3, "", List.of()));
    assertThat(sheet.deductions()).containsExactly(new Claim("D", 2, "", List.of()), Claim.of("D2", ""));
    assertThat(read(header + "u,g,2024,SELF,s,EMPTY,,,\n").get(0).entries()).isEmpty();
  }

  @Test
  void rowsOfASheetNeedNotBeTogether() {
    String text = HEADER + "a,g,2024,tự chấm,a,tiêu chí,1,1,,,,\r\n" + "b,g,2024,tự chấm,b,tiêu chí,1,2,,,,\r\n"
        + "a,g,2024,tự chấm,a,tiêu chí,2,3,,,,\r\n" + "a,g,2024,tự chấm,a,điểm trừ,D,,,,,\r\n";
    List<ScoreSheet> sheets = read(text);
    assertThat(sheets).extracting(s -> s.unit().value()).containsExactly("a", "b");
    assertThat(sheets.get(0).entries()).extracting(ScoreEntry::criterion).containsExactly("1", "2");
    assertThat(sheets.get(0).deductions()).hasSize(1);
  }

  @Test
  void theDecimalMarkIsReadWhenItIsUnambiguous() {
    String head = "unit,group,year,role,scorer,kind,code,value,target\n";
    String semi = head.replace(',', ';');
    assertThat(value(head + "u,g,2024,SELF,s,criterion,1,\"8,5\",\n")).isEqualTo("8.5");
    assertThat(value(head + "u,g,2024,SELF,s,criterion,1,\"8,50\",\n")).isEqualTo("8.50");
    assertThat(value(head + "u,g,2024,SELF,s,criterion,1,97.125,\n")).isEqualTo("97.125");
    assertThat(value(semi + "u;g;2024;SELF;s;criterion;1;97,125;\n")).isEqualTo("97.125");
    assertThat(value(semi + "u;g;2024;SELF;s;criterion;1;8.5;\n")).isEqualTo("8.5");
    assertThat(value(semi + "u;g;2024;SELF;s;criterion;1; -0,25 ;\n")).isEqualTo("-0.25");
    assertThat(error(head + "u,g,2024,SELF,s,criterion,1,\"1,000\",\n").problem().en()).contains("ambiguous");
    assertThat(error(semi + "u;g;2024;SELF;s;criterion;1;97.125;\n").problem().en()).contains("ambiguous");
    assertThat(error(semi + "u;g;2024;SELF;s;criterion;1;1.234,5;\n").problem().en()).contains("not a number");
  }

  private static String value(String text) {
    return read(text).get(0).entries().get(0).value().toPlainString();
  }

  @Test
  void textsAreReadInNfcAndNotesAsWritten() {
    String note = Normalizer.normalize(" Ghi chú: đạt ", Normalizer.Form.NFD);
    String scorer = Normalizer.normalize("Hội đồng", Normalizer.Form.NFD);
    ScoreSheet sheet = read("unit,group,year,role,scorer,kind,code,value,note,evidence\n"
        + "u,g,2024,council, " + scorer + " ,criterion,1,1," + note + ", a.pdf ;; Quyết định số 1 ;\n").get(0);
    assertThat(sheet.scorer()).isEqualTo("Hội đồng");
    assertThat(sheet.entries().get(0).note()).isEqualTo(" Ghi chú: đạt ");
    assertThat(sheet.entries().get(0).evidence()).containsExactly("a.pdf", "Quyết định số 1");
  }

  // ---------------------------------------------------------------- errors that need no corpus file

  @Test
  void aFileOverFiftyMegabytesIsRefusedBeforeParsing() {
    byte[] bytes = new byte[50_000_001];
    Arrays.fill(bytes, (byte) 'a');
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, bytes, 0, header.length);
    assertThatThrownBy(() -> ScoreSheetsCsv.read(new ByteArrayInputStream(bytes), "big.csv"))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.line()).contains(2);
          assertThat(e.problem().en()).contains("larger than 50 MB");
          assertThat(e.problem().vi()).contains("50 MB");
        });
  }

  @Test
  void aMissingFileIsALocatedError(@TempDir Path dir) {
    assertThatThrownBy(() -> ScoreSheetsCsv.read(dir.resolve("none.csv")))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.source()).isEqualTo("none.csv");
          assertThat(e.problem().en()).contains("cannot open");
        });
  }

  @Test
  void aGiantCellIsRefused() {
    DataFileException e = error(HEADER + "u,g,2024,SELF,s,criterion,1,1,,,\"" + "x".repeat(100_001) + "\",\r\n");
    assertThat(e.line()).contains(2);
    assertThat(e.column()).contains(11);
    assertThat(e.path()).contains("Ghi chú");
    assertThat(e.problem().en()).contains("too long");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e999999999 | Điểm | the number 1e999999999 has an exponent",
      "\"-2,5E+1\" | Điểm | the number -2,5E+1 has an exponent",
      "1000000000 | Điểm | the number 1000000000 is too large: at most 9 digits before the decimal point",
      "\"-1000000000,5\" | Điểm | the number -1000000000,5 is too large",
      "\"0,0000000001\" | Điểm | the number 0,0000000001 has too many decimals: at most 9",
      "1e3 | Số lần | the number 1e3 has an exponent",
      "2e3 | Năm | the number 2e3 has an exponent"})
  void aNumberOutOfBoundsIsRefusedNamingWhatIsWrong(String value, String column, String problem) {
    String row = switch (column) {
      case "Số lần" -> "u,g,2024,tự chấm,u,điểm thưởng,B1,,," + value + ",,\r\n";
      case "Năm" -> "u,g," + value + ",tự chấm,u,tiêu chí,1,5,,,,\r\n";
      default -> "u,g,2024,tự chấm,u,tiêu chí,1," + value + ",,,,\r\n";
    };
    DataFileException e = error(HEADER + row);
    assertThat(e.line()).contains(2);
    assertThat(e.path()).contains(column);
    assertThat(e.problem().en()).startsWith(problem);
    assertThat(e.problem().vi()).startsWith("số ");
  }

  @Test
  void aNumberOfNearlyAHundredThousandDigitsIsRefusedWithoutQuotingIt() {
    DataFileException e = error(HEADER + "u,g,2024,tự chấm,u,tiêu chí,1,1" + "0".repeat(99_990) + ",,,,\r\n");
    assertThat(e.path()).contains("Điểm");
    assertThat(e.problem().en()).isEqualTo("a number is longer than 100 characters: at most 9 digits before the"
        + " decimal point and 9 after it");
  }

  @Test
  void messagesNameTheFileLineColumnAndHeaderWithoutJackson() {
    DataFileException e = error(HEADER + "u,g,2024,tự chấm,u,tiêu chí,1,tám,,,,\r\n");
    assertThat(e.describe(Locale.ENGLISH)).isEqualTo("s.csv:2:8 (Điểm): 'tám' is not a number: write digits"
        + " with '.' or ',' as the decimal mark (such as 8.5), without thousands separators");
    assertThat(e.describe(Names.VIETNAMESE)).startsWith("s.csv:2:8 (Điểm): 'tám' không phải là số");
    assertThat(e.getCause()).isNull();
    DataFileException exponent = error(HEADER + "u,g,2024,tự chấm,u,tiêu chí,1,1e400,,,,\r\n");
    assertThat(exponent.describe(Locale.ENGLISH)).isEqualTo("s.csv:2:8 (Điểm): the number 1e400 has an exponent:"
        + " write it in plain digits (1000, not 1e3)");
    assertThat(exponent.describe(Names.VIETNAMESE)).startsWith("s.csv:2:8 (Điểm): số 1e400 có số mũ");
    DataFileException quote = error(HEADER + "u,g,2024,tự chấm,u,tiêu chí,1,1,,,\"ghi chú,\r\n");
    assertThat(quote.describe(Locale.ENGLISH)).startsWith("s.csv:2:11 (Ghi chú): a cell opens a quote")
        .doesNotContain("tools.jackson").doesNotContain("Exception");
  }
}
