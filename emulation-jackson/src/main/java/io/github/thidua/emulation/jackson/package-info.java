/**
 * Reading and writing the emulation library's documents with Jackson 3: rule sets, provinces and results, and
 * score sheets as JSON or CSV. This package is part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.jackson;
