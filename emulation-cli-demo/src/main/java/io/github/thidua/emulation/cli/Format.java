package io.github.thidua.emulation.cli;

/** Output formats. */
enum Format {
  /** Aligned text for people. */
  table,
  /** JSON, deterministic: the same input gives the same bytes. */
  json,
  /** CSV rows (RFC 4180); written to a file with a byte-order mark so Excel reads Vietnamese correctly. */
  csv
}
