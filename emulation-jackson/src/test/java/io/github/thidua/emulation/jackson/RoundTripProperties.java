package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.DecisionReference;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.StatusChange;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleRemoval;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.Arithmetic;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.RoundingPoint;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.scoring.Tier;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Writing then reading a document gives back an equal value, and writing is deterministic, in JSON and in YAML, for
 * generated rule sets, provinces, score sheets, ballots and award histories, and for the shipped and sample files.
 */
public class RoundTripProperties {

  private static final String[] WORDS = {"Thi đua", "khen thưởng", "Hưng Yên", "Ủy ban nhân dân", "xuất sắc",
      "Cờ thi đua của Chính phủ", "cụm", "khối", "Nghị định 98/2023/NĐ-CP", "Điều 24, khoản 1", "Sở Giáo dục",
      "phường Hồng Châu", "\"trích dẫn\"", "a\\b", "dòng 1\ndòng 2", "tab\tđây", "ẩn ỡ ự ỷ", "emulation"};

  // ---------------------------------------------------------------- generators (seeded, so examples are varied)
  // (package-private ones are shared with SchemaProperties and NumberBoundsProperties)

  static <T> Gen<T> seeded(Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  static String text(Random r) {
    int n = 1 + r.nextInt(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return Normalizer.normalize(s.toString().strip(), Normalizer.Form.NFC);
  }

  static String name(Random r) {
    String t = text(r).replace('\n', ' ').replace('\t', ' ').strip();
    return t.isEmpty() ? "Tên" : t;
  }

  private static LocalizedText localized(Random r) {
    String vi = name(r);
    return new LocalizedText(vi, r.nextBoolean() ? vi : name(r));
  }

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static LocalDate date(Random r) {
    return LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static BigDecimal decimal(Random r, boolean positive) {
    return switch (r.nextInt(5)) {
      case 0 -> new BigDecimal("0.5");
      case 1 -> BigDecimal.valueOf(1 + r.nextInt(100));
      case 2 -> new BigDecimal("10.00");
      case 3 -> BigDecimal.valueOf(1 + r.nextInt(10_000), 1 + r.nextInt(3));
      default -> positive ? new BigDecimal("97.125") : BigDecimal.valueOf(-r.nextInt(500), r.nextInt(3));
    };
  }

  private static BigDecimal fraction(Random r) {
    return BigDecimal.valueOf(r.nextInt(101), 2);
  }

  static Citation citation(Random r) {
    return new Citation(name(r), r.nextBoolean() ? Optional.of(name(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of("https://thuvienphapluat.vn/van-ban/" + r.nextInt(1000)) : Optional.empty());
  }

  private static Object paramValue(Random r, int depth) {
    int choice = r.nextInt(depth > 1 ? 5 : 7);
    return switch (choice) {
      case 0 -> r.nextInt(2001) - 1000;
      case 1 -> decimal(r, false);
      case 2 -> text(r);
      case 3 -> r.nextBoolean();
      // whole numbers up to the largest magnitude a file may hold (Numbers: 9 digits)
      case 4 -> (long) r.nextInt(1_999_999_999) - 999_999_999L;
      case 5 -> {
        List<Object> list = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          list.add(paramValue(r, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          map.put(r.nextBoolean() ? "k" + i : "Khối " + i, paramValue(r, depth + 1));
        }
        yield map;
      }
    };
  }

  static RuleSet ruleSet(Random r) {
    LayerLevel level = pick(r, LayerLevel.values());
    boolean overlay = level == LayerLevel.ORGANISER || level == LayerLevel.GROUP;
    List<Rule> rules = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      String kind = pick(r, new String[] {"group.min-members", "award.quota", "scoring.aggregation", "custom"})
          + ".k" + i;
      Map<String, Object> params = new LinkedHashMap<>();
      for (int p = r.nextInt(4); p > 0; p--) {
        params.put(pick(r, new String[] {"min", "max", "percent", "titles", "chain", "@class", "tên"}) + p,
            paramValue(r, 0));
      }
      LocalDate from = date(r);
      rules.add(new Rule(r.nextBoolean() ? kind : kind + ".local", kind, pick(r, RuleScope.values()), citation(r),
          RuleParameters.of(params), r.nextBoolean() ? Optional.of(from) : Optional.empty(),
          r.nextBoolean() ? Optional.of(from.plusDays(r.nextInt(800))) : Optional.empty()));
    }
    List<RuleRemoval> removals = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      removals.add(new RuleRemoval("removed.rule-" + i, text(r), citation(r)));
    }
    List<ScoringScale> scales = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      scales.add(scale(r, "thang-diem-" + i));
    }
    LocalDate from = date(r);
    return new RuleSet(RuleSetId.of("vn-test-" + r.nextInt(100)), r.nextBoolean() ? "2024.1" : "1.0.0-rc",
        level, overlay || r.nextBoolean() ? Optional.of(RuleSetId.of("vn-parent")) : Optional.empty(),
        overlay ? Optional.of("cum-" + r.nextInt(10)) : Optional.empty(), localized(r), from,
        r.nextBoolean() ? Optional.of(from.plusDays(r.nextInt(2000))) : Optional.empty(), citation(r), rules,
        removals, scales);
  }

  private static ScoringMethod method(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> new ScoringMethod.Manual();
      case 1 -> new ScoringMethod.PassFail();
      case 2 -> {
        List<Tier> tiers = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          tiers.add(new Tier(BigDecimal.valueOf(i * 25L, 2), fraction(r)));
        }
        yield new ScoringMethod.AgainstTarget(tiers,
            pick(r, new BigDecimal[] {BigDecimal.ONE, new BigDecimal("1.2"), new BigDecimal("1.0")}));
      }
      case 3 -> new ScoringMethod.PerOccurrence(new BigDecimal(pick(r, new String[] {"0.5", "2", "1.25"})));
      default -> new ScoringMethod.RelativeToGroup(fraction(r));
    };
  }

  private static Criterion criterion(Random r, String code, int depth) {
    List<Criterion> children = new ArrayList<>();
    if (depth < 2 && r.nextInt(3) == 0) {
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        children.add(criterion(r, code + "." + i, depth + 1));
      }
    }
    return new Criterion(code, localized(r), decimal(r, true), r.nextBoolean(),
        r.nextBoolean() ? Optional.of(citation(r)) : Optional.empty(),
        children.isEmpty() ? Optional.of(method(r)) : Optional.empty(), children);
  }

  private static ListedItem item(Random r, String code) {
    return new ListedItem(code, localized(r), decimal(r, true),
        r.nextBoolean() ? Optional.of(decimal(r, true)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(citation(r)) : Optional.empty());
  }

  private static ScoringScale scale(Random r, String id) {
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      criteria.add(criterion(r, "C" + i, 0));
    }
    List<ListedItem> bonuses = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      bonuses.add(item(r, "B" + i));
    }
    List<ListedItem> deductions = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      deductions.add(item(r, "D" + i));
    }
    BigDecimal bonusCap = bonuses.isEmpty() && r.nextBoolean() ? BigDecimal.ZERO
        : pick(r, new BigDecimal[] {BigDecimal.TEN, new BigDecimal("5.0")});
    ScaleBinding binding = switch (r.nextInt(3)) {
      case 0 -> ScaleBinding.toGroup(GroupId.of("cum-1"), 2024, date(r));
      case 1 -> ScaleBinding.toOrganiser(OrganiserId.of("ubnd-tinh"), 2025, date(r));
      default -> new ScaleBinding(Optional.of(GroupId.of("khoi.2")), Optional.of(OrganiserId.of("so-gd")), 2026,
          date(r));
    };
    return new ScoringScale(id, "v" + r.nextInt(5), localized(r),
        pick(r, new BigDecimal[] {new BigDecimal("100"), new BigDecimal("1000"), new BigDecimal("100.0")}),
        new Arithmetic(r.nextInt(7), pick(r, new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.DOWN}), pick(r, RoundingPoint.values())),
        criteria, bonuses, bonusCap, deductions,
        r.nextBoolean() ? Optional.of(decimal(r, true)) : Optional.empty(),
        pick(r, new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("50")}), binding,
        citation(r));
  }

  /** A unit {@code u-i} with a lifecycle, facts for the years before {@code year}, and maybe a parent before it. */
  static Unit unit(Random r, int i, int year) {
    List<StatusChange> lifecycle = new ArrayList<>();
    for (int c = r.nextInt(3); c > 0; c--) {
      lifecycle.add(new StatusChange(pick(r, LifecycleStatus.values()), LocalDate.of(year, c * 3, 1)));
    }
    Map<Integer, YearFacts> facts = new TreeMap<>();
    for (int f = r.nextInt(3); f > 0; f--) {
      TreeSet<String> titles = new TreeSet<>();
      for (int t = r.nextInt(3); t > 0; t--) {
        titles.add(pick(r, new String[] {"CO_THI_DUA", "BANG_KHEN", "TAP_THE_LAO_DONG_XUAT_SAC"}));
      }
      facts.put(year - f, new YearFacts(titles, r.nextBoolean(), r.nextBoolean()));
    }
    return new Unit(UnitId.of("u-" + i), name(r),
        pick(r, new UnitKind[] {UnitKind.AGENCY, UnitKind.COMMUNE, UnitKind.of("CUSTOM_KIND")}),
        pick(r, new UnitLevel[] {UnitLevel.PROVINCE, UnitLevel.COMMUNE, UnitLevel.of("HAMLET")}),
        i > 0 && r.nextBoolean() ? Optional.of(UnitId.of("u-" + r.nextInt(i))) : Optional.empty(),
        r.nextInt(500), r.nextBoolean(), lifecycle, facts);
  }

  static Province province(Random r) {
    int year = 2020 + r.nextInt(10);
    List<Unit> units = new ArrayList<>();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      units.add(unit(r, i, year));
    }
    List<Organiser> organisers = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      organisers.add(new Organiser(OrganiserId.of("org-" + i), name(r),
          pick(r, new OrganiserKind[] {OrganiserKind.DEPARTMENT, OrganiserKind.of("OTHER")}),
          r.nextBoolean() ? Optional.of("GIAO_DUC") : Optional.empty(),
          n > 0 && r.nextBoolean() ? Optional.of(UnitId.of("u-" + r.nextInt(n))) : Optional.empty()));
    }
    List<EmulationGroup> groups = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      List<UnitId> members = new ArrayList<>();
      for (int m = n == 0 ? 0 : r.nextInt(6); m > 0; m--) {
        members.add(UnitId.of("u-" + r.nextInt(n)));
      }
      List<UnitId> heads = members.isEmpty() || r.nextBoolean() ? List.of() : List.of(members.get(0));
      List<UnitId> deputies = members.size() < 2 || r.nextBoolean() ? List.of() : members.subList(1, 2);
      Optional<DecisionReference> decision = switch (r.nextInt(3)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(new DecisionReference("123/QĐ-UBND", Optional.empty()));
        default -> Optional.of(DecisionReference.of(r.nextInt(999) + "/QĐ-SNV", date(r)));
      };
      groups.add(new EmulationGroup(GroupId.of("cum-" + i), name(r), pick(r, GroupKind.values()),
          OrganiserId.of("org-" + (1 + r.nextInt(3))), year, members, heads, deputies, decision,
          r.nextBoolean() ? Optional.of(date(r)) : Optional.empty()));
    }
    Province.Builder b = Province.builder("tinh-" + r.nextInt(64), name(r), year).units(units)
        .organisers(organisers).groups(groups);
    if (r.nextBoolean()) {
      b.referenceDate(r.nextBoolean() ? LocalDate.of(year, 12, 31) : date(r));
    }
    return b.build();
  }

  public static List<ScoreSheet> sheets(Random r) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int s = r.nextInt(4); s > 0; s--) {
      List<ScoreEntry> entries = new ArrayList<>();
      for (int e = r.nextInt(4); e > 0; e--) {
        entries.add(new ScoreEntry("C" + e, decimal(r, false),
            r.nextBoolean() ? Optional.of(decimal(r, true)) : Optional.empty(), r.nextBoolean() ? "" : text(r),
            r.nextBoolean() ? List.of() : List.of("bien-ban-" + e + ".pdf", text(r))));
      }
      List<Claim> bonuses = new ArrayList<>();
      List<Claim> deductions = new ArrayList<>();
      for (int c = r.nextInt(3); c > 0; c--) {
        Claim claim = new Claim("I" + c, 1 + r.nextInt(3), r.nextBoolean() ? "" : text(r),
            r.nextBoolean() ? List.of() : List.of("QĐ " + c));
        (r.nextBoolean() ? bonuses : deductions).add(claim);
      }
      sheets.add(new ScoreSheet(UnitId.of("u-" + r.nextInt(9)), GroupId.of("cum-" + r.nextInt(3)),
          2020 + r.nextInt(10), pick(r, ScorerRole.values()), r.nextBoolean() ? "hội-đồng" : name(r), entries,
          bonuses, deductions));
    }
    return sheets;
  }

  // ---------------------------------------------------------------- reading back

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static RuleSet readRuleSet(String text) {
    return EmulationFiles.readRuleSet(stream(text), source(text));
  }

  private static Province readProvince(String text) {
    return EmulationFiles.readProvince(stream(text), source(text));
  }

  private static List<ScoreSheet> readSheets(String text) {
    return EmulationFiles.readScoreSheets(stream(text), source(text));
  }

  /** A file name for a written text: JSON texts start with a brace, YAML texts with a key. */
  private static String source(String text) {
    return text.startsWith("{") ? "written.json" : "written.yaml";
  }

  /** Round trips in both syntaxes: same value back, and the same text when written again. */
  private static <T> void roundTrips(T value, BiFunction<T, DocumentFormat, String> write,
      Function<String, T> read) {
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = write.apply(value, format);
      assertThat(written).endsWith("\n").doesNotContain("\r")
          .startsWith(format == DocumentFormat.JSON ? "{\n  \"schemaVersion\" : 2," : "schemaVersion: 2\n");
      T back = read.apply(written);
      assertThat(back).isEqualTo(value);
      assertThat(write.apply(back, format)).isEqualTo(written);
      assertThat(write.apply(value, format)).isEqualTo(written);
    }
  }

  // ---------------------------------------------------------------- properties

  @Test
  void ruleSetsRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::ruleSet))
        .checkAssert(s -> roundTrips(s, EmulationFiles::writeRuleSet, RoundTripProperties::readRuleSet));
  }

  @Test
  void provincesRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::province))
        .checkAssert(p -> roundTrips(p, EmulationFiles::writeProvince, RoundTripProperties::readProvince));
  }

  @Test
  void scoreSheetsRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::sheets))
        .checkAssert(s -> roundTrips(s, EmulationFiles::writeScoreSheets, RoundTripProperties::readSheets));
  }

  // ---------------------------------------------------------------- shipped and sample files

  @Test
  void shippedRuleSetsRoundTrip() {
    assertThat(RuleSets.embeddedIds()).isNotEmpty();
    for (String id : RuleSets.embeddedIds()) {
      for (RuleSet layer : RuleSets.embedded(id).layers()) {
        roundTrips(layer, EmulationFiles::writeRuleSet, RoundTripProperties::readRuleSet);
      }
    }
  }

  @Test
  void cliSampleProvinceRoundTrips() {
    Province sample = EmulationFiles.readProvince(Path.of(
        "../emulation-cli-demo/src/main/resources/io/github/thidua/emulation/cli/sample/province.json"));
    assertThat(sample.units()).isNotEmpty();
    roundTrips(sample, EmulationFiles::writeProvince, RoundTripProperties::readProvince);
  }

  @Test
  void goldenScoringFilesRoundTrip() throws IOException {
    List<Path> dirs;
    try (Stream<Path> list = Files.list(Path.of("src/test/resources/golden-scoring"))) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).isNotEmpty();
    for (Path dir : dirs) {
      List<ScoreSheet> sheets = EmulationFiles.readScoreSheets(dir.resolve("sheets.json"));
      assertThat(sheets).as(dir.toString()).isNotEmpty();
      roundTrips(sheets, EmulationFiles::writeScoreSheets, RoundTripProperties::readSheets);
      Province province = EmulationFiles.readProvince(dir.resolve("province.json"));
      roundTrips(province, EmulationFiles::writeProvince, RoundTripProperties::readProvince);
      if (Files.exists(dir.resolve("rules.json"))) {
        RuleSet rules = EmulationFiles.readRuleSet(dir.resolve("rules.json"));
        roundTrips(rules, EmulationFiles::writeRuleSet, RoundTripProperties::readRuleSet);
      }
    }
  }

  @Test
  void pathOverloadsWriteTheSameText(@TempDir Path dir) throws IOException {
    Random r = new Random(7);
    RuleSet ruleSet = ruleSet(r);
    Province province = province(r);
    List<ScoreSheet> sheets = sheets(r);
    EmulationFiles.writeRuleSet(ruleSet, dir.resolve("rules.json"));
    EmulationFiles.writeProvince(province, dir.resolve("province.json"));
    EmulationFiles.writeScoreSheets(sheets, dir.resolve("sheets.json"));
    assertThat(Files.readString(dir.resolve("rules.json"))).isEqualTo(EmulationFiles.writeRuleSet(ruleSet));
    assertThat(EmulationFiles.readRuleSet(dir.resolve("rules.json"))).isEqualTo(ruleSet);
    assertThat(EmulationFiles.readProvince(dir.resolve("province.json"))).isEqualTo(province);
    assertThat(EmulationFiles.readScoreSheets(dir.resolve("sheets.json"))).isEqualTo(sheets);
  }

  @Test
  void defaultsAreLeftOut() {
    Rule rule = Rule.of("group.min-members", RuleScope.LOCAL, Citation.of("QĐ 1"), RuleParameters.of("min", 5));
    RuleSet set = RuleSet.builder("vn-test", "1", LayerLevel.PROVINCE).rule(rule).build();
    String written = EmulationFiles.writeRuleSet(set);
    assertThat(readRuleSet(written)).isEqualTo(set);
    assertThat(written).doesNotContain("\"id\" : \"group").contains("\"min\"")
        .doesNotContain("\"remove\"").doesNotContain("\"scales\"").startsWith("{\n");
    Province province = Province.builder("p", "Hưng Yên", 2024)
        .units(Unit.builder("u1", "Sở Nội vụ").build()).build();
    assertThat(EmulationFiles.writeProvince(province)).doesNotContain("divisionLevel")
        .doesNotContain("referenceDate").doesNotContain("lifecycle");
  }

  // ---------------------------------------------------------------- ballots and history

  private static List<UnitId> someUnits(Random r, int max) {
    List<UnitId> out = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      if (out.size() < max && r.nextInt(3) == 0) {
        out.add(UnitId.of("u-" + i));
      }
    }
    return out;
  }

  static List<VoteSession> sessions(Random r) {
    List<VoteSession> out = new ArrayList<>();
    for (int s = r.nextInt(3); s > 0; s--) {
      List<Ballot> ballots = new ArrayList<>();
      for (int b = r.nextInt(6); b > 0; b--) {
        ballots.add(new Ballot(r.nextBoolean() ? Optional.of("phiếu-" + b) : Optional.empty(),
            new TreeSet<>(someUnits(r, 3)), r.nextInt(5) == 0));
      }
      out.add(new VoteSession(GroupId.of("cum-" + s), 2020 + r.nextInt(6), pick(r, VotePurpose.values()),
          r.nextInt(12), someUnits(r, 4), ballots, r.nextBoolean() ? Optional.empty() : Optional.of(1 + r.nextInt(2))));
    }
    return out;
  }

  static List<AwardHistory> histories(Random r) {
    List<AwardHistory> out = new ArrayList<>();
    for (int h = r.nextInt(3); h > 0; h--) {
      List<HistoryYear> years = new ArrayList<>();
      for (int y = 2019 + r.nextInt(3); y < 2025; y += 1 + r.nextInt(2)) {
        List<UnitId> ranking = someUnits(r, 9);
        years.add(new HistoryYear(y, ranking, ranking.isEmpty() || r.nextBoolean() ? List.of()
            : List.of(ranking.get(ranking.size() - 1)), ranking.isEmpty() ? List.of() : List.of(ranking.get(0))));
      }
      out.add(new AwardHistory(GroupId.of("khoi-" + h), r.nextBoolean() ? "PROV_FLAG" : "CHAIRMAN_CERT", years));
    }
    return out;
  }

  @Test
  void ballotsRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::sessions)).checkAssert(s -> roundTrips(s,
        EmulationFiles::writeBallots, t -> EmulationFiles.readBallots(stream(t), source(t))));
  }

  @Test
  void historiesRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::histories)).checkAssert(h -> roundTrips(h,
        EmulationFiles::writeHistory, t -> EmulationFiles.readHistory(stream(t), source(t))));
  }

  static List<Proposal> proposals(Random r) {
    List<Proposal> out = new ArrayList<>();
    for (int p = r.nextInt(3); p > 0; p--) {
      List<ProposedAward> awards = new ArrayList<>();
      for (UnitId unit : someUnits(r, 3)) {
        awards.add(new ProposedAward(unit, r.nextBoolean() ? "PROV_FLAG" : "CHAIRMAN_CERT", name(r)));
      }
      out.add(new Proposal(GroupId.of("khoi-" + p), 2020 + r.nextInt(6),
          r.nextBoolean() ? Optional.empty() : Optional.of(UnitId.of("u-" + r.nextInt(9))), awards));
    }
    return out;
  }

  @Test
  void proposalsRoundTrip() {
    qt().withExamples(100).forAll(seeded(RoundTripProperties::proposals)).checkAssert(p -> roundTrips(p,
        EmulationFiles::writeProposals, t -> EmulationFiles.readProposals(stream(t), source(t))));
  }

  @Test
  void scalesRoundTrip() {
    qt().withExamples(100).forAll(seeded(r -> scale(r, "thang-diem-" + r.nextInt(9)))).checkAssert(s -> roundTrips(s,
        EmulationFiles::writeScale, t -> EmulationFiles.readScale(stream(t), source(t))));
  }
}
