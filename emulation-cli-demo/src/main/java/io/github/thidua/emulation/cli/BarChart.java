package io.github.thidua.emulation.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline SVG horizontal bar chart: one row per bar, its label above it, bars from 0 to an axis maximum, a
 * vertical grid at round steps of the axis. The drawing scales to the page width ({@code viewBox}); coordinates are
 * computed in exact decimals, so the same bars give the same bytes on every machine.
 */
final class BarChart {
  /**
   * One bar.
   *
   * @param label the text above the bar
   * @param value its length on the axis
   * @param highlighted drawn in the highlight colour (an unresolved tie)
   */
  record Bar(String label, BigDecimal value, boolean highlighted) {}

  private static final int WIDTH = 400;
  private static final int LEFT = 16;
  private static final int PLOT = 368;
  private static final int TOP = 8;
  private static final int ROW = 36;
  private static final int LABEL_CHARS = 52;

  private BarChart() {}

  /**
   * Draws the chart into {@code html}.
   *
   * @param html the writer
   * @param title the accessible title, also the chart's {@code aria-label}
   * @param max the axis maximum, positive
   * @param bars the bars, top to bottom
   */
  static void draw(Html html, String title, BigDecimal max, List<Bar> bars) {
    if (max.signum() <= 0) {
      throw new IllegalArgumentException("the axis maximum must be positive: " + max);
    }
    int axis = TOP + bars.size() * ROW + 4;
    int height = axis + 24;
    html.open("svg", "class", "chart", "role", "img", "aria-label", title,
        "viewBox", "0 0 " + WIDTH + " " + height, "width", String.valueOf(WIDTH), "height", String.valueOf(height),
        "font-size", "13", "font-family", "system-ui, sans-serif");
    html.element("title", title);
    BigDecimal step = step(max);
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal v = BigDecimal.ZERO; v.compareTo(max) <= 0; v = v.add(step)) {
      ticks.add(v);
    }
    html.open("g", "class", "grid", "stroke", "#cbd5e0", "stroke-width", "1");
    for (BigDecimal v : ticks) {
      String x = x(v, max);
      html.empty("line", "x1", x, "y1", String.valueOf(TOP), "x2", x, "y2", String.valueOf(axis));
    }
    String end = x(max, max);
    html.empty("line", "x1", end, "y1", String.valueOf(TOP), "x2", end, "y2", String.valueOf(axis));
    html.close("g");
    html.open("g", "class", "ticks", "fill", "#4a5568", "text-anchor", "middle");
    for (BigDecimal v : ticks) {
      html.element("text", v.stripTrailingZeros().toPlainString(), "x", x(v, max), "y", String.valueOf(axis + 16));
    }
    html.close("g");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW;
      html.open("g", "class", bar.highlighted() ? "bar tie" : "bar");
      html.element("title", bar.label());
      html.element("text", shorten(bar.label()), "x", String.valueOf(LEFT), "y", String.valueOf(y + 13),
          "fill", "#1a202c");
      html.empty("rect", "x", String.valueOf(LEFT), "y", String.valueOf(y + 18), "width", length(bar.value(), max),
          "height", "12", "fill", bar.highlighted() ? "#dd6b20" : "#2b6cb0");
      html.close("g");
    }
    html.close("svg");
  }

  /** A round step for the grid: 1, 2, 2.5 or 5 times a power of ten, giving four to eight steps to the maximum. */
  static BigDecimal step(BigDecimal max) {
    BigDecimal raw = max.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64);
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
    BigDecimal step = power;
    for (String m : new String[] {"2", "2.5", "5"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(m));
      if (candidate.compareTo(raw) <= 0) {
        step = candidate;
      }
    }
    return step;
  }

  private static String x(BigDecimal value, BigDecimal max) {
    return new BigDecimal(LEFT).add(new BigDecimal(length(value, max))).toPlainString();
  }

  /** The bar's length in drawing units, one decimal, clamped to the plot. */
  static String length(BigDecimal value, BigDecimal max) {
    BigDecimal clamped = value.max(BigDecimal.ZERO).min(max);
    return clamped.multiply(BigDecimal.valueOf(PLOT)).divide(max, 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** Shortens a long label in its name, keeping what follows the last " — " (the total) whole. */
  static String shorten(String label) {
    int n = label.codePointCount(0, label.length());
    if (n <= LABEL_CHARS) {
      return label;
    }
    int dash = label.lastIndexOf(" — ");
    String tail = dash < 0 ? "" : label.substring(dash);
    String head = dash < 0 ? label : label.substring(0, dash);
    int keep = Math.max(1, LABEL_CHARS - 1 - tail.codePointCount(0, tail.length()));
    return head.substring(0, head.offsetByCodePoints(0, Math.min(keep, head.codePointCount(0, head.length()))))
        .stripTrailing() + "…" + tail;
  }
}
