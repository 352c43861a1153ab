package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Reads an archive record by record from a stream, and writes records; the engine behind the public
 * {@code ArchiveReader} and {@code ArchiveWriter}.
 *
 * <p>One {@link JsonParser} streams the whole file; each record is bound on its own from that parser into the wire
 * records of {@link ArchiveDocs} by {@link Mapping#MAPPER} (unknown fields, duplicate keys, wrong types, nulls in
 * lists, the read limits and the bounds of numbers, checked on the parser's tokens by {@link NumberBounds}, all
 * fail as in documents), then converted by {@link Convert}. Only the current record's values and bytes are held.
 * The parser's limits are those of documents except the document length: a record is limited to
 * {@value #MAX_RECORD} bytes instead, enforced by {@link ArchiveInput} as the bytes arrive.
 *
 * <p>Errors are {@link DataFileException}s naming the source, the record's path ({@code $.records[17].group.id} in
 * an archive document, {@code $.group.id} for the line of a JSON Lines file), the line and column in the file, and
 * the record's number in the problem text. The first error ends the reading: it is raised by {@link #next()} when
 * the broken record is reached, after every record before it was delivered.
 */
public final class ArchiveRecords implements AutoCloseable {
  /** The largest record read, in bytes. */
  static final long MAX_RECORD = 50_000_000;

  /** What the parser may read ahead of the current record, beyond {@link #MAX_RECORD}. */
  private static final int READ_AHEAD = 64 * 1024;

  /** The documents' parser limits and duplicate-key check, without their document length. */
  private static final JsonFactory FACTORY = ((JsonFactory) Mapping.Mappers.MAPPER.tokenStreamFactory()).rebuild()
      .streamReadConstraints(Mapping.Mappers.MAPPER.tokenStreamFactory().streamReadConstraints().rebuild()
          .maxDocumentLength(-1).build())
      .build();

  /** Binds one record from a parser that goes on after it. */
  private static final ObjectReader RECORD = Mapping.Mappers.MAPPER.readerFor(ArchiveDocs.GroupYearDoc.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Writes one record on one line. */
  private static final ObjectWriter LINE = Mapping.Mappers.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private enum State { START, BETWEEN, AT_RECORD, DONE, FAILED }

  private final String source;
  private final boolean jsonLines;
  private final ArchiveInput input;
  /** The parser, created at the first read: creating it reads the first bytes. */
  private @Nullable JsonParser parser;
  private final Convert convert;
  private State state = State.START;
  /** Records reached so far, the current one included. */
  private int reached;
  /** Records delivered. */
  private int delivered;
  private int previousEndLine;
  private @Nullable TokenStreamLocation recordStart;
  private @Nullable DataFileException failure;

  private ArchiveRecords(InputStream in, String source, boolean jsonLines) {
    this.source = source;
    this.jsonLines = jsonLines;
    this.input = new ArchiveInput(in, MAX_RECORD + READ_AHEAD);
    this.convert = new Convert(source);
  }

  /**
   * Starts reading a stream. Nothing is read until the first call of {@link #hasNext()} or {@link #next()}.
   *
   * @param in the bytes, UTF-8; closed by {@link #close()}
   * @param source a name for messages, usually the file name
   * @param jsonLines true for JSON Lines (one group-year document per line), false for an archive document
   * @return the reader
   */
  public static ArchiveRecords open(InputStream in, String source, boolean jsonLines) {
    return new ArchiveRecords(in, source, jsonLines);
  }

  /**
   * Tells whether a JSON file is JSON Lines, from its first object: an archive document names its type
   * {@code "archive"} or has {@code records} among its first keys; anything else (a group-year record, or a file too
   * broken to tell) is read as JSON Lines, whose reading then reports what is wrong.
   *
   * @param in the first bytes of the file; closed here
   * @return true for JSON Lines
   */
  public static boolean sniffJsonLines(InputStream in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return true;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME && p.currentLocation().getByteOffset() < 1 << 20) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("records")) {
          return false;
        }
        if (name.equals("document")) {
          return !(value == JsonToken.VALUE_STRING && DocumentType.ARCHIVE.wire().equals(p.getString()));
        }
        p.skipChildren();
      }
      return true;
    } catch (JacksonException e) {
      return true;
    }
  }

  /**
   * Returns the source name given when opening.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the number of records delivered by {@link #next()} so far.
   *
   * @return the count
   */
  public int delivered() {
    return delivered;
  }

  /**
   * Tells whether another record follows. Reads up to the start of that record only. A problem found on the way
   * is kept and raised by the next {@link #next()}, so this returns true then.
   *
   * @return whether {@link #next()} returns a record or raises the error that stops the reading
   */
  public boolean hasNext() {
    if (state == State.START || state == State.BETWEEN) {
      try {
        advance();
      } catch (DataFileException e) {
        fail(e);
      }
    }
    return state == State.AT_RECORD || state == State.FAILED && failure != null;
  }

  /**
   * Reads the next record.
   *
   * @return the record
   * @throws DataFileException if the record, or what precedes it, is broken; the reading stops there
   * @throws NoSuchElementException if there is no further record, or the reading stopped at an error already
   *     raised
   */
  public GroupYear next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no further record in " + source);
    }
    if (state == State.FAILED) {
      DataFileException e = failure;
      failure = null;
      throw e;
    }
    try {
      GroupYear record = read();
      delivered++;
      state = State.BETWEEN;
      return record;
    } catch (DataFileException e) {
      fail(e);
      failure = null;
      throw e;
    }
  }

  private void fail(DataFileException e) {
    state = State.FAILED;
    failure = e;
    closeQuietly();
  }

  /** Closes the parser and the stream. */
  @Override
  public void close() {
    if (state != State.FAILED) {
      state = State.DONE;
    }
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (JacksonException e) {
      // closing after an error: the error already raised is the one that matters
    }
    try {
      input.close();
    } catch (IOException e) {
      // as above
    }
  }

  // ---------------------------------------------------------------- the containers

  /** Moves to the start of the next record (AT_RECORD) or to the end (DONE). */
  private void advance() {
    if (state == State.START) {
      try {
        parser = NumberBounds.checked(FACTORY.createParser(ObjectReadContext.empty(), input));
      } catch (JacksonException e) {
        throw streamError(e);
      }
      if (!jsonLines) {
        header();
      }
    }
    state = State.BETWEEN;
    JsonToken t = token();
    if (t == null) {
      if (!jsonLines) {
        throw fileError("$", "kho lưu trữ bị cắt ngang: thiếu ] và } ở cuối", "the archive is cut short: ] and }"
            + " are missing at the end", parser.currentLocation());
      }
      state = State.DONE;
      closeQuietly();
      return;
    }
    if (!jsonLines && t == JsonToken.END_ARRAY) {
      trailer();
      state = State.DONE;
      closeQuietly();
      return;
    }
    reached++;
    TokenStreamLocation at = parser.currentTokenLocation();
    if (t != JsonToken.START_OBJECT) {
      throw recordError("$", jsonLines ? "mỗi dòng của tệp JSON Lines là một đối tượng {...}"
          : "mỗi bản ghi là một đối tượng {...}", jsonLines ? "each line of a JSON Lines archive is one object {...}"
          : "each record is an object {...}", at);
    }
    if (jsonLines && reached > 1 && at.getLineNr() == previousEndLine) {
      throw recordError("$", "bản ghi bắt đầu trên cùng dòng với bản ghi trước; JSON Lines ghi mỗi bản ghi trên một"
          + " dòng", "the record starts on the line of the previous one; JSON Lines holds one record per line", at);
    }
    input.mark(at.getByteOffset());
    recordStart = at;
    state = State.AT_RECORD;
  }

  /** Reads the header of an archive document up to the {@code [} of its records. */
  private void header() {
    JsonToken t = token();
    if (t == null) {
      throw fileError("$", "tệp rỗng", "the file is empty", parser.currentLocation());
    }
    if (t != JsonToken.START_OBJECT) {
      throw fileError("$", "kho lưu trữ là một đối tượng {\"schemaVersion\": 2, \"document\": \"archive\", \"records\":"
          + " [...]}", "an archive is an object {\"schemaVersion\": 2, \"document\": \"archive\", \"records\": [...]}",
          parser.currentTokenLocation());
    }
    boolean version = false;
    boolean document = false;
    while (true) {
      t = token();
      TokenStreamLocation at = parser.currentTokenLocation();
      if (t == JsonToken.END_OBJECT) {
        throw version && document
            ? fileError("$", "thiếu trường bắt buộc records", "required field records is missing", at)
            : missingHeader(version, "$", at);
      }
      String name = parser.currentName();
      switch (name) {
        case "schemaVersion" -> {
          token();
          checkVersion(headerVersion(), "$.schemaVersion", parser.currentTokenLocation(), false);
          version = true;
        }
        case "document" -> {
          token();
          if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fileError("$.document", "sai kiểu dữ liệu: cần text", "wrong type: expected text",
                parser.currentTokenLocation());
          }
          checkType(parser.getString(), DocumentType.ARCHIVE, "$.document", parser.currentTokenLocation(), false);
          document = true;
        }
        case "records" -> {
          if (!version || !document) {
            String missing = version ? "document" : document ? "schemaVersion" : "schemaVersion và document";
            String missingEn = version ? "document" : document ? "schemaVersion" : "schemaVersion and document";
            throw fileError("$.records", missing + " phải đứng trước records, để kiểm tra kho lưu trữ trước khi đọc"
                + " các bản ghi", missingEn + " must come before records, so the archive is checked before its"
                + " records are read", at);
          }
          if (token() != JsonToken.START_ARRAY) {
            throw fileError("$.records", "sai kiểu dữ liệu: cần list", "wrong type: expected list",
                parser.currentTokenLocation());
          }
          return;
        }
        default -> throw fileError("$." + name, "trường '" + name + "' không được biết (có thể gõ sai tên)",
            "unknown field '" + name + "' (perhaps a misspelt name)", at);
      }
    }
  }

  private int headerVersion() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    LocalizedText notWhole = Migration.notWhole();
    throw fileError("$.schemaVersion", notWhole.vi(), notWhole.en(), parser.currentTokenLocation());
  }

  /** After the records: the end of the archive object, then nothing but whitespace. */
  private void trailer() {
    JsonToken t = token();
    TokenStreamLocation at = parser.currentTokenLocation();
    if (t == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      throw fileError("$." + name, "trường '" + name + "' không được biết (có thể gõ sai tên)",
          "unknown field '" + name + "' (perhaps a misspelt name)", at);
    }
    if (t != JsonToken.END_OBJECT) {
      throw fileError("$", "kho lưu trữ bị cắt ngang: thiếu } ở cuối", "the archive is cut short: } is missing at"
          + " the end", parser.currentLocation());
    }
    if (token() != null) {
      throw fileError("$", "còn nội dung thừa sau khi tài liệu JSON đã kết thúc",
          "unexpected content after the end of the JSON document", parser.currentTokenLocation());
    }
  }

  /** The next token; a syntax error, a read limit or a refused byte becomes a located error. */
  private @Nullable JsonToken token() {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      throw streamError(e);
    }
  }

  // ---------------------------------------------------------------- one record

  private GroupYear read() {
    TokenStreamLocation start = recordStart;
    ArchiveDocs.GroupYearDoc doc;
    try {
      doc = RECORD.readValue(parser);
    } catch (JacksonException e) {
      throw bindError(e, start);
    } catch (NumberFormatException | ArithmeticException e) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw recordError(contextPath(), line(at), column(at), new LocalizedText("một số quá lớn hoặc sai định dạng",
          "a number is too large or malformed"), e);
    }
    TokenStreamLocation end = parser.currentTokenLocation();
    if (end.getByteOffset() - start.getByteOffset() + 1 > MAX_RECORD) {
      throw recordError("$", "bản ghi lớn hơn " + MAX_RECORD / 1_000_000 + " MB, giới hạn của một bản ghi",
          "the record is larger than " + MAX_RECORD / 1_000_000 + " MB, the limit of one record", start);
    }
    if (jsonLines && end.getLineNr() != start.getLineNr()) {
      throw recordError("$", "bản ghi trải từ dòng " + start.getLineNr() + " đến dòng " + end.getLineNr()
          + "; JSON Lines ghi mỗi bản ghi trên một dòng", "the record runs from line " + start.getLineNr()
          + " to line " + end.getLineNr() + "; JSON Lines keeps each record on one line", start);
    }
    previousEndLine = end.getLineNr();
    GroupYear record;
    try {
      checkHeader(doc, start);
      record = groupYear(doc);
    } catch (DataFileException e) {
      throw locate(e, start);
    }
    input.mark(end.getByteOffset() + 1);
    recordStart = null;
    return record;
  }

  /** A JSON Lines record names version 2 and its type; a record inside an archive document names neither. */
  private void checkHeader(ArchiveDocs.GroupYearDoc doc, TokenStreamLocation start) {
    if (!jsonLines) {
      String field = doc.schemaVersion() != null ? "schemaVersion" : doc.document() != null ? "document" : null;
      if (field != null) {
        throw convert.error("$." + field, "bản ghi trong kho lưu trữ không ghi lại schemaVersion và document (phần"
            + " đầu của kho đã ghi)", "a record inside an archive does not repeat schemaVersion or document (the"
            + " archive's header gives them)");
      }
      return;
    }
    if (doc.schemaVersion() == null || doc.document() == null) {
      throw missingHeader(doc.schemaVersion() != null, "$", null);
    }
    checkVersion(doc.schemaVersion(), "$.schemaVersion", null, true);
    checkType(doc.document(), DocumentType.GROUP_YEAR, "$.document", null, true);
  }

  GroupYear groupYear(ArchiveDocs.GroupYearDoc d) {
    Convert c = convert;
    ArchiveDocs.ProvinceRefDoc p = c.required("$.province", d.province());
    String id = c.required("$.province.id", p.id());
    String name = c.required("$.province.name", p.name());
    int year = c.required("$.year", d.year());
    c.at("$.province", () -> Province.builder(id, name, 2000).build());
    Organiser organiser = c.organiser("$.organiser", c.required("$.organiser", d.organiser()));
    EmulationGroup group = c.group("$.group", c.required("$.group", d.group()));
    List<Unit> units = c.each("$.units", d.units(), u -> c.unit(u.path(), u.doc()));
    List<ScoreSheet> sheets = c.each("$.sheets", d.sheets(), s -> c.sheet(s.path(), s.doc()));
    List<VoteSession> sessions = c.each("$.sessions", d.sessions(), s -> c.session(s.path(), s.doc()));
    return c.at("$.year", () -> new GroupYear(id, name, year, organiser, group, units, sheets, sessions));
  }

  // ---------------------------------------------------------------- version and type

  private void checkVersion(int version, String path, @Nullable TokenStreamLocation at, boolean inRecord) {
    int current = Migration.CURRENT;
    String vi;
    String en;
    if (version > current) {
      vi = Migration.newer(version).vi();
      en = Migration.newer(version).en();
    } else if (version < current) {
      vi = "kho lưu trữ và bản ghi group-year chỉ có từ schemaVersion 2; schemaVersion " + version
          + " không được hỗ trợ ở đây";
      en = "archives and group-year records exist only from schemaVersion 2; schemaVersion " + version
          + " is not supported here";
    } else {
      return;
    }
    throw inRecord ? convert.error(path, vi, en) : fileError(path, vi, en, at);
  }

  private void checkType(String given, DocumentType expected, String path, @Nullable TokenStreamLocation at,
      boolean inRecord) {
    DocumentType type = DocumentType.ofWire(given).orElse(null);
    if (type == expected) {
      return;
    }
    String vi;
    String en;
    if (type == null) {
      vi = Migration.unknownType(given).vi();
      en = Migration.unknownType(given).en();
    } else {
      vi = Migration.otherType(type, expected).vi();
      en = Migration.otherType(type, expected).en();
      if (type == DocumentType.GROUP_YEAR) {
        vi += "; các bản ghi group-year được đọc mỗi dòng một bản ghi từ tệp JSON Lines (.jsonl)";
        en += "; group-year records are read one per line from a JSON Lines file (.jsonl)";
      } else if (type == DocumentType.ARCHIVE) {
        vi += "; tài liệu archive được đọc từ tệp .json";
        en += "; an archive document is read from a .json file";
      }
    }
    throw inRecord ? convert.error(path, vi, en) : fileError(path, vi, en, at);
  }

  private DataFileException missingHeader(boolean versionSeen, String base, @Nullable TokenStreamLocation at) {
    LocalizedText problem = versionSeen
        ? Migration.missingType(jsonLines ? DocumentType.GROUP_YEAR : DocumentType.ARCHIVE)
        : Migration.missingVersion();
    String vi = problem.vi();
    String en = problem.en();
    String path = base + (versionSeen ? ".document" : ".schemaVersion");
    return at == null ? convert.error(path, vi, en) : fileError(path, vi, en, at);
  }

  // ---------------------------------------------------------------- errors

  /** An error outside any record (the archive's header and end). */
  private DataFileException fileError(String path, String vi, String en, @Nullable TokenStreamLocation at) {
    return new DataFileException(source, jsonLines && path.equals("$") ? "" : path, at == null ? 0 : line(at),
        at == null ? 0 : column(at), new LocalizedText(vi, en), null);
  }

  /** An error in the current record, at a path relative to it ({@code $.group.id}). */
  private DataFileException recordError(String relative, String vi, String en, TokenStreamLocation at) {
    return recordError(relative, line(at), column(at), new LocalizedText(vi, en), null);
  }

  private DataFileException recordError(String relative, int line, int column, LocalizedText problem,
      @Nullable Throwable cause) {
    String path = jsonLines ? relative : "$.records[" + (reached - 1) + "]" + relative.substring(1);
    return new DataFileException(source, path, line, column, new LocalizedText(
        "bản ghi " + reached + ": " + problem.vi(), "record " + reached + ": " + problem.en()), cause);
  }

  /** Locates an error of the conversion (a path, no line) by reading the record's bytes once more. */
  private DataFileException locate(DataFileException e, TokenStreamLocation start) {
    String relative = e.path().orElse("$");
    TokenStreamLocation found = find(input.bytesFrom(start.getByteOffset()), relative);
    int line = line(start);
    int column = column(start);
    if (found != null) {
      column = found.getLineNr() == 1 ? column + found.getColumnNr() - 1 : found.getColumnNr();
      line = line + found.getLineNr() - 1;
    }
    return recordError(relative, line, column, e.problem(), e.getCause());
  }

  /**
   * The location, within one record's bytes, of the first token at a path such as {@code $.group.members[2]}; for a
   * missing field the location of its closest enclosing value; null if none is found.
   */
  private static @Nullable TokenStreamLocation find(byte[] record, String path) {
    String pointer = path.substring(1).replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    TokenStreamLocation closest = null;
    int closestLength = -1;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), record)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String here = p.streamReadContext().pathAsPointer().toString();
        if (here.equals(pointer) && t != JsonToken.PROPERTY_NAME) {
          return p.currentTokenLocation();
        }
        if ((pointer.startsWith(here + "/") || here.isEmpty()) && here.length() > closestLength) {
          closest = p.currentTokenLocation();
          closestLength = here.length();
        }
        if (t.isStructEnd() && p.streamReadContext().inRoot()) {
          break;
        }
      }
    } catch (JacksonException stopped) {
      // the record's bytes were read before: the closest location seen is the best answer
    }
    return closest;
  }

  /** An error from the parser while binding a record. */
  private DataFileException bindError(JacksonException e, TokenStreamLocation start) {
    ArchiveInput.Refused refused = refused(e);
    if (refused != null) {
      return inputError(refused);
    }
    boolean number = NumberBounds.problem(e) != null;
    if (jsonLines && !number) {
      DataFileException header = headerProblem(start);
      if (header != null) {
        return header;
      }
    }
    DataFileException t = Mapping.translate(source, e, DocumentFormat.JSON);
    // a number is refused at its token, where the parser's position is the exact path of its field
    String relative = number ? contextPath() : t.path().orElseGet(this::contextPath);
    TokenStreamLocation at = parser.currentLocation();
    return recordError(relative, t.line().orElse(line(at)), t.column().orElse(column(at)), t.problem(), e);
  }

  /**
   * When a JSON Lines record fails to bind, a wrong version or type in its header is the better explanation (a
   * newer record has fields this library does not know); not for a number out of bounds, wrong in every version.
   */
  private @Nullable DataFileException headerProblem(TokenStreamLocation start) {
    Integer version = null;
    String document = null;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), input.bytesFrom(start.getByteOffset()))) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("schemaVersion") && value == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() == JsonParser.NumberType.INT) {
            version = p.getIntValue();
          } else if (name.equals("document") && value == JsonToken.VALUE_STRING) {
            document = p.getString();
          }
          p.skipChildren();
        }
      }
    } catch (JacksonException stopped) {
      // as far as the record goes
    }
    try {
      if (version != null) {
        checkVersion(version, "$.schemaVersion", null, true);
      }
      if (document != null) {
        checkType(document, DocumentType.GROUP_YEAR, "$.document", null, true);
      }
    } catch (DataFileException e) {
      return locate(e, start);
    }
    return null;
  }

  /** An error from the parser between records or in the header. */
  private DataFileException streamError(JacksonException e) {
    ArchiveInput.Refused refused = refused(e);
    if (refused != null) {
      return inputError(refused);
    }
    DataFileException t = Mapping.translate(source, e, DocumentFormat.JSON);
    LocalizedText problem = t.problem();
    if (reached > 0 && state == State.BETWEEN) {
      problem = new LocalizedText("sau bản ghi " + reached + ": " + problem.vi(),
          "after record " + reached + ": " + problem.en());
    }
    String path = jsonLines || parser == null ? "" : absoluteContextPath();
    TokenStreamLocation at = parser == null ? null : parser.currentLocation();
    return new DataFileException(source, path, t.line().orElse(at == null ? 0 : line(at)),
        t.column().orElse(at == null ? 0 : column(at)), problem, e);
  }

  private DataFileException inputError(ArchiveInput.Refused r) {
    LocalizedText problem = switch (r.reason) {
      case NOT_UTF8 -> new LocalizedText(
          String.format(Locale.ROOT, "tệp không phải UTF-8 hợp lệ: byte 0x%02X tại vị trí %d", r.value, r.offset),
          String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at offset %d", r.value, r.offset));
      case NUL -> new LocalizedText("byte 0x00 tại vị trí " + r.offset + ": văn bản JSON không chứa byte NUL (tệp"
          + " có phải UTF-16?)", "byte 0x00 at offset " + r.offset + ": JSON text holds no NUL byte (is the file"
          + " UTF-16?)");
      case TOO_LARGE -> new LocalizedText("bản ghi (hoặc khoảng trống trước nó) lớn hơn " + MAX_RECORD / 1_000_000
          + " MB, giới hạn của một bản ghi", "a record (or the space before it) is larger than "
          + MAX_RECORD / 1_000_000 + " MB, the limit of one record");
    };
    if (state == State.AT_RECORD) {
      return recordError(contextPath(), r.line, r.column, problem, r);
    }
    return new DataFileException(source, jsonLines || parser == null ? "" : absoluteContextPath(), r.line, r.column,
        problem, r);
  }

  private static ArchiveInput.@Nullable Refused refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ArchiveInput.Refused r) {
        return r;
      }
    }
    return null;
  }

  /** The parser's position as a path relative to the current record. */
  private String contextPath() {
    int recordDepth = jsonLines ? 1 : 3;
    StringBuilder path = new StringBuilder();
    for (TokenStreamContext c = parser.streamReadContext(); c != null && c.getNestingDepth() >= recordDepth;
        c = c.getParent()) {
      path.insert(0, segment(c));
    }
    return "$" + path;
  }

  /** The parser's position as a path from the root of an archive document. */
  private String absoluteContextPath() {
    StringBuilder path = new StringBuilder();
    for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
      path.insert(0, segment(c));
    }
    return path.length() == 0 ? "" : "$" + path;
  }

  private static String segment(TokenStreamContext c) {
    if (c.inArray()) {
      return c.hasCurrentIndex() ? "[" + c.getCurrentIndex() + "]" : "";
    }
    return c.currentName() == null ? "" : "." + c.currentName();
  }

  private static int line(TokenStreamLocation at) {
    return Math.max(at.getLineNr(), 0);
  }

  private static int column(TokenStreamLocation at) {
    return Math.max(at.getColumnNr(), 0);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a record as one JSON Lines line: a complete group-year document, compact, keys in a fixed order, absent
   * and default values left out, ending in {@code \n}.
   *
   * @param record the record
   * @return the line
   */
  public static String jsonLine(GroupYear record) {
    return LINE.writeValueAsString(doc(record, true)) + "\n";
  }

  /**
   * Writes a record as it stands inside an archive document: compact, without {@code schemaVersion} and
   * {@code document}, with no line end.
   *
   * @param record the record
   * @return the JSON text
   */
  public static String archiveRecord(GroupYear record) {
    return LINE.writeValueAsString(doc(record, false));
  }

  /**
   * The first line of an archive document, up to the {@code [} of its records.
   *
   * @return the text
   */
  public static String archiveHeader() {
    return "{\"schemaVersion\":" + Migration.CURRENT + ",\"document\":\"" + DocumentType.ARCHIVE.wire()
        + "\",\"records\":[";
  }

  /**
   * Writes text as UTF-8.
   *
   * @param out the stream
   * @param text the text
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArchiveDocs.GroupYearDoc doc(GroupYear g, boolean withHeader) {
    return new ArchiveDocs.GroupYearDoc(withHeader ? Migration.CURRENT : null,
        withHeader ? DocumentType.GROUP_YEAR.wire() : null,
        new ArchiveDocs.ProvinceRefDoc(g.provinceId(), g.provinceName()), g.year(), ToDocs.organiser(g.organiser()),
        ToDocs.group(g.group()), listOrNull(g.units().stream().map(ToDocs::unit).toList()),
        listOrNull(g.sheets().stream().map(ToDocs::sheet).toList()),
        listOrNull(ToDocs.ballots(g.sessions()).sessions()));
  }

  private static <T> @Nullable List<T> listOrNull(List<T> values) {
    return values.isEmpty() ? null : values;
  }
}
