package io.github.thidua.emulation.jackson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Test support: the same CSV content in the other layouts a reader must accept. */
final class CsvText {
  private CsvText() {}

  static final String BOM = "\uFEFF";

  static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("Đơn vị", "unit"),
      Map.entry("Cụm/khối", "group"), Map.entry("Năm", "year"), Map.entry("Vai trò", "role"),
      Map.entry("Người chấm", "scorer"), Map.entry("Loại", "kind"), Map.entry("Mã", "code"),
      Map.entry("Điểm", "value"), Map.entry("Chỉ tiêu", "target"), Map.entry("Số lần", "count"),
      Map.entry("Ghi chú", "note"), Map.entry("Minh chứng", "evidence"));

  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** The rows of a comma-separated text without a byte-order mark. */
  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(csv);
    for (String[] row : it.readAll()) {
      rows.add(new ArrayList<>(List.of(row)));
    }
    return rows;
  }

  /** Joins rows with a separator and line end, quoting a cell only when it must be. */
  static String join(List<List<String>> rows, char separator, String eol) {
    StringBuilder s = new StringBuilder();
    for (List<String> row : rows) {
      s.append(row.stream().map(c -> quote(c, separator)).collect(Collectors.joining(String.valueOf(separator))))
          .append(eol);
    }
    return s.toString();
  }

  private static String quote(String cell, char separator) {
    boolean needs = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /**
   * A layout: separator, decimal comma, line end, byte-order mark, English headers, shuffled columns. A
   * semicolon-separated file, as Vietnamese-locale Excel saves it, has a decimal comma.
   */
  record Layout(char separator, boolean decimalComma, String eol, boolean bom, boolean english, long shuffle) {
    static Layout random(Random r) {
      boolean semicolon = r.nextBoolean();
      return new Layout(semicolon ? ';' : ',', semicolon, new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)],
          r.nextBoolean(), r.nextBoolean(), r.nextInt(3) == 0 ? r.nextLong() : 0);
    }
  }

  /** The text of {@code ScoreSheetsCsv.toCsv} rewritten in another layout. */
  static String relayout(String csv, Layout layout) {
    List<List<String>> rows = rows(csv);
    List<String> header = rows.get(0);
    int value = header.indexOf("Điểm");
    int target = header.indexOf("Chỉ tiêu");
    for (List<String> row : rows.subList(1, rows.size())) {
      if (layout.decimalComma()) {
        row.set(value, row.get(value).replace('.', ','));
        row.set(target, row.get(target).replace('.', ','));
      }
    }
    if (layout.english()) {
      header.replaceAll(ENGLISH::get);
    }
    if (layout.shuffle() != 0) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(layout.shuffle()));
      rows.replaceAll(row -> order.stream().map(row::get).toList());
    }
    return (layout.bom() ? BOM : "") + join(rows, layout.separator(), layout.eol());
  }
}
