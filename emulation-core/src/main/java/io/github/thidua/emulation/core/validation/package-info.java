/**
 * Validation results: violations with stable codes, subjects, observed values and limits, the rule and citation
 * behind them and messages in Vietnamese and English. This package is part of the public API of the emulation
 * library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.validation;
