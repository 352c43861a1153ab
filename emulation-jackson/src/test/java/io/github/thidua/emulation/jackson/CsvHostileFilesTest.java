package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.core.DataFileException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile CSV corpus ({@code src/test/resources/csv/hostile}) is refused within a second with one
 * error that says where (line, column number, column header) and what, in Vietnamese and English.
 */
class CsvHostileFilesTest {

  /** Where and what: the line, the column (0 if none), the header path ("" if none), a fragment of the English. */
  private record Expected(int line, int column, String path, String english) {}

  private static final Map<String, Expected> EXPECTED = Map.ofEntries(
      Map.entry("unknown-header.csv", new Expected(1, 11, "Ghi chu", "unknown column header 'Ghi chu'")),
      Map.entry("duplicate-header.csv", new Expected(1, 13, "value", "repeats column 8 ('Điểm')")),
      Map.entry("missing-column.csv", new Expected(1, 0, "Người chấm", "required column 'Người chấm (scorer)'")),
      Map.entry("too-many-cells.csv", new Expected(3, 13, "", "13 cells but the header has 12")),
      Map.entry("too-few-cells.csv", new Expected(2, 12, "Minh chứng", "11 cells but the header has 12")),
      Map.entry("number-exponent.csv", new Expected(2, 8, "Điểm", "the number 1e400 has an exponent")),
      Map.entry("number-exponent-huge.csv", new Expected(2, 8, "Điểm", "the number 1e999999999 has an exponent")),
      Map.entry("number-exponent-negative-huge.csv", new Expected(2, 8, "Điểm",
          "the number -1e999999999 has an exponent")),
      Map.entry("number-exponent-tiny.csv", new Expected(2, 8, "Điểm", "the number 1e-999999999 has an exponent")),
      Map.entry("number-exponent-small-value.csv", new Expected(2, 8, "Điểm", "the number 1E2 has an exponent")),
      Map.entry("number-too-large.csv", new Expected(2, 8, "Điểm",
          "the number 1000000000 is too large: at most 9 digits before the decimal point")),
      Map.entry("number-too-many-decimals.csv", new Expected(2, 8, "Điểm",
          "the number 0,0000000001 has too many decimals: at most 9")),
      Map.entry("target-exponent.csv", new Expected(2, 9, "Chỉ tiêu", "the number 1e400 has an exponent")),
      Map.entry("target-too-large.csv", new Expected(2, 9, "Chỉ tiêu", "the number -1000000000 is too large")),
      Map.entry("target-too-many-decimals.csv", new Expected(2, 9, "Chỉ tiêu",
          "the number 1.0000000001 has too many decimals")),
      Map.entry("count-exponent.csv", new Expected(2, 10, "Số lần", "the number 1e3 has an exponent")),
      Map.entry("count-too-large.csv", new Expected(2, 10, "Số lần", "the number 1000000000 is too large")),
      Map.entry("year-exponent.csv", new Expected(2, 3, "Năm", "the number 2e3 has an exponent")),
      Map.entry("number-nan.csv", new Expected(4, 8, "Điểm", "'NaN' is not a number")),
      Map.entry("number-text.csv", new Expected(2, 8, "Điểm", "'tám điểm' is not a number")),
      Map.entry("number-thousands.csv", new Expected(2, 9, "Chỉ tiêu", "'1,000' is ambiguous")),
      Map.entry("number-grouping-semicolon.csv", new Expected(2, 8, "Điểm", "'1.234,5' is not a number")),
      Map.entry("number-too-long.csv", new Expected(2, 8, "Điểm", "a number is longer than 100 characters")),
      Map.entry("year-text.csv", new Expected(2, 3, "Năm", "the year 'năm 2024' is not valid")),
      Map.entry("year-two-digits.csv", new Expected(3, 3, "Năm", "the year '24' is not valid")),
      Map.entry("role-unknown.csv", new Expected(2, 4, "Vai trò", "'giám khảo' is not allowed")),
      Map.entry("kind-unknown.csv", new Expected(2, 6, "Loại", "'điểm cộng' is not allowed")),
      Map.entry("kind-blank.csv", new Expected(2, 6, "Loại", "must not be empty")),
      Map.entry("value-on-bonus.csv", new Expected(2, 8, "Điểm", "a bonus row has no value")),
      Map.entry("count-on-criterion.csv", new Expected(2, 10, "Số lần", "a criterion row has no count")),
      Map.entry("count-zero.csv", new Expected(2, 10, "Số lần", "the count '0' is not valid")),
      Map.entry("target-on-deduction.csv", new Expected(2, 9, "Chỉ tiêu", "a deduction row has no target")),
      Map.entry("code-blank.csv", new Expected(2, 7, "Mã", "the cell 'Mã' must not be empty")),
      Map.entry("value-blank.csv", new Expected(2, 8, "Điểm", "the cell 'Điểm' must not be empty")),
      Map.entry("unit-id-with-spaces.csv", new Expected(2, 1, "Đơn vị", "the id 'Sở Nội vụ' is not valid")),
      Map.entry("scorer-blank.csv", new Expected(2, 5, "Người chấm", "must not be empty")),
      Map.entry("empty-sheet-with-rows.csv", new Expected(3, 6, "Loại", "this sheet already has line 2")),
      Map.entry("data-without-header.csv", new Expected(3, 13, "", "a column without a header")),
      Map.entry("tab-separated.csv", new Expected(1, 1, String.join("\t", "Đơn vị", "Cụm/khối", "Năm", "Vai trò",
          "Người chấm", "Loại", "Mã", "Điểm", "Chỉ tiêu", "Số lần", "Ghi chú", "Minh chứng"), "not with tabs")),
      Map.entry("no-header.csv", new Expected(1, 1, "so-a", "unknown column header 'so-a'")),
      Map.entry("unclosed-quote.csv", new Expected(3, 11, "Ghi chú", "never closed")),
      Map.entry("text-after-closing-quote.csv", new Expected(2, 11, "Ghi chú", "follows the closing quote")),
      Map.entry("invalid-utf8.csv", new Expected(3, 11, "", "not valid UTF-8: byte 0xFF at offset")),
      Map.entry("windows-1258.csv", new Expected(1, 1, "", "not valid UTF-8: byte 0xD0 at offset 0")),
      Map.entry("utf16-le-with-bom.csv", new Expected(1, 1, "", "not valid UTF-8: byte 0xFF at offset 0")),
      Map.entry("empty.csv", new Expected(1, 1, "", "the file is empty")),
      Map.entry("bom-only.csv", new Expected(1, 1, "", "the file is empty")));

  private static Path root() {
    try {
      return Path.of(CsvHostileFilesTest.class.getResource("/csv/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(root())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void theCorpusIsLargeAndEveryFileHasItsExpectation() throws IOException {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(20).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileIsOneLocatedErrorInBothLanguages(String name) {
    Expected expected = EXPECTED.get(name);
    assertThat(expected).as("expectation for " + name).isNotNull();
    assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> ScoreSheetsCsv.read(root().resolve(name))))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.source()).isEqualTo(name);
          assertThat(e.line()).as("line").contains(expected.line());
          assertThat(e.line().orElseThrow()).isPositive();
          assertThat(e.column().orElse(0)).as("column").isEqualTo(expected.column());
          assertThat(e.path().orElse("")).as("path").isEqualTo(expected.path());
          assertThat(e.problem().en()).as("English").isNotBlank().contains(expected.english());
          assertThat(e.problem().vi()).as("Vietnamese").isNotBlank().isNotEqualTo(e.problem().en());
          assertThat(e.describe(Locale.ENGLISH)).startsWith(name + ":" + expected.line())
              .doesNotContain("tools.jackson").doesNotContain("Exception");
        });
  }
}
