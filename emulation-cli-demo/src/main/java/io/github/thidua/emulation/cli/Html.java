package io.github.thidua.emulation.cli;

import java.util.Set;

/**
 * A small writer of HTML that is also well-formed XML (XHTML syntax): every text and attribute value is escaped,
 * void elements are self-closed, and only the five XML entities are used, so the output parses with an XML parser
 * as well as in a browser. Block elements end their line, so the file reads well in an editor and diffs cleanly.
 */
final class Html {
  /** Elements after which a line ends. */
  private static final Set<String> BLOCKS = Set.of("html", "head", "body", "header", "nav", "main", "section",
      "footer", "h1", "h2", "h3", "h4", "p", "div", "table", "thead", "tbody", "tr", "ol", "ul", "li", "dl", "dt",
      "dd", "style", "title", "meta", "svg", "g", "text", "rect", "line");
  /** Elements whose content starts on a new line. */
  private static final Set<String> CONTAINERS = Set.of("html", "head", "body", "header", "nav", "main", "section",
      "footer", "table", "thead", "tbody", "ol", "ul", "dl", "svg", "g");

  private final StringBuilder out = new StringBuilder();

  /**
   * Escapes text for element content and attribute values: {@code & < > " '}; control characters that XML does
   * not allow become U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
            ? '\uFFFD' : c);
      }
    }
    return s.toString();
  }

  /**
   * Opens an element.
   *
   * @param tag the tag
   * @param attributes name, value pairs; the values are escaped
   * @return this writer
   */
  Html open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    if (CONTAINERS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Closes an element.
   *
   * @param tag the tag
   * @return this writer
   */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Writes an element with text content.
   *
   * @param tag the tag
   * @param text the text, escaped
   * @param attributes name, value pairs
   * @return this writer
   */
  Html element(String tag, String text, String... attributes) {
    start(tag, attributes);
    out.append('>').append(escape(text));
    return close(tag);
  }

  /**
   * Writes a self-closed element, such as {@code <meta/>} or {@code <rect/>}.
   *
   * @param tag the tag
   * @param attributes name, value pairs
   * @return this writer
   */
  Html empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append("/>");
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Writes text.
   *
   * @param text the text, escaped
   * @return this writer
   */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Writes markup as it is; only for constant markup of this package, never for data.
   *
   * @param markup the markup
   * @return this writer
   */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
