/**
 * The emulation year as one call: {@link io.github.thidua.emulation.core.year.EmulationYear} runs a province's (or
 * one group's) year end to end, from the rule book's check to the provincial council's review, with one report in
 * which each finding appears once, with the stage that found it.
 */
package io.github.thidua.emulation.core.year;
