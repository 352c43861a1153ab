/**
 * Explanation traces of results: every step with the rule behind it. This package is part of the public API of
 * the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.audit;
