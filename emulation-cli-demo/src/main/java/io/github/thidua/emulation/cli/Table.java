package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table aligned by what the eye sees: widths count code points of NFC text (Vietnamese letters with their
 * marks are one character each), numbers right-aligned.
 */
final class Table {
  private static final int RULE_CAP = 40;

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Starts a table; a header starting with {@code >} is right-aligned (the {@code >} is not shown).
   *
   * @param headers the column headers
   */
  Table(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(Names.nfc(String.valueOf(c)).replace('\n', ' '));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The table as lines, each indented by {@code indent}, ending with a newline. */
  String render(String indent) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(headers.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, indent, headers, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      // a long last column (a reason, a message) runs on; its rule stays short
      int len = i == w.length - 1 ? Math.min(w[i], Math.max(RULE_CAP, width(headers.get(i)))) : w[i];
      rule.append(i == 0 ? "" : "  ").append("-".repeat(len));
    }
    s.append(indent).append(rule).append('\n');
    for (List<String> r : rows) {
      line(s, indent, r, w);
    }
    return s.toString();
  }

  private void line(StringBuilder s, String indent, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + (i == w.length - 1 ? "" : pad));
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }
}
