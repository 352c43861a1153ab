package io.github.thidua.emulation.core.awards;

/**
 * Whether an award is an emulation title or a form of commendation: the law keeps the two apart, and systems that
 * mixed them broke (MISA QLCB release R72.1).
 */
public enum AwardForm {
  /** An emulation title (danh hiệu thi đua), e.g. the provincial Emulation Flag, Excellent Labour Collective. */
  TITLE,
  /** A form of commendation (hình thức khen thưởng), e.g. the Chairman's Certificate of Merit. */
  COMMENDATION
}
