package io.github.thidua.emulation.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A progress bar on standard error for long inputs: drawn in place with a carriage return, at most a few times a
 * second, and erased at the end. Never on standard output; off when output does not go to a terminal, unless asked.
 */
final class Progress {
  /** When to draw. */
  enum Mode {
    /** Only when standard output is a terminal. */
    auto,
    /** Always (for tests and logs that want it). */
    always,
    /** Never. */
    never
  }

  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long total;
  private final boolean on;
  private long last = Long.MIN_VALUE;
  private boolean drawn;

  Progress(PrintWriter err, long total, Mode mode) {
    this.err = err;
    this.total = total;
    this.on = mode == Mode.always || (mode == Mode.auto && System.console() != null);
  }

  /** A stream that reports how many bytes were read through it. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }

  /** Redraws the bar if it is on and enough time has passed. */
  void update(long done, int records) {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    drawn = true;
    int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    int filled = percent * WIDTH / 100;
    err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% · " + records + " ");
    err.flush();
  }

  /** Erases the bar. */
  void finish() {
    if (on && drawn) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
    }
  }
}
