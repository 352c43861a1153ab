package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Writing score sheets as CSV then reading them gives back equal sheets, writing is deterministic, and the other
 * layouts a reader accepts (separator, decimal comma, line ends, byte-order mark, English headers, column order)
 * read the same.
 */
class ScoreSheetsCsvProperties {

  /** Texts that stress CSV quoting: separators, quotes, line breaks, spaces at the edges, Excel's specials. */
  private static final String[] TEXTS = {"", "Hoàn thành 100% kế hoạch", "a,b", "a;b", "trích \"dẫn\"", "\"",
      "dòng 1\r\ndòng 2", "dòng 1\ndòng 2", "cuối dòng\n", " đầu có dấu cách", "cuối có dấu cách ", "  ", "#1",
      "=SUM(A1)", "-3", "tab\tđây", "ẩn ỡ ự ỷ Đ", "Nghị định 98/2023/NĐ-CP, Điều 24"};

  private static final String[] EVIDENCE = {"BC 12/BC-SNV", "QĐ 45/QĐ-UBND", "bien-ban.pdf", "ảnh, video",
      "\"hồ sơ\" số 3", "dòng 1\ndòng 2"};

  private static final String[] SCORERS = {"so-noi-vu", "u-1", "Hội đồng Thi đua - Khen thưởng tỉnh",
      "Ban Thi đua, Sở Nội vụ", "ban \"TĐKT\"", "#hội-đồng"};

  private static final String[] CRITERIA = {"1", "1.1", "1.2.3", "C2", "Tiêu chí 3", "01"};

  private static final String[] ITEMS = {"BANG_KHEN", "TRE_HAN", "B1", "D_2"};

  private static <T> Gen<T> seeded(Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static BigDecimal decimal(Random r) {
    return switch (r.nextInt(7)) {
      case 0 -> BigDecimal.valueOf(r.nextInt(21));
      case 1 -> BigDecimal.valueOf(r.nextInt(2001) - 1000, 1 + r.nextInt(3));
      case 2 -> new BigDecimal("97.125");
      case 3 -> new BigDecimal("0.000");
      // the edges of what a file may hold (Numbers: 9 digits before the point, 9 after)
      case 4 -> new BigDecimal(r.nextBoolean() ? "999999999.999999999" : "-0.000000001");
      case 5 -> {
        int scale = r.nextInt(10);
        yield BigDecimal.valueOf(r.nextLong() % BigInteger.TEN.pow(9 + scale).longValueExact(), scale);
      }
      default -> new BigDecimal("10.00");
    };
  }

  private static List<String> evidence(Random r) {
    List<String> items = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      items.add(pick(r, EVIDENCE));
    }
    return items;
  }

  /** Sheets with distinct keys (unit, group, year, role, scorer), as the CSV format tells sheets apart. */
  static List<ScoreSheet> sheets(Random r) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int s = r.nextInt(6); s > 0; s--) {
      List<ScoreEntry> entries = new ArrayList<>();
      for (int e = r.nextInt(5); e > 0; e--) {
        entries.add(new ScoreEntry(pick(r, CRITERIA), decimal(r),
            r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(), pick(r, TEXTS), evidence(r)));
      }
      List<Claim> bonuses = new ArrayList<>();
      List<Claim> deductions = new ArrayList<>();
      for (int c = r.nextInt(4); c > 0; c--) {
        Claim claim = new Claim(pick(r, ITEMS), 1 + r.nextInt(r.nextBoolean() ? 3 : 1000), pick(r, TEXTS),
            evidence(r));
        (r.nextBoolean() ? bonuses : deductions).add(claim);
      }
      sheets.add(new ScoreSheet(UnitId.of("u-" + r.nextInt(4)), GroupId.of(r.nextBoolean() ? "cum-1" : "khoi.2"),
          2020 + r.nextInt(3), pick(r, ScorerRole.values()), pick(r, SCORERS), entries, bonuses, deductions));
    }
    return distinct(sheets);
  }

  /** The generator of the JSON round trip, with sheets of a repeated key left out. */
  private static List<ScoreSheet> jsonSheets(Random r) {
    return distinct(RoundTripProperties.sheets(r));
  }

  private static List<ScoreSheet> distinct(List<ScoreSheet> sheets) {
    Set<List<Object>> keys = new HashSet<>();
    return sheets.stream()
        .filter(s -> keys.add(List.of(s.unit(), s.group(), s.year(), s.role(), s.scorer())))
        .toList();
  }

  private static List<ScoreSheet> read(byte[] bytes) {
    return ScoreSheetsCsv.read(new ByteArrayInputStream(bytes), "sheets.csv");
  }

  private static List<ScoreSheet> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void roundTrips(List<ScoreSheet> sheets) {
    byte[] written = ScoreSheetsCsv.write(sheets);
    assertThat(read(written)).isEqualTo(sheets);
    assertThat(ScoreSheetsCsv.write(sheets)).isEqualTo(written);
    assertThat(ScoreSheetsCsv.write(read(written))).isEqualTo(written);
  }

  @Test
  void generatedSheetsRoundTrip() {
    qt().withExamples(300).forAll(seeded(ScoreSheetsCsvProperties::sheets))
        .checkAssert(ScoreSheetsCsvProperties::roundTrips);
  }

  @Test
  void sheetsOfTheJsonRoundTripRoundTripAsCsv() {
    qt().withExamples(200).forAll(seeded(ScoreSheetsCsvProperties::jsonSheets))
        .checkAssert(ScoreSheetsCsvProperties::roundTrips);
  }

  @Test
  void writingIsTheBomThenTheText() {
    qt().withExamples(100).forAll(seeded(ScoreSheetsCsvProperties::sheets)).checkAssert(sheets -> {
      String text = ScoreSheetsCsv.toCsv(sheets);
      assertThat(text).doesNotStartWith(CsvText.BOM).endsWith("\r\n");
      assertThat(ScoreSheetsCsv.write(sheets))
          .isEqualTo((CsvText.BOM + text).getBytes(StandardCharsets.UTF_8));
      // every line break outside a cell is CRLF: the rows of the text are the header and one per item
      int items = sheets.stream().mapToInt(s -> Math.max(1,
          s.entries().size() + s.bonuses().size() + s.deductions().size())).sum();
      assertThat(CsvText.rows(text)).hasSize(1 + items);
    });
  }

  @Test
  void everyAcceptedLayoutReadsTheSame() {
    qt().withExamples(300).forAll(seeded(r -> new Case(sheets(r), CsvText.Layout.random(r)))).checkAssert(c -> {
      String other = CsvText.relayout(ScoreSheetsCsv.toCsv(c.sheets()), c.layout());
      assertThat(read(other)).as(c.layout().toString()).isEqualTo(c.sheets());
    });
  }

  private record Case(List<ScoreSheet> sheets, CsvText.Layout layout) {}
}
