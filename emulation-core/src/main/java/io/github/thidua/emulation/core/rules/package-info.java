/**
 * Rule sets as data: layers (national, province, organiser, group) of rules, each with a kind from the library's
 * catalogue, parameters, a scope, validity dates and a legal citation; and their resolution into the rules in
 * force. This package is part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.rules;
