package io.github.thidua.emulation.core.scoring;

/** Where a scale rounds: the only place, besides the total, where a score loses exactness. */
public enum RoundingPoint {
  /** Each leaf criterion's points are rounded, then summed. */
  CRITERION,
  /** Each criterion group's subtotal (a top-level node) is rounded, then summed. */
  GROUP,
  /** Only the final total is rounded. */
  TOTAL
}
