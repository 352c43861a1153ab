package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DecisionReference;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/** Group-year records for the archive tests: generated from a seed, or plain and numbered. */
final class ArchiveSamples {
  private ArchiveSamples() {}

  private static final String[] WORDS = {"Thi đua", "khen thưởng", "Hưng Yên", "Ủy ban nhân dân", "xuất sắc",
      "Cờ thi đua của Chính phủ", "cụm", "khối", "Điều 24, khoản 1", "Sở Giáo dục", "phường Hồng Châu",
      "\"trích dẫn\"", "a\\b", "dòng 1\ndòng 2", "tab\tđây", "ẩn ỡ ự ỷ", "huy chương 🏅", "ngắt\u2028dòng",
      "emulation"};

  private static final String[][] PROVINCES = {{"hung-yen", "Hưng Yên"}, {"quang-nam", "Quảng Nam"},
      {"ho-chi-minh", "Thành phố Hồ Chí Minh"}, {"dak-lak", "Đắk Lắk"}};

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String text(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      s.append(s.length() == 0 ? "" : " ").append(pick(r, WORDS));
    }
    return Normalizer.normalize(s.toString().strip(), Normalizer.Form.NFC);
  }

  private static String name(Random r) {
    String t = text(r).replace('\n', ' ').replace('\t', ' ').strip();
    return t.isEmpty() ? "Tên" : t;
  }

  private static LocalDate date(Random r, int year) {
    return LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static BigDecimal decimal(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> new BigDecimal("0.5");
      case 1 -> BigDecimal.valueOf(r.nextInt(100));
      case 2 -> new BigDecimal("10.00");
      default -> BigDecimal.valueOf(r.nextInt(10_000), 1 + r.nextInt(3));
    };
  }

  /**
   * A varied record: units with lifecycles and facts, a group with repeated members, decisions, sheets with claims
   * and evidence, and votes.
   */
  static GroupYear generated(Random r) {
    String[] province = pick(r, PROVINCES);
    int year = 2015 + r.nextInt(12);
    int n = 1 + r.nextInt(8);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units.add(RoundTripProperties.unit(r, i, year));
    }
    Organiser organiser = new Organiser(OrganiserId.of("org-" + r.nextInt(3)), name(r),
        pick(r, new OrganiserKind[] {OrganiserKind.PROVINCIAL_COMMITTEE, OrganiserKind.DEPARTMENT,
            OrganiserKind.of("OTHER")}),
        r.nextBoolean() ? Optional.of("GIAO_DUC") : Optional.empty(),
        r.nextBoolean() ? Optional.of(UnitId.of("u-" + r.nextInt(n))) : Optional.empty());
    List<UnitId> members = new ArrayList<>();
    for (int m = r.nextInt(n + 2); m > 0; m--) {
      members.add(UnitId.of("u-" + r.nextInt(n)));
    }
    Optional<DecisionReference> decision = switch (r.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(new DecisionReference("123/QĐ-UBND", Optional.empty()));
      default -> Optional.of(DecisionReference.of(r.nextInt(999) + "/QĐ-SNV", date(r, year)));
    };
    String groupId = (r.nextBoolean() ? "cum-" : "khoi-") + r.nextInt(20);
    EmulationGroup group = new EmulationGroup(GroupId.of(groupId), name(r), pick(r, GroupKind.values()),
        r.nextInt(5) == 0 ? OrganiserId.of("other-org") : organiser.id(), r.nextInt(8) == 0 ? year - 1 : year,
        members, members.isEmpty() || r.nextBoolean() ? List.of() : List.of(members.get(0)),
        members.size() < 2 || r.nextBoolean() ? List.of() : members.subList(1, 2), decision,
        r.nextBoolean() ? Optional.of(date(r, year)) : Optional.empty());
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int s = r.nextInt(4); s > 0; s--) {
      List<ScoreEntry> entries = new ArrayList<>();
      for (int e = r.nextInt(4); e > 0; e--) {
        entries.add(new ScoreEntry("C" + e, decimal(r), r.nextBoolean() ? Optional.of(decimal(r)) : Optional.empty(),
            r.nextBoolean() ? "" : text(r), r.nextBoolean() ? List.of() : List.of("bien-ban-" + e + ".pdf")));
      }
      List<Claim> bonuses = new ArrayList<>();
      List<Claim> deductions = new ArrayList<>();
      for (int c = r.nextInt(3); c > 0; c--) {
        Claim claim = new Claim("I" + c, 1 + r.nextInt(3), r.nextBoolean() ? "" : text(r),
            r.nextBoolean() ? List.of() : List.of("QĐ " + c));
        (r.nextBoolean() ? bonuses : deductions).add(claim);
      }
      sheets.add(new ScoreSheet(UnitId.of("u-" + r.nextInt(n)), GroupId.of(groupId), year,
          pick(r, ScorerRole.values()), r.nextBoolean() ? "hội-đồng" : name(r), entries, bonuses, deductions));
    }
    List<VoteSession> sessions = new ArrayList<>();
    for (int v = r.nextInt(3); v > 0; v--) {
      List<UnitId> candidates = new ArrayList<>(new LinkedHashSet<>(members));
      List<Ballot> ballots = new ArrayList<>();
      for (int b = r.nextInt(4); b > 0; b--) {
        Set<UnitId> approved = new TreeSet<>();
        if (!candidates.isEmpty() && r.nextBoolean()) {
          approved.add(candidates.get(r.nextInt(candidates.size())));
        }
        ballots.add(new Ballot(r.nextBoolean() ? Optional.of("t" + b) : Optional.empty(), approved,
            approved.isEmpty() && r.nextBoolean()));
      }
      sessions.add(new VoteSession(GroupId.of(groupId), year, pick(r, VotePurpose.values()), r.nextInt(10),
          candidates, ballots, r.nextBoolean() ? Optional.empty() : Optional.of(1 + r.nextInt(2))));
    }
    return new GroupYear(province[0], province[1], year, organiser, group, units, sheets, sessions);
  }

  /**
   * A plain record numbered {@code i}: a cluster of {@code members} agencies of a district, each scored by the
   * council on {@code criteria} criteria.
   */
  static GroupYear numbered(int i, int members, int criteria) {
    int year = 2016 + i % 10;
    String province = "tinh-" + i % 63;
    String group = "cum-" + i;
    List<Unit> units = new ArrayList<>();
    units.add(Unit.builder("huyen-" + i, "Huyện số " + i).kind(UnitKind.DISTRICT).level(UnitLevel.DISTRICT)
        .staffCount(300).build());
    EmulationGroup.Builder cluster = EmulationGroup.builder(group, "Cụm thi đua số " + i, GroupKind.CLUSTER,
        OrganiserId.of("ubnd-huyen-" + i), year);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      String unit = "xa-" + i + "-" + m;
      units.add(Unit.builder(unit, "Ủy ban nhân dân xã số " + m).kind(UnitKind.COMMUNE).level(UnitLevel.COMMUNE)
          .parent(UnitId.of("huyen-" + i)).staffCount(20 + m).build());
      cluster.members(unit);
      ScoreSheet.Builder sheet = ScoreSheet.builder(unit, group, year, ScorerRole.COUNCIL, "hội-đồng-huyện");
      for (int c = 1; c <= criteria; c++) {
        sheet.entry(String.valueOf(c), String.valueOf((i + m + c) % 10));
      }
      sheets.add(sheet.build());
    }
    Organiser organiser = Organiser.of("ubnd-huyen-" + i, "Ủy ban nhân dân huyện số " + i, OrganiserKind.DISTRICT)
        .withUnit(UnitId.of("huyen-" + i));
    if (members >= 2) {
      cluster.head("xa-" + i + "-0").deputy("xa-" + i + "-1");
    }
    return new GroupYear(province, "Tỉnh số " + i % 63, year, organiser, cluster.build(), units, sheets,
        List.of());
  }

  /** The units a group refers to in a province: members, heads, deputies, their parents, the organiser's unit. */
  static GroupYear of(Province province, GroupId groupId, List<ScoreSheet> sheets) {
    EmulationGroup group = province.group(groupId).orElseThrow();
    Organiser organiser = province.organiser(group.organiser()).orElseThrow();
    Set<UnitId> ids = new LinkedHashSet<>(group.members());
    ids.addAll(group.heads());
    ids.addAll(group.deputies());
    organiser.unit().ifPresent(ids::add);
    List<Unit> units = new ArrayList<>();
    for (UnitId id : ids) {
      province.unit(id).ifPresent(u -> {
        units.add(u);
        u.parent().flatMap(province::unit).filter(p -> !ids.contains(p.id()) && !units.contains(p))
            .ifPresent(units::add);
      });
    }
    return new GroupYear(province.id(), province.name(), province.year(), organiser, group, units,
        sheets.stream().filter(s -> s.group().equals(groupId)).toList(), List.of());
  }

  /** The bytes of an archive of records in one of the two containers. */
  static byte[] archive(List<GroupYear> records, boolean jsonLines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter writer = ArchiveWriter.open(out, jsonLines)) {
      records.forEach(writer::write);
    }
    return out.toByteArray();
  }

  static String text(List<GroupYear> records, boolean jsonLines) {
    return new String(archive(records, jsonLines), StandardCharsets.UTF_8);
  }

  /**
   * An archive that is never materialised: {@code count} records made by {@code make} one at a time as the reader
   * asks for bytes, counting the bytes served.
   */
  static final class LazyArchive extends InputStream {
    private final IntFunction<GroupYear> make;
    private final int count;
    private final boolean jsonLines;
    private byte[] chunk;
    private int position;
    private int next;
    private long served;
    private final long[] ends;
    private boolean ended;
    private boolean closed;

    LazyArchive(IntFunction<GroupYear> make, int count, boolean jsonLines) {
      this.make = make;
      this.count = count;
      this.jsonLines = jsonLines;
      this.ends = new long[count];
      this.chunk = jsonLines ? new byte[0]
          : "{\"schemaVersion\": 2, \"document\": \"archive\", \"records\": [\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of record {@code i} as this stream writes it (its line, or its element with the separator). */
    byte[] recordBytes(int i) {
      GroupYear record = make.apply(i);
      String text = jsonLines ? ArchiveWriter.toJsonLine(record)
          : (i == 0 ? "" : ",\n") + ArchiveSamples.text(List.of(record), false).lines().skip(1).findFirst()
              .orElseThrow();
      return text.getBytes(StandardCharsets.UTF_8);
    }

    long served() {
      return served;
    }

    /** The offset just after record {@code i}, once it was served. */
    long end(int i) {
      return ends[i];
    }

    boolean closed() {
      return closed;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (position == chunk.length) {
        if (next < count) {
          chunk = recordBytes(next);
          ends[next] = served + chunk.length;
          next++;
        } else if (!ended) {
          ended = true;
          chunk = (jsonLines ? "" : "\n]}\n").getBytes(StandardCharsets.UTF_8);
        } else {
          return -1;
        }
        position = 0;
      }
      int n = Math.min(len, chunk.length - position);
      System.arraycopy(chunk, position, b, off, n);
      position += n;
      served += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
