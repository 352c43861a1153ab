package io.github.thidua.emulation.jackson.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The strict, safe mapper of the file formats, and the translation of its errors into plain words. */
public final class Mapping {
  /** The largest document read, in bytes. */
  private static final int MAX_DOCUMENT = 50_000_000;

  /**
   * Reads documents strictly (unknown fields, duplicate keys, trailing content and nulls for numbers fail) and
   * writes them without absent optional values, ids as plain strings.
   */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64).maxNumberLength(NumberBounds.MAX_LENGTH).maxStringLength(100_000)
      .maxDocumentLength(MAX_DOCUMENT).build();

  /**
   * The strict parsers of JSON: the read limits, duplicate keys refused. Building it builds no mapper, so a document
   * read by streaming ({@link StreamedSheets}) costs no mapper at all, on a cold start either.
   */
  static final JsonFactory JSON_FACTORY = JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** The mappers, built at their first use (a class of their own, initialised only then). */
  static final class Mappers {
    static final JsonMapper MAPPER = JsonMapper.builder(JSON_FACTORY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // decimals in plain digits (1000, not 1E+3): files refuse exponents, so what is written reads back
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // a value is written as its record components only: derived accessors (isValid, isComplete) stay out
        .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
        .addModule(new EmulationJacksonModule())
        // null inside a list is refused; a null optional value reads as absent
        .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
        // text fields take only JSON strings: 5 is not the text "5"
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // a date is YYYY-MM-DD; a date-time is not silently cut to its date
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .build();

    /**
     * Parses YAML into trees under the same limits (bound to records by {@link #MAPPER}), and writes documents as
     * YAML: block style, quotes only where a string would otherwise read as another type, decimals in plain digits,
     * lines ending in \n.
     */
    static final YAMLMapper YAML_MAPPER = YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_DOCUMENT)
                .setAllowDuplicateKeys(false).build())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
        .addModule(new EmulationJacksonModule())
        .build();

    /**
     * Writes indented JSON whose lines always end with {@code \n}, whatever the platform's line separator, so a
     * value gives the same bytes everywhere.
     */
    static final ObjectWriter DOCUMENT_WRITER = MAPPER.writer()
        .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Mappers() {}
  }

  private Mapping() {}

  /**
   * Reads a rule-set layer.
   *
   * @param in the bytes
   * @param source the file name
   * @return the rule set
   */
  public static RuleSet readRuleSet(InputStream in, String source) {
    return read(in, source, DocumentType.RULE_SET, Docs.RuleSetDoc.class, Convert::ruleSet);
  }

  /**
   * Reads a province.
   *
   * @param in the bytes
   * @param source the file name
   * @return the province
   */
  public static Province readProvince(InputStream in, String source) {
    return read(in, source, DocumentType.PROVINCE, Docs.ProvinceDoc.class, Convert::province);
  }

  /**
   * Reads a document of score sheets.
   *
   * @param in the bytes
   * @param source the file name
   * @return the sheets, in file order
   */
  public static List<ScoreSheet> readScoreSheets(InputStream in, String source) {
    byte[] bytes = bytes(in, source);
    DocumentFormat format = format(source, bytes);
    if (format == DocumentFormat.JSON) {
      List<ScoreSheet> sheets = StreamedSheets.read(JSON_FACTORY, bytes);
      if (sheets != null) {
        return sheets;
      }
    }
    return read(bytes, source, format, DocumentType.SCORE_SHEETS, Docs.SheetsDoc.class, Convert::sheets);
  }

  /**
   * Reads a document of score sheets through the full path only (tree, migration, binding, conversion), never
   * streaming: what {@link StreamedSheets} is compared with.
   *
   * @param in the bytes
   * @param source the file name
   * @return the sheets, in file order
   */
  static List<ScoreSheet> readScoreSheetsInFull(InputStream in, String source) {
    return read(in, source, DocumentType.SCORE_SHEETS, Docs.SheetsDoc.class, Convert::sheets);
  }

  /**
   * Reads a document of ballots.
   *
   * @param in the bytes
   * @param source the file name
   * @return the vote sessions, in file order
   */
  public static List<VoteSession> readBallots(InputStream in, String source) {
    return read(in, source, DocumentType.BALLOTS, Docs.BallotsDoc.class, Convert::sessions);
  }

  /**
   * Reads a document of award history.
   *
   * @param in the bytes
   * @param source the file name
   * @return the histories, in file order
   */
  public static List<AwardHistory> readHistory(InputStream in, String source) {
    return read(in, source, DocumentType.HISTORY, Docs.HistoryDoc.class, Convert::histories);
  }

  /**
   * Reads a scoring scale on its own.
   *
   * @param in the bytes
   * @param source the file name
   * @return the scale
   */
  public static ScoringScale readScale(InputStream in, String source) {
    return read(in, source, DocumentType.SCALE, Docs.ScaleFileDoc.class, Convert::scaleFile);
  }

  /**
   * Writes a scoring scale as a scale document.
   *
   * @param scale the scale
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeScale(ScoringScale scale, DocumentFormat format) {
    return writeDocument(Docs.ScaleFileDoc.of(ToDocs.scale(scale)), format);
  }

  /**
   * Reads a document of award proposals.
   *
   * @param in the bytes
   * @param source the file name
   * @return the proposals, in file order
   */
  public static List<Proposal> readProposals(InputStream in, String source) {
    return read(in, source, DocumentType.PROPOSALS, Docs.ProposalsDoc.class, Convert::proposals);
  }

  /**
   * Writes award proposals as a proposals document.
   *
   * @param proposals the proposals, in the order to write them
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeProposals(List<Proposal> proposals, DocumentFormat format) {
    return writeDocument(ToDocs.proposals(proposals), format);
  }

  /**
   * Reads a result document (a validation report, scores, a ranking, …) back into its value.
   *
   * @param in the bytes
   * @param source the file name
   * @param type the result's class
   * @param <T> the result type
   * @return the result
   */
  public static <T> T readResult(InputStream in, String source, Class<T> type) {
    DocumentType docType = Results.typeOf(type);
    byte[] bytes = bytes(in, source);
    DocumentFormat format = format(source, bytes);
    Convert c = new Convert(source);
    try {
      ObjectNode root = Migration.migrate(tree(bytes, source, format), docType, c);
      root.remove("schemaVersion");
      root.remove("document");
      Shapes.checkResult(root, type, "$", c);
      return bind(root, source, type);
    } catch (DataFileException e) {
      throw locate(format, bytes, e);
    }
  }

  /**
   * Writes a result as a result document.
   *
   * @param result the result
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeResult(Object result, DocumentFormat format) {
    return writeDocument(Results.toTree(result), format);
  }

  /**
   * Reads a document: the bytes, their syntax, the tree, its migration to the current version, the wire records,
   * then the core values; every error comes out located.
   */
  private static <D, T> T read(InputStream in, String source, DocumentType type, Class<D> docClass,
      BiFunction<Convert, D, T> convert) {
    byte[] bytes = bytes(in, source);
    return read(bytes, source, format(source, bytes), type, docClass, convert);
  }

  private static <D, T> T read(byte[] bytes, String source, DocumentFormat format, DocumentType type,
      Class<D> docClass, BiFunction<Convert, D, T> convert) {
    Convert c = new Convert(source);
    try {
      ObjectNode root = Migration.migrate(tree(bytes, source, format), type, c);
      Shapes.checkNullCollections(root, docClass, "$", c);
      return convert.apply(c, bind(root, source, docClass));
    } catch (DataFileException e) {
      throw locate(format, bytes, e);
    }
  }

  /** The syntax of a document: by the file name's extension, else JSON if it starts with { or [, else YAML. */
  static DocumentFormat format(String source, byte[] bytes) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return DocumentFormat.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return DocumentFormat.YAML;
    }
    int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i == bytes.length || bytes[i] == '{' || bytes[i] == '[' ? DocumentFormat.JSON : DocumentFormat.YAML;
  }

  private static ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? Mappers.YAML_MAPPER : Mappers.MAPPER;
  }

  /** Parses the bytes into a tree: strict syntax, read limits, duplicate keys refused. */
  private static JsonNode tree(byte[] bytes, String source, DocumentFormat format) {
    if (format == DocumentFormat.YAML) {
      checkYaml(bytes, source);
    }
    JsonNode tree;
    try (JsonParser p = NumberBounds.checked(mapper(format).createParser(bytes))) {
      try {
        tree = mapper(format).readTree(p);
      } catch (JacksonException e) {
        DataFileException error = translate(source, e, format);
        if (NumberBounds.problem(e) != null) {
          // a number is refused at its token, before any binding names its field: the parser knows where it is
          TokenStreamLocation at = p.currentTokenLocation();
          error = new DataFileException(source, jsonPath(p.streamReadContext().pathAsPointer().toString()),
              error.line().orElse(Math.max(at.getLineNr(), 0)), error.column().orElse(Math.max(at.getColumnNr(), 0)),
              error.problem(), e);
        }
        throw error;
      }
    } catch (JacksonException e) {
      throw translate(source, e, format);
    } catch (NumberFormatException | ArithmeticException e) {
      // located afterwards by streaming the numbers once more
      throw new DataFileException(source, "", 0, 0, new LocalizedText("một số quá lớn hoặc sai định dạng",
          "a number is too large or malformed"), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new DataFileException(source, "$", 0, 0,
          new LocalizedText("tệp rỗng hoặc chỉ chứa null", "the file is empty or null"), null);
    }
    return tree;
  }

  /**
   * Refuses what YAML can say but a document must not: aliases (a document means what it says, and alias bombs
   * stay out), explicit tags, and more than one document in a file.
   */
  private static void checkYaml(byte[] bytes, String source) {
    try (JsonParser p = Mappers.YAML_MAPPER.createParser(bytes)) {
      YAMLParser y = (YAMLParser) p;
      JsonToken token;
      int depth = 0;
      int roots = 0;
      while ((token = p.nextToken()) != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        if (y.isCurrentAlias()) {
          throw new DataFileException(source, jsonPath(p.streamReadContext().pathAsPointer().toString()),
              at.getLineNr(), at.getColumnNr(), new LocalizedText(
                  "không dùng bí danh YAML (*" + p.getString() + "); hãy viết đầy đủ giá trị",
                  "YAML aliases (*" + p.getString() + ") are not allowed; write the value out"), null);
        }
        if (y.getTypeId() != null) {
          throw new DataFileException(source, "", at.getLineNr(), at.getColumnNr(), new LocalizedText(
              "không dùng thẻ YAML (!" + y.getTypeId() + ")", "YAML tags (!" + y.getTypeId() + ") are not allowed"),
              null);
        }
        if (depth == 0 && (token.isStructStart() || token.isScalarValue()) && ++roots > 1) {
          throw new DataFileException(source, "", at.getLineNr(), at.getColumnNr(), new LocalizedText(
              "tệp YAML chỉ được chứa một tài liệu", "a YAML file holds exactly one document"), null);
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
    } catch (JacksonException e) {
      throw translate(source, e, DocumentFormat.YAML);
    }
  }

  /** Binds the migrated tree to the wire records; errors carry the JSON path and are located afterwards. */
  private static <D> D bind(ObjectNode root, String source, Class<D> type) {
    try {
      return Mappers.MAPPER.treeToValue(root, type);
    } catch (JacksonException e) {
      DataFileException error = translate(source, e, DocumentFormat.JSON);
      throw new DataFileException(source, error.path().orElse(""), 0, 0, error.problem(), e);
    }
  }

  private static byte[] bytes(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes(MAX_DOCUMENT + 1);
      if (bytes.length > MAX_DOCUMENT) {
        int[] at = lineAndColumn(bytes, MAX_DOCUMENT);
        throw new DataFileException(source, "", at[0], at[1], new LocalizedText(
            "tệp lớn hơn " + MAX_DOCUMENT / 1_000_000 + " MB, giới hạn của một tài liệu",
            "the file is larger than " + MAX_DOCUMENT / 1_000_000 + " MB, the limit of one document"), null);
      }
      checkUtf8(bytes, source);
      return bytes;
    } catch (IOException e) {
      throw new DataFileException(source, "", 0, 0, new LocalizedText("không đọc được tệp (" + e.getMessage() + ")",
          "cannot read the file (" + e.getMessage() + ")"), e);
    }
  }

  /**
   * Refuses bytes that are not valid UTF-8 (an overlong form, a stray 0xFF), with the line and column of the first
   * bad byte. Documents that declare UTF-16 or UTF-32 by a byte-order mark or by zero bytes are left to Jackson's
   * encoding detection.
   */
  private static void checkUtf8(byte[] bytes, String source) {
    boolean wide = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    for (int i = 0; i < Math.min(4, bytes.length) && !wide; i++) {
      wide = bytes[i] == 0;
    }
    if (wide) {
      return;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int offset = in.position();
        int[] at = lineAndColumn(bytes, offset);
        throw new DataFileException(source, "", at[0], at[1], new LocalizedText(
            String.format("tệp không phải UTF-8 hợp lệ: byte 0x%02X tại vị trí %d", bytes[offset] & 0xFF, offset),
            String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xFF, offset)), null);
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /** The 1-based line and column (in bytes) of an offset. */
  private static int[] lineAndColumn(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /** Adds the line and column of the error's JSON path, found by streaming the document once more. */
  private static DataFileException locate(DocumentFormat format, byte[] bytes, DataFileException e) {
    if (e.line().isPresent()) {
      return e;
    }
    TokenStreamLocation loc = e.path().isPresent() ? find(format, bytes, e.path().get()) : failure(format, bytes);
    if (loc == null) {
      return e;
    }
    return new DataFileException(e.source(), e.path().orElse(""), loc.getLineNr(), loc.getColumnNr(), e.problem(),
        e.getCause());
  }

  /** Where streaming the document stops (a read limit, malformed JSON), or null if it streams to the end. */
  private static TokenStreamLocation failure(DocumentFormat format, byte[] bytes) {
    try (JsonParser p = mapper(format).createParser(bytes)) {
      try {
        JsonToken token;
        while ((token = p.nextToken()) != null) {
          if (token == JsonToken.VALUE_STRING) {
            p.getString(); // strings are read lazily: reading them applies the length limit
          } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            p.getDecimalValue(); // so are numbers: reading them applies the range limit
          } else if (token == JsonToken.VALUE_NUMBER_INT) {
            p.getNumberValue();
          }
        }
        return null;
      } catch (JacksonException | NumberFormatException | ArithmeticException stopped) {
        return p.currentLocation();
      }
    }
  }

  /**
   * The location of the first token at a JSON path such as {@code $.rules[2].params.min}; for a field that is
   * missing, the location of its closest enclosing value; null if the document cannot be streamed.
   */
  private static TokenStreamLocation find(DocumentFormat format, byte[] bytes, String path) {
    String pointer = path.substring(1).replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    TokenStreamLocation closest = null;
    int closestLength = -1;
    try (JsonParser p = mapper(format).createParser(bytes)) {
      while (p.nextToken() != null) {
        String here = p.streamReadContext().pathAsPointer().toString();
        if (here.equals(pointer)) {
          return p.currentTokenLocation();
        }
        if (pointer.startsWith(here + "/") && here.length() > closestLength) {
          closest = p.currentTokenLocation();
          closestLength = here.length();
        }
      }
    } catch (JacksonException stopped) {
      // the document breaks off (or exceeds a limit) here: the closest location seen so far is the best answer
    }
    return closest;
  }

  /**
   * Writes any result as indented JSON with a trailing newline.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    return writeDocument(value);
  }

  private static String writeDocument(Object doc) {
    return Mappers.DOCUMENT_WRITER.writeValueAsString(doc) + "\n";
  }

  /**
   * Writes a wire document in a syntax.
   *
   * @param doc the wire document
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  private static String writeDocument(Object doc, DocumentFormat format) {
    if (format == DocumentFormat.JSON) {
      return writeDocument(doc);
    }
    String yaml = Mappers.YAML_MAPPER.writeValueAsString(doc).replace("\r\n", "\n");
    return yaml.endsWith("\n") ? yaml : yaml + "\n";
  }

  /**
   * Writes a rule-set layer as a rule-set document.
   *
   * @param ruleSet the rule set
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeRuleSet(RuleSet ruleSet, DocumentFormat format) {
    return writeDocument(ToDocs.ruleSet(ruleSet), format);
  }

  /**
   * Writes a province as a province document.
   *
   * @param province the province
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeProvince(Province province, DocumentFormat format) {
    return writeDocument(ToDocs.province(province), format);
  }

  /**
   * Writes score sheets as a sheets document.
   *
   * @param sheets the sheets, in the order to write them
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeScoreSheets(List<ScoreSheet> sheets, DocumentFormat format) {
    return writeDocument(ToDocs.sheets(sheets), format);
  }

  /**
   * Writes vote sessions as a ballots document.
   *
   * @param sessions the sessions, in the order to write them
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeBallots(List<VoteSession> sessions, DocumentFormat format) {
    return writeDocument(ToDocs.ballots(sessions), format);
  }

  /**
   * Writes award histories as a history document.
   *
   * @param histories the histories, in the order to write them
   * @param format the syntax
   * @return the text, with a trailing newline
   */
  public static String writeHistory(List<AwardHistory> histories, DocumentFormat format) {
    return writeDocument(ToDocs.histories(histories), format);
  }

  /** Turns a Jackson exception into the library's error, with the location and a plain explanation. */
  static DataFileException translate(String source, JacksonException e, DocumentFormat format) {
    TokenStreamLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    String path = jsonPath(e);
    LocalizedText problem;
    LocalizedText number = NumberBounds.problem(e);
    if (number != null) {
      problem = number;
    } else if (e instanceof UnrecognizedPropertyException u) {
      problem = new LocalizedText("trường '" + u.getPropertyName() + "' không được biết (có thể gõ sai tên)",
          "unknown field '" + u.getPropertyName() + "' (perhaps a misspelt name)");
    } else if (e instanceof InvalidNullException) {
      problem = new LocalizedText("không được để null ở đây", "null is not allowed here");
    } else if (e instanceof ValueInstantiationException v) {
      String why = v.getCause() == null ? firstLine(v.getOriginalMessage()) : String.valueOf(v.getCause().getMessage());
      problem = new LocalizedText("giá trị không hợp lệ: " + why, "invalid value: " + why);
    } else if (e instanceof InvalidFormatException f) {
      problem = new LocalizedText("giá trị '" + f.getValue() + "' không đúng định dạng " + simple(f),
          "value '" + f.getValue() + "' is not a valid " + simple(f));
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      problem = new LocalizedText("còn nội dung thừa sau khi tài liệu " + format + " đã kết thúc",
          "unexpected content after the end of the " + format + " document");
    } else if (e instanceof MismatchedInputException m) {
      problem = new LocalizedText("sai kiểu dữ liệu: cần " + simple(m), "wrong type: expected " + simple(m));
    } else if (e instanceof StreamConstraintsException) {
      problem = limit(e);
    } else if (e instanceof StreamReadException) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
        problem = new LocalizedText("khóa bị lặp: " + original, "duplicate key: " + original);
      } else {
        problem = new LocalizedText(format + " không hợp lệ: " + firstLine(original),
            "malformed " + format + ": " + firstLine(original));
      }
    } else {
      problem = new LocalizedText("không đọc được: " + firstLine(e.getOriginalMessage()),
          "cannot read: " + firstLine(e.getOriginalMessage()));
    }
    return new DataFileException(source, path, line, column, problem, e);
  }

  /** A read limit that was passed, in plain words (the numbers' own limit is {@link NumberBounds}'s). */
  private static LocalizedText limit(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    StreamReadConstraints limits = LIMITS;
    if (original.startsWith("Document nesting depth")) {
      return new LocalizedText("tài liệu lồng nhau sâu hơn " + limits.getMaxNestingDepth() + " cấp",
          "the nesting depth is more than " + limits.getMaxNestingDepth() + " levels");
    }
    if (original.startsWith("String value length")) {
      // a number that long fills the parser's buffer and meets this limit before its own
      return new LocalizedText("một giá trị dài hơn " + limits.getMaxStringLength() + " ký tự (giới hạn của một"
          + " văn bản; một số có tối đa " + NumberBounds.MAX_LENGTH + " ký tự)", "a value is longer than "
          + limits.getMaxStringLength() + " characters (the limit of a text; a number has at most "
          + NumberBounds.MAX_LENGTH + ")");
    }
    String plain = firstLine(original).replaceAll("\\s*\\(.*from `StreamReadConstraints[^)]*\\)", "");
    return new LocalizedText("vượt giới hạn đọc: " + plain, "a read limit is exceeded: " + plain);
  }

  private static String simple(MismatchedInputException m) {
    Class<?> t = m.getTargetType();
    if (t == null) {
      return "value";
    }
    return switch (t.getSimpleName()) {
      case "Integer", "int" -> "integer";
      case "String" -> "text";
      case "Boolean", "boolean" -> "true/false";
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "List", "ArrayList", "Collection", "Set" -> "list";
      case "Map" -> "object";
      default -> t.getSimpleName().endsWith("Doc") || t.getSimpleName().equals("Text")
          ? "object" : t.getSimpleName();
    };
  }

  /** A JSON pointer such as {@code /histories/1/group} as a JSON path, {@code $.histories[1].group}. */
  private static String jsonPath(String pointer) {
    StringBuilder s = new StringBuilder("$");
    for (String part : pointer.split("/")) {
      if (!part.isEmpty()) {
        s.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part);
      }
    }
    return s.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    // Jackson's pointer to where an object started names no source (it is turned off): the location is ours to give
    return line.replaceAll("\\s*\\(start marker at \\[Source: .*$", "");
  }

  private static String jsonPath(JacksonException e) {
    StringBuilder s = new StringBuilder("$");
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        s.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getPropertyName() != null) {
        s.append('.').append(ref.getPropertyName());
      }
    }
    return s.length() == 1 ? "" : s.toString();
  }
}
