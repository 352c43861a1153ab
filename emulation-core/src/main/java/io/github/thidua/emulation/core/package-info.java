/**
 * The organisation model of Vietnamese emulation work (thi đua): units, organisers, emulation groups (clusters
 * and blocs) and the province that holds them, with the {@link io.github.thidua.emulation.core.Emulation} facade.
 * This package is part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core;
