package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.jackson.ArchiveReader;
import io.github.thidua.emulation.jackson.ArchiveWriter;
import io.github.thidua.emulation.jackson.GroupYear;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Target 7 of issue 11, not a JMH benchmark: an archive of at least 2 GB streams with a small heap. Writes an
 * archive of {@link ArchiveBenchmark}'s records (about 10.6 KB each) until the file reaches the size asked for,
 * then reads it back record by record with {@link ArchiveReader#open(Path)}, checking every record, and prints
 * the records, the bytes, the time and the peak heap after collections (sampled every 1,000 records: the heap pools'
 * use after their latest collection, what the reader really holds, not the garbage waiting to be collected). Run it with the heap to test:
 *
 * <pre>
 * java -Xmx256m -cp emulation-benchmarks/target/benchmarks.jar \
 *     io.github.thidua.emulation.benchmarks.ArchiveStream /tmp/archive-2g.jsonl 2.1
 * </pre>
 *
 * <p>Arguments: the file ({@code .jsonl} for JSON Lines, {@code .json} for an archive document), the size in GB
 * (10^9 bytes, default 2.1), and {@code --keep} to keep the file (it is deleted otherwise) or {@code --read} to read
 * an existing file without writing it.
 */
public final class ArchiveStream {
  private ArchiveStream() {}

  /**
   * Writes and reads the archive.
   *
   * @param args the file, the size in GB, {@code --keep} or {@code --read}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ArchiveStream FILE [GB] [--keep | --read]");
    }
    Path file = Path.of(args[0]);
    double gb = 2.1;
    boolean keep = false;
    boolean readOnly = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--keep" -> keep = true;
        case "--read" -> readOnly = true;
        default -> gb = Double.parseDouble(args[i]);
      }
    }
    long target = (long) (gb * 1e9);
    System.out.printf(Locale.ROOT, "max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    long written = 0;
    if (!readOnly) {
      long t0 = System.nanoTime();
      try (ArchiveWriter writer = ArchiveWriter.open(file)) {
        for (int i = 0; i % 1000 != 0 || Files.size(file) < target; i++) {
          writer.write(ArchiveBenchmark.record(i));
          written++;
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "wrote %,d records, %,d bytes in %.0f s%n", written, Files.size(file), s);
    }
    try {
      long t0 = System.nanoTime();
      long read = 0;
      long peak = 0;
      try (ArchiveReader reader = ArchiveReader.open(file)) {
        while (reader.hasNext()) {
          GroupYear record = reader.next();
          if (!record.group().id().value().equals("cum-" + read)) {
            throw new IllegalStateException("record " + read + " is " + record.group().id());
          }
          read++;
          if (read % 1000 == 0) {
            peak = Math.max(peak, afterCollections());
          }
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      if (!readOnly && read != written) {
        throw new IllegalStateException("read " + read + " records of " + written);
      }
      long bytes = Files.size(file);
      System.out.printf(Locale.ROOT, "read %,d records, %,d bytes in %.0f s (%.0f MB/s); peak heap after "
          + "collections %,d MB of %,d MB%n", read, bytes, s, bytes / 1e6 / s, peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      if (!keep && !readOnly) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The heap in use after the latest collection of each heap pool: what the program still holds. */
  private static long afterCollections() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        sum += pool.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }
}
