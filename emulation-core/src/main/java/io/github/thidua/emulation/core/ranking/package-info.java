/**
 * Ranking the members of a group by final score, with a ranking convention and an ordered tie-break chain from the
 * rule set; ties the chain cannot break stay ties until lots or a council decision are fed back in. This package is
 * part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.ranking;
