package io.github.thidua.emulation.core.awards;

/** Why a seat of an apportionment went to a group. */
public enum SeatReason {
  /** Hamilton: a seat of the whole part of the group's quota. */
  WHOLE_QUOTA,
  /** Hamilton: a seat left over after the whole parts, given to one of the largest remainders. */
  LARGEST_REMAINDER,
  /** D'Hondt or Sainte-Laguë: the group had the highest quotient when the seat was awarded. */
  HIGHEST_QUOTIENT,
  /** The method left a tie, and the order drawn by lots (supplied by the caller) gave the seat. */
  LOTS
}
