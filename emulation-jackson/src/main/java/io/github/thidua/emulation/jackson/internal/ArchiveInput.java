package io.github.thidua.emulation.jackson.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of an archive on their way to the parser. On the way it
 *
 * <ul>
 *   <li>checks that they are UTF-8 (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF, no stray
 *       continuation byte) and holds no NUL byte, which no JSON text contains raw (and which would let the parser
 *       guess UTF-16 or UTF-32);
 *   <li>keeps the bytes from a mark (the start of the current record) on, so that a problem found after the record
 *       was bound can be located by reading that record once more;
 *   <li>serves at most {@code budget} bytes past the mark, so a single record (or the gap before it) cannot grow
 *       memory beyond the per-record limit.
 * </ul>
 *
 * <p>A refused byte is reported when the parser asks for it, not before: the valid bytes ahead of it are served
 * first, so every record before it is read and delivered. The report is a {@link Refused} exception, which the
 * parser wraps; the reader turns it into a located {@code DataFileException}. Not thread-safe.
 */
final class ArchiveInput extends InputStream {

  /** Why a byte was refused. */
  enum Reason {
    /** Not UTF-8. */
    NOT_UTF8,
    /** A NUL byte. */
    NUL,
    /** More bytes past the mark than the budget. */
    TOO_LARGE
  }

  /** A refused byte: why, which, and where (offset from the start, 1-based line, 1-based column in bytes). */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    final Reason reason;
    final int value;
    final long offset;
    final int line;
    final int column;

    Refused(Reason reason, int value, long offset, int line, int column) {
      super(reason + " at offset " + offset);
      this.reason = reason;
      this.value = value;
      this.offset = offset;
      this.line = line;
      this.column = column;
    }
  }

  private final InputStream in;
  private final long budget;

  /** Bytes served so far: the offset of the next byte. */
  private long served;
  /** 1-based line of the next byte. */
  private int line = 1;
  /** Offset of the first byte of the current line. */
  private long lineStart;

  /** Continuation bytes still expected in the current sequence, and the allowed range of the next one. */
  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  /** The first byte of the current multi-byte sequence, its offset, line and column. */
  private int leadValue;
  private long leadOffset;
  private int leadLine;
  private int leadColumn;

  /** A refusal to raise at the parser's next read. */
  private Refused pending;

  /** The bytes served from {@link #windowStart} on. */
  private byte[] window = new byte[16 * 1024];
  private int windowLength;
  private long windowStart;

  /**
   * Wraps a stream.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param budget the most bytes served past the mark
   */
  ArchiveInput(InputStream in, long budget) {
    this.in = in;
    this.budget = budget;
  }

  /**
   * Forgets the bytes before an offset: the start of the record now read, or the end of the one just read.
   *
   * @param offset an offset between the current mark and the bytes served
   */
  void mark(long offset) {
    long from = Math.max(windowStart, Math.min(offset, served));
    int drop = (int) (from - windowStart);
    System.arraycopy(window, drop, window, 0, windowLength - drop);
    windowLength -= drop;
    windowStart = from;
    if (window.length > 1 << 20 && windowLength < window.length / 4) {
      window = Arrays.copyOf(window, Math.max(16 * 1024, windowLength * 2));
    }
  }

  /**
   * Returns the bytes served from an offset on (at or after the mark).
   *
   * @param offset the offset
   * @return a copy of the bytes
   */
  byte[] bytesFrom(long offset) {
    int from = (int) Math.max(0, Math.min(offset - windowStart, windowLength));
    return Arrays.copyOfRange(window, from, windowLength);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    long room = windowStart + budget - served;
    if (room <= 0) {
      throw pending = new Refused(Reason.TOO_LARGE, 0, served, line, column(served));
    }
    int n = in.read(b, off, (int) Math.min(len, room));
    if (n < 0) {
      if (need > 0) {
        throw pending = new Refused(Reason.NOT_UTF8, leadValue, leadOffset, leadLine, leadColumn);
      }
      return -1;
    }
    int valid = check(b, off, n);
    keep(b, off, valid);
    if (valid == 0 && pending != null) {
      throw pending;
    }
    return valid;
  }

  /** Checks bytes, counting lines; returns how many are valid, leaving a refusal pending at the first bad one. */
  private int check(byte[] b, int off, int n) {
    for (int i = 0; i < n; i++) {
      int v = b[off + i] & 0xFF;
      long at = served + i;
      if (need > 0) {
        if (v < low || v > high) {
          pending = new Refused(Reason.NOT_UTF8, leadValue, leadOffset, leadLine, leadColumn);
          return i;
        }
        need--;
        low = 0x80;
        high = 0xBF;
      } else if (v >= 0x80) {
        if (!lead(v, at)) {
          pending = new Refused(Reason.NOT_UTF8, v, at, line, column(at));
          return i;
        }
      } else if (v == 0) {
        pending = new Refused(Reason.NUL, 0, at, line, column(at));
        return i;
      } else if (v == '\n') {
        line++;
        lineStart = at + 1;
      }
    }
    return n;
  }

  /** Starts a multi-byte sequence (RFC 3629, table 3-7); false for a byte that cannot start one. */
  private boolean lead(int v, long at) {
    if (v >= 0xC2 && v <= 0xDF) {
      need = 1;
    } else if (v >= 0xE0 && v <= 0xEF) {
      need = 2;
      low = v == 0xE0 ? 0xA0 : 0x80;
      high = v == 0xED ? 0x9F : 0xBF;
    } else if (v >= 0xF0 && v <= 0xF4) {
      need = 3;
      low = v == 0xF0 ? 0x90 : 0x80;
      high = v == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    leadValue = v;
    leadOffset = at;
    leadLine = line;
    leadColumn = column(at);
    return true;
  }

  private int column(long offset) {
    return (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1);
  }

  private void keep(byte[] b, int off, int n) {
    if (windowLength + n > window.length) {
      window = Arrays.copyOf(window, Math.max(window.length * 2, windowLength + n));
    }
    System.arraycopy(b, off, window, windowLength, n);
    windowLength += n;
    served += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
