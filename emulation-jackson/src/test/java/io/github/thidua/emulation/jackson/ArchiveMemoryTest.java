package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading holds one record: an archive of 20,000 records that is never materialised (each record is made when the
 * reader asks for its bytes) is read with the reader never more than {@value #AHEAD} bytes ahead of the record it
 * just delivered, and records already delivered are not kept. No timing is measured.
 */
class ArchiveMemoryTest {
  private static final int RECORDS = 20_000;
  /** How far the parser may read ahead of the record delivered: its buffer, well below this. */
  private static final int AHEAD = 64 * 1024;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aLargeArchiveIsReadRecordByRecord(boolean jsonLines) throws InterruptedException {
    ArchiveSamples.LazyArchive input = new ArchiveSamples.LazyArchive(i -> ArchiveSamples.numbered(i, 3, 2), RECORDS,
        jsonLines);
    try (ArchiveReader reader = ArchiveReader.open(input, "lazy", jsonLines)) {
      GroupYear first = reader.next();
      assertThat(first).isEqualTo(ArchiveSamples.numbered(0, 3, 2));
      assertThat(input.served()).as("bytes read for the first record").isLessThan(input.end(0) + AHEAD);

      WeakReference<GroupYear> delivered = new WeakReference<>(first);
      first = null;
      int count = 1;
      while (reader.hasNext()) {
        GroupYear record = reader.next();
        assertThat(record.group().id().value()).isEqualTo("cum-" + count);
        assertThat(input.served() - input.end(count)).as("read ahead of record %s", count).isLessThan(AHEAD);
        count++;
        if (count == 1_000) {
          assertThat(collected(delivered)).as("the first record, no longer referenced, is collected").isTrue();
        }
      }
      assertThat(count).isEqualTo(RECORDS);
      assertThat(reader.recordsRead()).isEqualTo(RECORDS);
      assertThat(input.end(RECORDS - 1)).as("the archive is larger than the read-ahead many times over")
          .isGreaterThan(100L * AHEAD);
    }
  }

  private static boolean collected(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 20 && reference.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    return reference.get() == null;
  }
}
