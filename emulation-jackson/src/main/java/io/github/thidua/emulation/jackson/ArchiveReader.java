package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.jackson.internal.ArchiveRecords;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a multi-year, multi-province archive one {@link GroupYear} at a time, holding only the current record:
 * memory is bounded by the largest record, not by the file.
 *
 * <p>Two containers hold the same records (see {@code docs/archives.md}):
 *
 * <ul>
 *   <li>JSON Lines ({@code .jsonl}): each non-blank line is one complete document
 *       <code>{"schemaVersion": 2, "document": "group-year", "province": {...}, "year": ..., ...}</code>;
 *   <li>an archive document ({@code .json}):
 *       <code>{"schemaVersion": 2, "document": "archive", "records": [{...}, ...]}</code>, whose records carry
 *       neither {@code schemaVersion} nor {@code document}, and whose {@code schemaVersion} and {@code document}
 *       come before {@code records}.
 * </ul>
 *
 * <p>Reading is as strict as for documents: unknown fields, duplicate keys, wrong types, nulls in lists, bytes that
 * are not UTF-8 and the read limits (nesting, string and number length) are errors, and each record is limited to
 * 50 MB (the file is not). A UTF-8 byte-order mark at the very start is accepted. Archives exist from
 * {@code schemaVersion} 2: other versions are refused.
 *
 * <p><b>Errors.</b> A problem is a {@link DataFileException} with the source, the record's JSON path
 * ({@code $.records[17].group.members[2]} in an archive document; {@code $.group.members[2]} within the line of a
 * JSON Lines file), the line and column in the file, and a message in Vietnamese and English that starts with the
 * record's number ({@code record 18: ...}). The first problem ends the reading: {@link #next()} raises it when the
 * broken record (or the broken text between records) is reached, after every record before it was delivered, and
 * the reader is closed. {@link #hasNext()} never raises it: it returns true, and the following {@link #next()}
 * raises it.
 *
 * <p>Not thread-safe. Close the reader (or the stream of {@link #stream()}) to close the file.
 *
 * <pre>{@code
 * try (ArchiveReader archive = ArchiveReader.open(Path.of("thi-dua-2020-2025.jsonl"))) {
 *   while (archive.hasNext()) {
 *     GroupYear record = archive.next();
 *     ValidationReport report = Emulation.validate(record.province(), rules);
 *   }
 * }
 * }</pre>
 */
public final class ArchiveReader implements Iterator<GroupYear>, Closeable {
  private final ArchiveRecords records;

  private ArchiveReader(ArchiveRecords records) {
    this.records = records;
  }

  /**
   * Opens an archive file: JSON Lines if its name ends in {@code .jsonl} or {@code .ndjson}, an archive document if
   * it ends in {@code .json}; for another name the first object decides (an archive document names itself
   * {@code "archive"}). Messages name the file by its file name.
   *
   * @param file the file
   * @return the reader, positioned before the first record
   * @throws DataFileException if the file cannot be opened
   */
  public static ArchiveReader open(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String name = source.toLowerCase(Locale.ROOT);
    boolean jsonLines;
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      jsonLines = true;
    } else if (name.endsWith(".json")) {
      jsonLines = false;
    } else {
      try (InputStream in = stream(file, source)) {
        jsonLines = ArchiveRecords.sniffJsonLines(in);
      } catch (IOException e) {
        throw unreadable(source, e);
      }
    }
    return open(stream(file, source), source, jsonLines);
  }

  /**
   * Reads an archive from a stream. The reader owns the stream: closing the reader closes it.
   *
   * @param in the bytes, UTF-8
   * @param source a name for messages, usually the file name
   * @param jsonLines true for JSON Lines (one group-year document per line), false for an archive document
   * @return the reader, positioned before the first record; nothing is read yet
   */
  public static ArchiveReader open(InputStream in, String source, boolean jsonLines) {
    return new ArchiveReader(ArchiveRecords.open(Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"), jsonLines));
  }

  private static InputStream stream(Path file, String source) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  private static DataFileException unreadable(String source, IOException e) {
    return new DataFileException(source, "", 0, 0, new LocalizedText(
        "không mở được tệp (" + e.getClass().getSimpleName() + ")",
        "cannot open the file (" + e.getClass().getSimpleName() + ")"), e);
  }

  /**
   * Tells whether another record follows, reading up to its start only. Never raises a problem of the file: if
   * one is found, this returns true and {@link #next()} raises it.
   *
   * @return whether {@link #next()} returns a record or raises the error that ends the reading
   */
  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  /**
   * Reads the next record.
   *
   * @return the record
   * @throws DataFileException if the record, or the text before it, is broken; the reading ends there
   * @throws NoSuchElementException if no record follows, or the reading already ended at an error
   */
  @Override
  public GroupYear next() {
    return records.next();
  }

  /**
   * Returns the number of records delivered by {@link #next()} so far.
   *
   * @return the count
   */
  public int recordsRead() {
    return records.delivered();
  }

  /**
   * Returns the name used in messages.
   *
   * @return the source
   */
  public String source() {
    return records.source();
  }

  /**
   * Returns the remaining records as a sequential, ordered stream; closing the stream closes this reader. A broken
   * record raises its {@link DataFileException} from the stream's terminal operation.
   *
   * @return the stream
   */
  public Stream<GroupYear> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Closes the reader and its stream; reading ends. */
  @Override
  public void close() {
    records.close();
  }
}
