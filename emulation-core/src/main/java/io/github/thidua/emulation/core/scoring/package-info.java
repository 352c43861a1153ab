/**
 * Scoring: scales of criteria with maximum points, the closed set of scoring methods, bonus and deductions,
 * score sheets, aggregation of raters, and exact, explained results. This package is part of the public API of
 * the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.scoring;
