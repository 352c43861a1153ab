package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Names;
import java.util.List;

/** CSV rows as RFC 4180 describes them: fields quoted when they hold a comma, quote or line break; CRLF. */
final class Csv {
  private final StringBuilder text = new StringBuilder();

  Csv(String... headers) {
    row((Object[]) headers);
  }

  Csv row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      String c = Names.nfc(String.valueOf(cells[i]));
      text.append(i == 0 ? "" : ",");
      text.append(c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    text.append("\r\n");
    return this;
  }

  /** One row on its own, for output written as it is computed. */
  static String line(Object... cells) {
    Csv c = new Csv();
    c.row(cells);
    return c.toString();
  }

  private Csv() {}

  static String join(List<?> values) {
    return String.join(";", values.stream().map(String::valueOf).toList());
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
