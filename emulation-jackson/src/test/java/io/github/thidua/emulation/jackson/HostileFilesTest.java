package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of malformed and hostile files (see {@code src/test/resources/hostile}): every file in a rejected folder
 * is refused with one located, bilingual {@link DataFileException} and nothing else, quickly; every file in
 * {@code accepted/} reads and has a stated property. Files in {@code known-gaps/} are documented library gaps and
 * are not asserted here.
 */
class HostileFilesTest {

  private static final List<String> KINDS = List.of("provinces", "rule-sets", "sheets");

  private static Path root() {
    try {
      return Path.of(HostileFilesTest.class.getResource("/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path golden(String relative) {
    try {
      return Path.of(HostileFilesTest.class.getResource("/golden-scoring/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The valid documents the corpus was derived from. */
  private static Path base(String kind) {
    return switch (kind) {
      case "provinces" -> golden("hcmc-97-plus-10/province.json");
      case "rule-sets" -> golden("hcmc-97-plus-10/rules.json");
      case "sheets" -> golden("peer-mean-thirds/sheets.json");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Object read(String kind, Path file) {
    return switch (kind) {
      case "provinces" -> EmulationFiles.readProvince(file);
      case "rule-sets" -> EmulationFiles.readRuleSet(file);
      case "sheets" -> EmulationFiles.readScoreSheets(file);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> rejected() {
    List<Arguments> out = new ArrayList<>();
    for (String kind : KINDS) {
      for (Path f : files(root().resolve(kind))) {
        out.add(Arguments.of(kind + "/" + f.getFileName(), kind, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void aHostileFileIsOneLocatedBilingualError(String name, String kind, Path file) {
    assertRejected(kind, file);
  }

  private static void assertRejected(String kind, Path file) {
    assertRejected(kind, file, Duration.ofSeconds(1));
  }

  private static void assertRejected(String kind, Path file, Duration limit) {
    String fileName = file.getFileName().toString();
    Throwable thrown = assertTimeoutPreemptively(limit, () -> catchThrowable(() -> read(kind, file)));
    assertThat(thrown).as("%s must be refused", fileName).isNotNull();
    assertThat(thrown).as("%s must be refused with the library's error", fileName)
        .isExactlyInstanceOf(DataFileException.class);
    DataFileException e = (DataFileException) thrown;
    assertThat(e.source()).isEqualTo(fileName);
    assertThat(e.problem().vi()).as("Vietnamese problem").isNotBlank();
    assertThat(e.problem().en()).as("English problem").isNotBlank();
    assertThat(e.line().isPresent() || e.path().isPresent()).as("has a location: %s", e.describe(Locale.ENGLISH))
        .isTrue();
    assertThat(e.describe(Locale.ENGLISH)).startsWith(fileName)
        .doesNotContain("tools.jackson").doesNotContain("Exception").doesNotContain("BigInteger")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void theCorpusIsLargeAndModest() throws IOException {
    long count = rejected().count();
    assertThat(count).isGreaterThanOrEqualTo(100);
    long bytes;
    try (Stream<Path> s = Files.walk(root())) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertThat(bytes).isLessThan(2_000_000L);
  }

  @Test
  void everyKnownGapIsDescribed() throws IOException {
    Path gaps = root().resolve("known-gaps");
    if (!Files.isDirectory(gaps)) {
      return;
    }
    String readme = Files.readString(gaps.resolve("README.md"), StandardCharsets.UTF_8);
    for (String kind : KINDS) {
      for (Path f : files(gaps.resolve(kind))) {
        assertThat(readme).as("README line for %s", f).contains(kind + "/" + f.getFileName());
      }
    }
  }

  // ---------------------------------------------------------------- generated at test time (too big to commit)

  @ParameterizedTest
  @ValueSource(strings = {"provinces", "rule-sets", "sheets"})
  void aStringLongerThanTheLimitIsRefused(String kind, @TempDir Path dir) throws IOException {
    String text = Files.readString(base(kind), StandardCharsets.UTF_8);
    String field = kind.equals("sheets") ? "\"scorer\": \"" : "\"id\": \"";
    String giant = text.replaceFirst(field, field + "x".repeat(100_001));
    Path file = dir.resolve("giant-string-" + kind + ".json");
    Files.writeString(file, giant, StandardCharsets.UTF_8);
    assertRejected(kind, file);
  }

  @Test
  void aNumberWithAMillionDigitsIsRefused(@TempDir Path dir) throws IOException {
    String text = Files.readString(base("sheets"), StandardCharsets.UTF_8);
    Path file = dir.resolve("million-digits.json");
    Files.writeString(file, text.replaceFirst("\"value\": 10", "\"value\": 1" + "0".repeat(1_000_000)),
        StandardCharsets.UTF_8);
    assertRejected("sheets", file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"provinces", "rule-sets", "sheets"})
  void aNumberOfAHundredThousandDigitsIsRefusedAsTooLong(String kind, @TempDir Path dir) throws IOException {
    String text = Files.readString(base(kind), StandardCharsets.UTF_8);
    String field = switch (kind) {
      case "provinces" -> "\"staff\": 25";
      case "rule-sets" -> "\"base\": 100";
      default -> "\"value\": 10";
    };
    String key = field.substring(0, field.indexOf(' ') + 1);
    Path file = dir.resolve("hundred-thousand-digits-" + kind + ".json");
    Files.writeString(file, text.replaceFirst(field, key + "1" + "0".repeat(99_999)), StandardCharsets.UTF_8);
    assertRejected(kind, file);
    DataFileException e = (DataFileException) catchThrowable(() -> read(kind, file));
    assertThat(e.problem().en()).startsWith("a number is longer than 100 characters");
  }

  @Test
  void deepNestingOfTenThousandLevelsIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deep.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"units\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
        StandardCharsets.UTF_8);
    assertRejected("provinces", file);
  }

  @Test
  void aDocumentLongerThanFiftyMegabytesIsRefused(@TempDir Path dir) throws IOException {
    byte[] head = "{\"schemaVersion\": 1,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[51_000_000];
    java.util.Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[bytes.length - 1] = '}';
    Path file = dir.resolve("fifty-megabytes.json");
    Files.write(file, bytes);
    // reading 50 MB from disk is most of the time taken; on a busy 2-core machine that alone can pass a second
    assertRejected("provinces", file, Duration.ofSeconds(5));
  }

  // ---------------------------------------------------------------- accepted files and their properties

  private static boolean isNfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  private static List<String> names(Object read) {
    List<String> out = new ArrayList<>();
    if (read instanceof Province p) {
      out.add(p.name());
      p.units().stream().map(Unit::name).forEach(out::add);
      p.organisers().forEach(o -> out.add(o.name()));
      p.groups().stream().map(EmulationGroup::name).forEach(out::add);
    } else if (read instanceof RuleSet r) {
      out.add(r.name().vi());
      out.add(r.citation().document());
      r.scales().forEach(s -> {
        out.add(s.name().vi());
        s.criteria().forEach(c -> out.add(c.text().vi()));
      });
    }
    return out;
  }

  private static final Map<String, Consumer<Object>> PROPERTIES = Map.ofEntries(
      Map.entry("provinces/duplicate-unit-ids.json", o -> {
        Province p = (Province) o;
        assertThat(p.units()).hasSize(6);
        assertThat(p.units().get(5).id()).isEqualTo(p.units().get(0).id());
      }),
      Map.entry("provinces/duplicate-group-members.json", o -> assertThat(((Province) o).groups().get(0).members())
          .hasSize(6).extracting(Object::toString).containsOnlyOnce("pgd-quan-3").filteredOn("pgd-quan-1"::equals)
          .hasSize(2)),
      Map.entry("provinces/duplicate-group-ids.json", o -> {
        Province p = (Province) o;
        assertThat(p.groups()).hasSize(2);
        assertThat(p.groups().get(1).id()).isEqualTo(p.groups().get(0).id());
      }),
      Map.entry("provinces/unknown-member-reference.json", o -> assertThat(((Province) o).groups().get(0).members())
          .extracting(Object::toString).contains("no-such-unit")),
      // unit and organiser kinds and unit levels are open sets of upper-case codes: unknown codes read as given
      Map.entry("provinces/unit-kind-unknown.json", o -> assertThat(((Province) o).units().get(0).kind())
          .hasToString("SPACESHIP")),
      Map.entry("provinces/unit-level-unknown.json", o -> assertThat(((Province) o).units().get(0).level())
          .hasToString("GALAXY")),
      Map.entry("provinces/organiser-kind-unknown.json", o -> assertThat(((Province) o).organisers().get(0).kind())
          .hasToString("EMPIRE")),
      Map.entry("rule-sets/param-named-at-class.json", o -> assertThat(((RuleSet) o).rules().get(0).params()
          .get("@class")).contains("java.lang.Runtime")),
      Map.entry("sheets/duplicate-sheets.json", o -> {
        @SuppressWarnings("unchecked") List<ScoreSheet> s = (List<ScoreSheet>) o;
        assertThat(s).hasSize(13);
        assertThat(s.get(12)).isEqualTo(s.get(0));
      }),
      Map.entry("sheets/duplicate-entries-same-criterion.json", o -> {
        @SuppressWarnings("unchecked") List<ScoreSheet> s = (List<ScoreSheet>) o;
        assertThat(s.get(0).entries()).hasSize(4);
        assertThat(s.get(0).entries().get(3)).isEqualTo(s.get(0).entries().get(0));
      }),
      Map.entry("sheets/empty-sheets-list.json", o -> assertThat((List<?>) o).isEmpty()));

  /** Files that are the base document in another encoding or layout: they must read exactly as the base does. */
  private static final List<String> SAME_AS_BASE =
      List.of("utf8-bom.json", "nfd-everywhere.json", "minified.json", "ascii-escaped.json", "crlf-line-endings.json",
          // Jackson detects UTF-16 from the first bytes and decodes it correctly, though the format is UTF-8
          "utf16-le-with-bom.json", "utf16-be-without-bom.json");

  static Stream<Arguments> accepted() {
    List<Arguments> out = new ArrayList<>();
    for (String kind : KINDS) {
      for (Path f : files(root().resolve("accepted").resolve(kind))) {
        out.add(Arguments.of(kind + "/" + f.getFileName(), kind, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void anAcceptedFileReadsWithItsStatedProperty(String name, String kind, Path file) {
    Object read = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> read(kind, file));
    assertThat(names(read)).allSatisfy(n -> assertThat(isNfc(n)).as("NFC: %s", n).isTrue());
    String fileName = file.getFileName().toString();
    if (SAME_AS_BASE.contains(fileName)) {
      assertThat(read).isEqualTo(read(kind, base(kind)));
    } else {
      assertThat(PROPERTIES).as("a stated property for %s", name).containsKey(name);
      PROPERTIES.get(name).accept(read);
    }
  }

  @Test
  void nfdNamesReadAsNfc() {
    Province p = EmulationFiles.readProvince(root().resolve("accepted/provinces/nfd-everywhere.json"));
    assertThat(p.name()).isEqualTo("Thành phố Hồ Chí Minh (ví dụ)");
    assertThat(p.units().get(0).name()).isEqualTo("Phòng Giáo dục và Đào tạo Quận 1");
  }
}
