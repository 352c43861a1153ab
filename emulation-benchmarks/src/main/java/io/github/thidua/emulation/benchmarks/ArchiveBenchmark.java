package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.ArchiveWriter;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading an archive of {@value #RECORDS} group-years from a temporary file, record by record: each record a
 * cluster of {@value #MEMBERS} communes with their district, the district organiser, {@value #SHEETS} score sheets
 * of {@value #CRITERIA} entries and one vote of {@value #MEMBERS} ballots. The score is records per second (one
 * operation is one record); with {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ArchiveBenchmark {
  static final int RECORDS = 5_000;
  static final int MEMBERS = 15;
  static final int SHEETS = 20;
  static final int CRITERIA = 8;

  /** The container: {@code jsonl} for JSON Lines, {@code json} for an archive document. */
  @Param({"jsonl", "json"})
  public String container;

  private Path file;

  /** Writes the archive once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("emulation-archive-", "." + container);
    try (ArchiveWriter writer = ArchiveWriter.open(file)) {
      for (int i = 0; i < RECORDS; i++) {
        writer.write(record(i));
      }
    }
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      if (!reader.next().equals(record(0)) || reader.stream().count() != RECORDS - 1) {
        throw new IllegalStateException("the benchmark archive should read back whole");
      }
    }
    System.out.printf("%n%s: %,d records, %,d bytes (%,d bytes per record)%n", file.getFileName(), RECORDS,
        Files.size(file), Files.size(file) / RECORDS);
  }

  /** Removes the archive. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the whole archive.
   *
   * @param sink takes each record
   * @return the number of records
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int read(Blackhole sink) {
    int n = 0;
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
        n++;
      }
    }
    return n;
  }

  /** Record {@code i}: the year and province vary, the shape does not. */
  static GroupYear record(int i) {
    int year = 2016 + i % 10;
    String district = "huyen-" + i;
    String group = "cum-" + i;
    List<Unit> units = new ArrayList<>();
    units.add(Unit.builder(district, "Ủy ban nhân dân huyện số " + i).kind(UnitKind.DISTRICT)
        .level(UnitLevel.DISTRICT).staffCount(300).build());
    EmulationGroup.Builder cluster = EmulationGroup.builder(group, "Cụm thi đua các xã số " + i, GroupKind.CLUSTER,
        OrganiserId.of("ubnd-" + district), year);
    List<String> members = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      String unit = "xa-" + i + "-" + m;
      members.add(unit);
      units.add(Unit.builder(unit, "Ủy ban nhân dân xã số " + m + " huyện " + i).kind(UnitKind.COMMUNE)
          .level(UnitLevel.COMMUNE).parent(UnitId.of(district)).staffCount(20 + m).build());
      cluster.members(unit);
    }
    cluster.head(members.get(0)).deputy(members.get(1));
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int s = 0; s < SHEETS; s++) {
      String unit = members.get(s % MEMBERS);
      ScoreSheet.Builder sheet = s < MEMBERS
          ? ScoreSheet.builder(unit, group, year, ScorerRole.SELF, unit)
          : ScoreSheet.builder(unit, group, year, ScorerRole.COUNCIL, "hội đồng thi đua huyện");
      for (int c = 1; c <= CRITERIA; c++) {
        sheet.entry((c + 1) / 2 + "." + c, String.valueOf((i + s + c) % 10) + (c % 3 == 0 ? ".5" : ""));
      }
      if (s % 7 == 0) {
        sheet.bonus("CO_THI_DUA", "Cờ thi đua của Ủy ban nhân dân tỉnh");
      }
      sheets.add(sheet.build());
    }
    VoteSession.Builder vote = VoteSession.builder(group, year, VotePurpose.LEADER).present(MEMBERS)
        .candidates(members.get(0), members.get(1), members.get(2));
    for (int b = 0; b < MEMBERS; b++) {
      vote.ballots(Ballot.approving(members.get(b % 3)));
    }
    Organiser organiser = Organiser.of("ubnd-" + district, "Ủy ban nhân dân huyện số " + i, OrganiserKind.DISTRICT)
        .withUnit(UnitId.of(district));
    return new GroupYear("tinh-" + i % 63, "Tỉnh số " + i % 63, year, organiser, cluster.build(), units, sheets,
        List.of(vote.build()));
  }
}
