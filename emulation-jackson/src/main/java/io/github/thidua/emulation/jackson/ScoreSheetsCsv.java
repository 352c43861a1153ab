package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.jackson.internal.SheetsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes score sheets as CSV files, the form officials keep in Excel: one row per criterion entry, bonus
 * claim or deduction claim, with Vietnamese column headers ({@code Đơn vị}, {@code Cụm/khối}, {@code Năm},
 * {@code Vai trò}, {@code Người chấm}, {@code Loại}, {@code Mã}, {@code Điểm}, {@code Chỉ tiêu}, {@code Số lần},
 * {@code Ghi chú}, {@code Minh chứng}). Rows of the same unit, group, year, role and scorer form one sheet. The
 * format is described in {@code docs/csv.md}.
 *
 * <p>Reading accepts UTF-8 with or without a byte-order mark, {@code ,} or {@code ;} as the separator (told from
 * the header line), {@code .} or {@code ,} as the decimal mark, CRLF or LF line ends, English header names, and
 * headers and words in any case. It is strict otherwise: every problem is a {@link DataFileException} with the line,
 * the 1-based column number, the column's header as the path, and a message in Vietnamese and English.
 *
 * <p>Writing is RFC 4180 with CRLF line ends, {@code ,} as the separator, {@code .} as the decimal mark, numbers in
 * plain notation and texts in NFC; the same sheets always give the same bytes. Reading what was written gives back
 * equal sheets, with two canonical changes: texts come back in NFC, and a number with a negative scale
 * ({@code 1E+3}) comes back in plain form ({@code 1000}). Thread-safe.
 */
public final class ScoreSheetsCsv {
  private ScoreSheetsCsv() {}

  /**
   * Reads score sheets from a CSV file.
   *
   * @param file the file
   * @return the sheets, in order of their first row; empty if the file has only a header
   * @throws DataFileException if the file cannot be read or is not a valid score-sheet CSV file
   */
  public static List<ScoreSheet> read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    try (in) {
      return read(in, source);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * Reads score sheets from CSV bytes.
   *
   * @param in the bytes; the caller closes it
   * @param source a name for messages, usually the file name
   * @return the sheets, in order of their first row; empty if the content has only a header
   * @throws DataFileException if the content is not a valid score-sheet CSV file
   */
  public static List<ScoreSheet> read(InputStream in, String source) {
    return SheetsCsv.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes score sheets as CSV text, without a byte-order mark: a header row, then for each sheet in order its
   * entries, bonus claims and deduction claims, each in order (a sheet with none of them is one row of kind
   * {@code phiếu trống}). Lines end with CRLF.
   *
   * @param sheets the sheets, in the order to write them
   * @return the CSV text
   * @throws IllegalArgumentException if the sheets hold what reading would not give back: two sheets with the same
   *     unit, group, year, role and scorer; a year that is not of four digits; a scorer, code or evidence reference
   *     that is empty or has spaces around it; an evidence reference holding {@code ;}
   */
  public static String toCsv(List<ScoreSheet> sheets) {
    return SheetsCsv.toCsv(List.copyOf(Objects.requireNonNull(sheets, "sheets")));
  }

  /**
   * Writes score sheets as the bytes of a CSV file: the text of {@link #toCsv(List)} in UTF-8, after a
   * byte-order mark so that Excel shows Vietnamese letters correctly.
   *
   * @param sheets the sheets, in the order to write them
   * @return the bytes
   * @throws IllegalArgumentException as {@link #toCsv(List)}
   */
  public static byte[] write(List<ScoreSheet> sheets) {
    return ("\uFEFF" + toCsv(sheets)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes score sheets to a CSV file, as {@link #write(List)} gives them.
   *
   * @param sheets the sheets, in the order to write them
   * @param file the file, created or replaced
   * @throws IllegalArgumentException as {@link #toCsv(List)}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(List<ScoreSheet> sheets, Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes = write(sheets);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static DataFileException unreadable(String source, IOException e) {
    return new DataFileException(source, "", 0, 0,
        new LocalizedText("không mở được tệp (" + e.getClass().getSimpleName() + ")",
            "cannot open the file (" + e.getClass().getSimpleName() + ")"), e);
  }
}
