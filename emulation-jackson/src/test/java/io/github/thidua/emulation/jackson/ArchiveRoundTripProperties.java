package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Writing records to an archive then reading it gives back equal records in the same order, in both containers;
 * the two containers give the same records; writing is deterministic.
 */
class ArchiveRoundTripProperties {

  /** Lists of up to six generated records, each from its own seed. */
  private static Gen<List<GroupYear>> archives() {
    return longs().all().zip(integers().between(0, 6), (seed, size) -> {
      Random r = new Random(seed);
      List<GroupYear> records = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        records.add(ArchiveSamples.generated(r));
      }
      return records;
    });
  }

  private static List<GroupYear> read(byte[] bytes, boolean jsonLines) {
    try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(bytes), "written", jsonLines)) {
      List<GroupYear> out = new ArrayList<>();
      reader.forEachRemaining(out::add);
      assertThat(reader.recordsRead()).isEqualTo(out.size());
      return out;
    }
  }

  @Test
  void jsonLinesRoundTrips() {
    qt().withExamples(150).forAll(archives()).checkAssert(records -> {
      byte[] written = ArchiveSamples.archive(records, true);
      assertThat(read(written, true)).isEqualTo(records);
      assertThat(ArchiveSamples.archive(read(written, true), true)).isEqualTo(written);
    });
  }

  @Test
  void archiveDocumentsRoundTrip() {
    qt().withExamples(150).forAll(archives()).checkAssert(records -> {
      byte[] written = ArchiveSamples.archive(records, false);
      assertThat(read(written, false)).isEqualTo(records);
      assertThat(ArchiveSamples.archive(read(written, false), false)).isEqualTo(written);
    });
  }

  @Test
  void bothContainersGiveTheSameRecords() {
    qt().withExamples(100).forAll(archives()).checkAssert(records ->
        assertThat(read(ArchiveSamples.archive(records, false), false))
            .isEqualTo(read(ArchiveSamples.archive(records, true), true)));
  }

  @Test
  void writingIsDeterministicWithOneRecordPerLine() {
    qt().withExamples(100).forAll(archives()).checkAssert(records -> {
      String lines = ArchiveSamples.text(records, true);
      assertThat(ArchiveSamples.text(records, true)).isEqualTo(lines);
      assertThat(lines).doesNotContain("\r");
      assertThat(lines.split("\n", -1)).hasSize(records.size() + 1);
      for (int i = 0; i < records.size(); i++) {
        assertThat(lines.split("\n", -1)[i] + "\n").isEqualTo(ArchiveWriter.toJsonLine(records.get(i)))
            .startsWith("{\"schemaVersion\":2,\"document\":\"group-year\",\"province\":{");
      }
      String document = ArchiveSamples.text(records, false);
      assertThat(document).startsWith("{\"schemaVersion\":2,\"document\":\"archive\",\"records\":[\n")
          .endsWith("]}\n").doesNotContain("\r");
      assertThat(document.split("\n", -1)).hasSize(records.size() + 3);
    });
  }

  @Test
  void aRecordProvinceHoldsItsGroupOrganiserAndUnits() {
    qt().withExamples(100).forAll(longs().all().map(seed -> ArchiveSamples.generated(new Random(seed))))
        .checkAssert(record -> {
          var province = record.province();
          assertThat(province.groups()).containsExactly(record.group());
          assertThat(province.organisers()).containsExactly(record.organiser());
          assertThat(province.units()).isEqualTo(record.units());
          assertThat(province.year()).isEqualTo(record.year());
          assertThat(province.id()).isEqualTo(record.provinceId());
          String line = ArchiveWriter.toJsonLine(record);
          assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        });
  }
}
