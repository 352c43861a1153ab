package io.github.thidua.emulation.core;

/** Where a unit stands in its life: the closed set of states a reorganisation can put it in. */
public enum LifecycleStatus {
  /** Operating normally (đang hoạt động). */
  ACTIVE,
  /** Being merged into another unit (đang sáp nhập). */
  MERGING,
  /** Being dissolved (đang giải thể). */
  DISSOLVING,
  /** Merged into another unit; no longer exists on its own (đã sáp nhập). */
  MERGED,
  /** Dissolved (đã giải thể). */
  DISSOLVED
}
