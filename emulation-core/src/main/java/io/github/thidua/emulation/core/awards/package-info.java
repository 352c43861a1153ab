/**
 * Awards: quotas per group (a fixed count or a percentage of a base, with declared rounding), percentage caps
 * such as "Government flags at most 20 % of a base", and the apportionment of a province-wide quota across
 * groups by Hamilton (largest remainder), D'Hondt or Sainte-Laguë, in exact arithmetic, with ties that need lots
 * reported rather than broken silently. This package is part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.awards;
