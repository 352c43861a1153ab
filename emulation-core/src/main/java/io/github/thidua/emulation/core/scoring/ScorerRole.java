package io.github.thidua.emulation.core.scoring;

/** Who filled a score sheet in. */
public enum ScorerRole {
  /** The unit itself (tự chấm). */
  SELF,
  /** The group's head, verifying (thẩm định). */
  HEAD,
  /** Another member unit, cross-scoring (chấm chéo). */
  PEER,
  /** The emulation council or its secretariat (Hội đồng, Ban Thi đua - Khen thưởng). */
  COUNCIL
}
