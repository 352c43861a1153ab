package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Names;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;
import tools.jackson.databind.ObjectWriter;

/**
 * Score sheets as CSV: one row per criterion entry, bonus claim or deduction claim, with Vietnamese headers. Reads
 * strictly, with every problem located by line, column number and column header; writes deterministically.
 */
public final class SheetsCsv {
  /** The largest file read, in bytes. */
  static final int MAX_FILE = 50_000_000;

  /** The longest cell read, in characters. */
  private static final int MAX_CELL = 100_000;

  /** The longest number read, in characters. */
  private static final int MAX_NUMBER = NumberBounds.MAX_LENGTH;

  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build())
          .build())
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .build();

  /** RFC 4180: comma-separated, CRLF line ends, a cell quoted only when it holds a comma, a quote, CR or LF. */
  private static final ObjectWriter WRITER = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
      .with(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING);

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
  /** What is written in digits, as a number too long to read may be. */
  private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9][0-9.,eE+-]*");
  /** A number with an exponent, such as 1e3, 1E-2 or 2,5e+1: refused, whatever its value. */
  private static final Pattern EXPONENT = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");
  private static final Pattern YEAR = Pattern.compile("[1-9]\\d{3}");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private SheetsCsv() {}

  // ---------------------------------------------------------------- the format

  /** The columns, in the order they are written. The first eight are required on reading. */
  enum Column {
    UNIT("Đơn vị", "unit"),
    GROUP("Cụm/khối", "group", "Cụm, khối", "Cụm khối"),
    YEAR("Năm", "year"),
    ROLE("Vai trò", "role"),
    SCORER("Người chấm", "scorer"),
    KIND("Loại", "kind"),
    CODE("Mã", "code"),
    VALUE("Điểm", "value"),
    TARGET("Chỉ tiêu", "target"),
    COUNT("Số lần", "count"),
    NOTE("Ghi chú", "note"),
    EVIDENCE("Minh chứng", "evidence");

    final String header;
    final String english;
    final List<String> aliases;

    Column(String header, String english, String... others) {
      this.header = header;
      this.english = english;
      this.aliases = List.of(others);
    }

    boolean required() {
      return compareTo(VALUE) <= 0;
    }

    String label() {
      return header + " (" + english + ")";
    }
  }

  /** What a row holds. */
  enum Kind {
    CRITERION("tiêu chí", "criterion"),
    BONUS("điểm thưởng", "bonus"),
    DEDUCTION("điểm trừ", "deduction"),
    /** A sheet with no entries and no claims, which would otherwise have no row. */
    EMPTY("phiếu trống", "empty");

    final String word;
    final String english;

    Kind(String word, String english) {
      this.word = word;
      this.english = english;
    }
  }

  private static final Map<String, Kind> KINDS = new HashMap<>();
  private static final Map<String, ScorerRole> ROLES = new HashMap<>();
  private static final Map<ScorerRole, String> ROLE_WORDS = new EnumMap<>(ScorerRole.class);
  private static final Map<String, Column> COLUMNS = new HashMap<>();

  static {
    for (Kind k : Kind.values()) {
      KINDS.put(key(k.word), k);
      KINDS.put(key(k.english), k);
    }
    role(ScorerRole.SELF, "tự chấm");
    role(ScorerRole.HEAD, "thẩm định", "cụm trưởng", "khối trưởng");
    role(ScorerRole.PEER, "chấm chéo");
    role(ScorerRole.COUNCIL, "hội đồng");
    for (Column c : Column.values()) {
      COLUMNS.put(key(c.header), c);
      COLUMNS.put(key(c.english), c);
      c.aliases.forEach(a -> COLUMNS.put(key(a), c));
    }
  }

  private static void role(ScorerRole role, String word, String... others) {
    ROLE_WORDS.put(role, word);
    ROLES.put(key(word), role);
    ROLES.put(key(role.name()), role);
    for (String o : others) {
      ROLES.put(key(o), role);
    }
  }

  /** How a header or a word is compared: NFC, trimmed, inner spaces as one, lower case. */
  static String key(String text) {
    return trim(SPACES.matcher(Names.nfc(text)).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /** Strips white space, no-break spaces included. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && blankChar(text.charAt(start))) {
      start++;
    }
    while (end > start && blankChar(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean blankChar(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private static final String ROLE_LIST = "tự chấm, thẩm định, chấm chéo, hội đồng (SELF, HEAD, PEER, COUNCIL)";
  private static final String KIND_LIST = "tiêu chí, điểm thưởng, điểm trừ, phiếu trống"
      + " (criterion, bonus, deduction, empty)";

  // ---------------------------------------------------------------- writing

  /**
   * Writes sheets as CSV text, without a byte-order mark.
   *
   * @param sheets the sheets
   * @return the text
   * @throws IllegalArgumentException if the sheets hold what the format cannot give back
   */
  public static String toCsv(List<ScoreSheet> sheets) {
    check(sheets);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.writeStartArray();
      for (Column c : Column.values()) {
        g.writeString(c.header);
      }
      g.writeEndArray();
      for (ScoreSheet s : sheets) {
        if (s.entries().isEmpty() && s.bonuses().isEmpty() && s.deductions().isEmpty()) {
          row(g, s, Kind.EMPTY, "", "", "", "", "", List.of());
        }
        for (ScoreEntry e : s.entries()) {
          row(g, s, Kind.CRITERION, e.criterion(), e.value().toPlainString(),
              e.target().map(BigDecimal::toPlainString).orElse(""), "", e.note(), e.evidence());
        }
        for (Claim c : s.bonuses()) {
          row(g, s, Kind.BONUS, c.code(), "", "", String.valueOf(c.count()), c.reason(), c.evidence());
        }
        for (Claim c : s.deductions()) {
          row(g, s, Kind.DEDUCTION, c.code(), "", "", String.valueOf(c.count()), c.reason(), c.evidence());
        }
      }
    }
    return out.toString();
  }

  private static void row(JsonGenerator g, ScoreSheet s, Kind kind, String code, String value, String target,
      String count, String note, List<String> evidence) {
    g.writeStartArray();
    for (String cell : List.of(s.unit().value(), s.group().value(), String.valueOf(s.year()),
        ROLE_WORDS.get(s.role()), s.scorer(), kind.word, code, value, target, count, note,
        String.join("; ", evidence))) {
      g.writeString(Names.nfc(cell));
    }
    g.writeEndArray();
  }

  /** Refuses what reading would not give back: merged sheets, texts that reading trims or splits. */
  private static void check(List<ScoreSheet> sheets) {
    Map<Key, Integer> seen = new HashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet s = sheets.get(i);
      String at = "sheet " + (i + 1) + " (" + s.unit() + ", " + s.role() + ", " + s.scorer() + ")";
      Integer before = seen.putIfAbsent(new Key(s.unit(), s.group(), s.year(), s.role(), Names.nfc(s.scorer())), i);
      if (before != null) {
        throw new IllegalArgumentException(at + " has the same unit, group, year, role and scorer as sheet "
            + (before + 1) + "; a CSV file would merge them");
      }
      if (s.year() < 1000 || s.year() > 9999) {
        throw new IllegalArgumentException(at + ": the year " + s.year() + " is not of four digits");
      }
      checkTrimmed(at, "scorer", s.scorer());
      for (ScoreEntry e : s.entries()) {
        checkTrimmed(at, "criterion code", e.criterion());
        e.evidence().forEach(x -> checkEvidence(at, x));
      }
      for (Claim c : concat(s.bonuses(), s.deductions())) {
        checkTrimmed(at, "claim code", c.code());
        c.evidence().forEach(x -> checkEvidence(at, x));
      }
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void checkTrimmed(String at, String what, String text) {
    if (text.isEmpty() || !trim(text).equals(text)) {
      throw new IllegalArgumentException(at + ": the " + what + " '" + text
          + "' is empty or has spaces around it, which reading would remove");
    }
  }

  private static void checkEvidence(String at, String item) {
    checkTrimmed(at, "evidence reference", item);
    if (item.indexOf(';') >= 0) {
      throw new IllegalArgumentException(at + ": the evidence reference '" + item
          + "' holds ';', which separates references in a cell");
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads sheets from CSV bytes.
   *
   * @param in the bytes (UTF-8, with or without a byte-order mark); the caller closes it
   * @param source a name for messages
   * @return the sheets, in order of first appearance
   * @throws DataFileException for any problem in the file
   */
  public static List<ScoreSheet> read(InputStream in, String source) {
    byte[] bytes = bytes(in, source);
    String text = decode(bytes, source);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Reader(source, text).read();
  }

  private static byte[] bytes(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_FILE + 1);
    } catch (IOException e) {
      throw new DataFileException(source, "", 0, 0, new LocalizedText("không đọc được tệp (" + e.getMessage() + ")",
          "cannot read the file (" + e.getMessage() + ")"), e);
    }
    if (bytes.length > MAX_FILE) {
      int line = 1;
      for (int i = 0; i < MAX_FILE; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new DataFileException(source, "", line, 0, new LocalizedText(
          "tệp lớn hơn " + MAX_FILE / 1_000_000 + " MB, giới hạn của một tệp; hãy chia thành nhiều tệp",
          "the file is larger than " + MAX_FILE / 1_000_000 + " MB, the limit of one file; split it"), null);
    }
    return bytes;
  }

  /** Decodes strict UTF-8; a bad byte is reported with its line, cell and byte offset. */
  private static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String before = out.flip().toString();
      int line = 1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n' || (before.charAt(i) == '\r' && !before.startsWith("\n", i + 1))) {
          line++;
        }
      }
      String bad = String.format("0x%02X", bytes[offset] & 0xFF);
      throw new DataFileException(source, "", line, cellAt(before), new LocalizedText(
          "tệp không phải UTF-8 hợp lệ: byte " + bad + " ở vị trí " + offset
              + " (tính từ 0); trong Excel hãy lưu bằng \"CSV UTF-8\"",
          "not valid UTF-8: byte " + bad + " at offset " + offset
              + " (from 0); in Excel, save as \"CSV UTF-8\""), null);
    }
    return out.flip().toString();
  }

  /** The 1-based cell number at the end of a text, counting separators outside quotes since the last line end. */
  private static int cellAt(String text) {
    char separator = separator(text);
    int cell = 1;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        cell = 1;
      } else if (!quoted && c == separator) {
        cell++;
      }
    }
    return cell;
  }

  /**
   * The separator of a file: ';' if its header line (the first line with more than separators and spaces) holds
   * more semicolons than commas outside quotes, ',' otherwise.
   */
  static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        content = true;
      } else if (quoted) {
        continue;
      } else if (c == '\n' || c == '\r') {
        if (content) {
          break;
        }
        commas = 0;
        semicolons = 0;
      } else if (c == ',') {
        commas++;
      } else if (c == ';') {
        semicolons++;
      } else if (!blankChar(c)) {
        content = true;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private record Key(UnitId unit, GroupId group, int year, ScorerRole role, String scorer) {}

  /** A sheet being gathered. */
  private static final class Sheet {
    final Key key;
    final List<ScoreEntry> entries = new ArrayList<>();
    final List<Claim> bonuses = new ArrayList<>();
    final List<Claim> deductions = new ArrayList<>();
    int firstLine;
    boolean declaredEmpty;

    Sheet(Key key) {
      this.key = key;
    }

    ScoreSheet build() {
      return new ScoreSheet(key.unit(), key.group(), key.year(), key.role(), key.scorer(), entries, bonuses,
          deductions);
    }
  }

  private record Row(int line, List<String> cells) {
    boolean blank() {
      return cells.stream().allMatch(c -> trim(c).isEmpty());
    }
  }

  /** One reading of one file. */
  private static final class Reader {
    private final String source;
    private final String text;
    private final char separator;
    /** Each column's header as written, trimmed; empty for a column without a header. */
    private final List<String> headers = new ArrayList<>();
    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private @Nullable JsonParser parser;
    /** The line where the next cell starts, for a parse error. */
    private int nextLine = 1;
    /** The cells read of the row being parsed, for a parse error. */
    private int cellsRead;

    Reader(String source, String text) {
      this.source = source;
      this.text = text;
      this.separator = separator(text);
    }

    List<ScoreSheet> read() {
      if (trim(text).isEmpty()) {
        throw new DataFileException(source, "", 1, 1, new LocalizedText("tệp rỗng: không có dòng tiêu đề",
            "the file is empty: there is no header line"), null);
      }
      try (JsonParser p = MAPPER.reader(CsvSchema.emptySchema().withColumnSeparator(separator))
          .createParser(text)) {
        parser = p;
        advance(); // the start of the rows
        Row header = nextRow();
        while (header != null && header.blank()) {
          header = nextRow();
        }
        if (header == null) {
          throw new DataFileException(source, "", 1, 1, new LocalizedText("tệp rỗng: không có dòng tiêu đề",
              "the file is empty: there is no header line"), null);
        }
        header(header);
        Map<Key, Sheet> sheets = new LinkedHashMap<>();
        for (Row row = nextRow(); row != null; row = nextRow()) {
          if (!row.blank()) {
            row(row, sheets);
          }
        }
        return sheets.values().stream().map(Sheet::build).toList();
      }
    }

    private @Nullable JsonToken advance() {
      try {
        JsonToken t = parser.nextToken();
        nextLine = parser.currentLocation().getLineNr();
        return t;
      } catch (JacksonException e) {
        int column = cellsRead + 1;
        throw new DataFileException(source, column <= headers.size() ? headers.get(column - 1) : "", nextLine,
            column, parseProblem(e), e);
      }
    }

    /** The next row, or null at the end. */
    private @Nullable Row nextRow() {
      cellsRead = 0;
      if (advance() != JsonToken.START_ARRAY) {
        return null;
      }
      int line = nextLine;
      List<String> cells = new ArrayList<>();
      for (JsonToken t = advance(); t == JsonToken.VALUE_STRING; t = advance()) {
        if (cells.isEmpty()) {
          line = parser.currentTokenLocation().getLineNr();
        }
        cells.add(parser.getString());
        cellsRead++;
      }
      return new Row(line, cells);
    }

    private LocalizedText parseProblem(JacksonException e) {
      String original = String.valueOf(e.getOriginalMessage());
      if (e instanceof StreamConstraintsException) {
        return new LocalizedText("ô quá dài (hơn " + MAX_CELL + " ký tự)",
            "the cell is too long (more than " + MAX_CELL + " characters)");
      }
      if (original.startsWith("Missing closing quote")) {
        return new LocalizedText("ô mở dấu ngoặc kép \" nhưng không đóng lại",
            "a cell opens a quote \" that is never closed");
      }
      if (original.startsWith("Unexpected character")) {
        return new LocalizedText("có ký tự sau dấu ngoặc kép đóng ô; trong ô có ngoặc kép, hãy viết \"\" cho mỗi \"",
            "a character follows the closing quote of a cell; inside a quoted cell, write \"\" for each \"");
      }
      int nl = original.indexOf('\n');
      String first = nl < 0 ? original : original.substring(0, nl);
      return new LocalizedText("CSV không hợp lệ: " + first, "malformed CSV: " + first);
    }

    // ---------------------------------------------------------------- header

    private void header(Row row) {
      List<String> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        String name = trim(Names.nfc(cells.get(i)));
        headers.add(name);
        if (name.isEmpty()) {
          continue;
        }
        Column column = COLUMNS.get(key(name));
        if (column == null) {
          String hint = name.indexOf('\t') >= 0 ? "; các ô cách nhau bằng dấu , hoặc ; chứ không phải tab" : "";
          String hintEn = name.indexOf('\t') >= 0 ? "; separate cells with , or ; not with tabs" : "";
          throw error(row.line(), i + 1, name, "không nhận ra tiêu đề cột '" + name + "'" + hint
                  + "; các cột: " + columnList(c -> c.header),
              "unknown column header '" + name + "'" + hintEn + "; the columns are: " + columnList(Column::label));
        }
        Integer before = index.putIfAbsent(column, i);
        if (before != null) {
          throw error(row.line(), i + 1, name,
              "cột '" + name + "' trùng với cột " + (before + 1) + " ('" + headers.get(before) + "')",
              "column '" + name + "' repeats column " + (before + 1) + " ('" + headers.get(before) + "')");
        }
      }
      for (Column c : Column.values()) {
        if (c.required() && !index.containsKey(c)) {
          throw error(row.line(), 0, c.header, "thiếu cột bắt buộc '" + c.header + "'",
              "the required column '" + c.label() + "' is missing");
        }
      }
    }

    private static String columnList(Function<Column, String> name) {
      return java.util.Arrays.stream(Column.values()).map(name).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- rows

    private void row(Row row, Map<Key, Sheet> sheets) {
      List<String> cells = row.cells();
      if (cells.size() != headers.size()) {
        int column = Math.min(cells.size(), headers.size()) + 1;
        throw error(row.line(), column, column <= headers.size() ? headers.get(column - 1) : "",
            "dòng có " + cells.size() + " ô nhưng dòng tiêu đề có " + headers.size() + " cột",
            "the row has " + cells.size() + " cells but the header has " + headers.size() + " columns");
      }
      for (int i = 0; i < cells.size(); i++) {
        if (headers.get(i).isEmpty() && !trim(cells.get(i)).isEmpty()) {
          throw error(row.line(), i + 1, "", "ô có dữ liệu nằm trong cột không có tiêu đề",
              "a cell has data in a column without a header");
        }
      }
      UnitId unit = id(row, Column.UNIT, UnitId::of);
      GroupId group = id(row, Column.GROUP, GroupId::of);
      int year = year(row);
      ScorerRole role = word(row, Column.ROLE, ROLES, ROLE_LIST);
      String scorer = required(row, Column.SCORER);
      Kind kind = word(row, Column.KIND, KINDS, KIND_LIST);
      Sheet sheet = sheets.computeIfAbsent(new Key(unit, group, year, role, scorer), Sheet::new);
      if (sheet.firstLine > 0 && (sheet.declaredEmpty || kind == Kind.EMPTY)) {
        throw error(row.line(), column(Column.KIND), header(Column.KIND),
            "phiếu này đã có dòng " + sheet.firstLine + "; dòng '" + Kind.EMPTY.word
                + "' chỉ dùng cho phiếu không có dòng nào khác",
            "this sheet already has line " + sheet.firstLine + "; an '" + Kind.EMPTY.word + "' ("
                + Kind.EMPTY.english + ") row is only for a sheet with no other row");
      }
      if (sheet.firstLine == 0) {
        sheet.firstLine = row.line();
      }
      switch (kind) {
        case EMPTY -> {
          for (Column c : List.of(Column.CODE, Column.VALUE, Column.TARGET, Column.COUNT, Column.NOTE,
              Column.EVIDENCE)) {
            refuse(row, c, "dòng '" + Kind.EMPTY.word + "' không có giá trị nào ngoài phiếu",
                "an '" + Kind.EMPTY.word + "' (" + Kind.EMPTY.english + ") row holds nothing but the sheet");
          }
          sheet.declaredEmpty = true;
        }
        case CRITERION -> {
          String code = required(row, Column.CODE);
          BigDecimal value = number(row, Column.VALUE, required(row, Column.VALUE));
          String target = trim(cell(row, Column.TARGET));
          Optional<BigDecimal> t = target.isEmpty() ? Optional.empty()
              : Optional.of(number(row, Column.TARGET, target));
          refuse(row, Column.COUNT, "dòng tiêu chí không có số lần; số lần chỉ dùng cho điểm thưởng và điểm trừ",
              "a criterion row has no count; the count is for bonus and deduction rows");
          sheet.entries.add(make(row, () -> new ScoreEntry(code, value, t, cell(row, Column.NOTE), evidence(row))));
        }
        case BONUS, DEDUCTION -> {
          String code = required(row, Column.CODE);
          refuse(row, Column.VALUE, "dòng " + kind.word + " không có điểm; điểm lấy từ danh mục của thang điểm,"
                  + " số lần ghi ở cột '" + Column.COUNT.header + "'",
              "a " + kind.english + " row has no value; the points come from the scale's list, and the number of"
                  + " times goes in '" + Column.COUNT.header + "' (count)");
          refuse(row, Column.TARGET, "dòng " + kind.word + " không có chỉ tiêu",
              "a " + kind.english + " row has no target");
          String count = trim(cell(row, Column.COUNT));
          int times = count.isEmpty() ? 1 : count(row, count);
          Claim claim = make(row, () -> new Claim(code, times, cell(row, Column.NOTE), evidence(row)));
          (kind == Kind.BONUS ? sheet.bonuses : sheet.deductions).add(claim);
        }
      }
    }

    /** Runs a core constructor, turning its refusal of a value into an error located at the row's code. */
    private <T> T make(Row row, Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw error(row, Column.CODE, "giá trị không hợp lệ: " + e.getMessage(), "invalid value: " + e.getMessage());
      }
    }

    /** The cell of a column, NFC, as written; empty if the file has no such column. */
    private String cell(Row row, Column column) {
      Integer i = index.get(column);
      return i == null ? "" : Names.nfc(row.cells().get(i));
    }

    private int column(Column column) {
      Integer i = index.get(column);
      return i == null ? 0 : i + 1;
    }

    private String header(Column column) {
      Integer i = index.get(column);
      return i == null ? column.header : headers.get(i);
    }

    private String required(Row row, Column column) {
      String value = trim(cell(row, column));
      if (value.isEmpty()) {
        throw error(row, column, "ô '" + header(column) + "' không được để trống",
            "the cell '" + header(column) + "' must not be empty");
      }
      return value;
    }

    private void refuse(Row row, Column column, String vi, String en) {
      if (!trim(cell(row, column)).isEmpty()) {
        throw error(row, column, vi, en);
      }
    }

    private <T> T id(Row row, Column column, Function<String, T> make) {
      String value = required(row, column);
      try {
        return make.apply(value);
      } catch (IllegalArgumentException e) {
        throw error(row, column, "mã '" + value + "' không hợp lệ: chỉ gồm chữ cái không dấu, chữ số, '.', '_'"
                + " hoặc '-', không có khoảng trắng",
            "the id '" + value + "' is not valid: only ASCII letters, digits, '.', '_' or '-', without spaces");
      }
    }

    private int year(Row row) {
      String value = required(row, Column.YEAR);
      bounds(row, Column.YEAR, value);
      if (!YEAR.matcher(value).matches()) {
        throw error(row, Column.YEAR, "năm '" + value + "' không hợp lệ: cần bốn chữ số, ví dụ 2024",
            "the year '" + value + "' is not valid: expected four digits, such as 2024");
      }
      return Integer.parseInt(value);
    }

    private <T> T word(Row row, Column column, Map<String, T> words, String allowed) {
      String value = required(row, column);
      T found = words.get(key(value));
      if (found == null) {
        throw error(row, column, "giá trị '" + value + "' không hợp lệ; cho phép: " + allowed,
            "'" + value + "' is not allowed; expected one of: " + allowed);
      }
      return found;
    }

    /**
     * A decimal: digits with '.' or ',' as the decimal mark. The mark that is not the file's own ('.' in a
     * comma-separated file, ',' in a semicolon-separated one) is refused before exactly three digits, where it
     * may be a thousands separator.
     */
    private BigDecimal number(Row row, Column column, String value) {
      bounds(row, column, value);
      if (!NUMBER.matcher(value).matches()) {
        String shown = value.length() > MAX_NUMBER ? value.substring(0, 20) + "…" : value;
        throw error(row, column, "'" + shown + "' không phải là số: hãy viết chữ số với dấu thập phân . hoặc ,"
                + " (ví dụ 8.5), không dùng dấu phân cách hàng nghìn",
            "'" + shown + "' is not a number: write digits with '.' or ',' as the decimal mark (such as 8.5),"
                + " without thousands separators");
      }
      char foreign = separator == ';' ? '.' : ',';
      int mark = value.indexOf(foreign);
      if (mark >= 0 && value.length() - mark - 1 == 3) {
        throw error(row, column, "'" + value + "' không rõ nghĩa: dấu " + foreign
                + " có thể là dấu phân cách hàng nghìn; hãy viết không có dấu phân cách hoặc dùng dấu thập phân "
                + (foreign == ',' ? "." : ","),
            "'" + value + "' is ambiguous: '" + foreign + "' may be a thousands separator; write the number"
                + " without it, or with '" + (foreign == ',' ? "." : ",") + "' as the decimal mark");
      }
      return new BigDecimal(value.replace(',', '.'));
    }

    /**
     * Refuses a cell of a numeric column that holds a number beyond the bounds of every number read (see
     * {@code NumberBounds}): longer than {@value #MAX_NUMBER} characters, with an exponent such as 1e3 whatever its
     * value, or out of range; before the column's own checks, so the message says what is wrong with the number.
     */
    private void bounds(Row row, Column column, String value) {
      LocalizedText problem = null;
      if (value.length() > MAX_NUMBER && DIGITS.matcher(value).matches()) {
        problem = NumberBounds.tooLong();
      } else if (EXPONENT.matcher(value).matches()) {
        problem = NumberBounds.exponent(value);
      } else if (NUMBER.matcher(value).matches()) {
        problem = NumberBounds.problem(value.replace(',', '.'), value);
      }
      if (problem != null) {
        throw error(row, column, problem.vi(), problem.en());
      }
    }

    private int count(Row row, String value) {
      bounds(row, Column.COUNT, value);
      if (!COUNT.matcher(value).matches() || Integer.parseInt(value) < 1) {
        throw error(row, Column.COUNT, "số lần '" + value + "' không hợp lệ: cần số nguyên từ 1 trở lên",
            "the count '" + value + "' is not valid: expected a whole number, 1 or more");
      }
      return Integer.parseInt(value);
    }

    private List<String> evidence(Row row) {
      List<String> items = new ArrayList<>();
      for (String item : cell(row, Column.EVIDENCE).split(";")) {
        String t = trim(item);
        if (!t.isEmpty()) {
          items.add(t);
        }
      }
      return items;
    }

    private DataFileException error(Row row, Column column, String vi, String en) {
      return error(row.line(), column(column), header(column), vi, en);
    }

    private DataFileException error(int line, int column, String path, String vi, String en) {
      return new DataFileException(source, path, line, column, new LocalizedText(vi, en), null);
    }
  }
}
