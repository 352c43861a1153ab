package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.jackson.internal.ArchiveRecords;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an archive one {@link GroupYear} at a time, the reverse of {@link ArchiveReader}: reading what was written
 * gives back equal records in the same order. Each record is written as soon as it is given, so an archive of any
 * size is written in the memory of one record.
 *
 * <p>The output is deterministic, UTF-8, with lines ending in {@code \n} on every platform: in JSON Lines, one
 * compact group-year document per line; in an archive document, the header line, then one record per line
 * separated by commas, then the closing line. Keys come in a fixed order and values equal to what reading supplies
 * when a field is absent (an empty list, a false flag) are left out, as in documents.
 *
 * <p>{@link #close()} finishes the archive (an archive document needs its closing {@code ]}) and closes the stream.
 * Not thread-safe.
 */
public final class ArchiveWriter implements Closeable {
  private final OutputStream out;
  private final boolean jsonLines;
  private int written;
  private boolean closed;

  private ArchiveWriter(OutputStream out, boolean jsonLines) {
    this.out = out;
    this.jsonLines = jsonLines;
    if (!jsonLines) {
      ArchiveRecords.write(out, ArchiveRecords.archiveHeader() + "\n");
    }
  }

  /**
   * Creates or replaces an archive file: an archive document if the name ends in {@code .json}, JSON Lines
   * otherwise.
   *
   * @param file the file
   * @return the writer
   * @throws UncheckedIOException if the file cannot be created
   */
  public static ArchiveWriter open(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    boolean json = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      return new ArchiveWriter(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), !json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    }
  }

  /**
   * Writes an archive to a stream. The writer owns the stream: closing the writer closes it.
   *
   * @param out the stream
   * @param jsonLines true for JSON Lines, false for an archive document
   * @return the writer
   */
  public static ArchiveWriter open(OutputStream out, boolean jsonLines) {
    return new ArchiveWriter(Objects.requireNonNull(out, "out"), jsonLines);
  }

  /**
   * Writes one record as one JSON Lines line: a complete group-year document with a final {@code \n}.
   *
   * @param record the record
   * @return the line
   */
  public static String toJsonLine(GroupYear record) {
    return ArchiveRecords.jsonLine(Objects.requireNonNull(record, "record"));
  }

  /**
   * Writes the next record.
   *
   * @param record the record
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream fails
   */
  public ArchiveWriter write(GroupYear record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the archive writer is closed");
    }
    if (jsonLines) {
      ArchiveRecords.write(out, ArchiveRecords.jsonLine(record));
    } else {
      ArchiveRecords.write(out, (written == 0 ? "" : ",\n") + ArchiveRecords.archiveRecord(record));
    }
    written++;
    return this;
  }

  /**
   * Returns the number of records written so far.
   *
   * @return the count
   */
  public int recordsWritten() {
    return written;
  }

  /**
   * Finishes the archive and closes the stream; closing again does nothing.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream o = out) {
      if (!jsonLines) {
        ArchiveRecords.write(o, (written == 0 ? "" : "\n") + "]}\n");
      }
      o.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
