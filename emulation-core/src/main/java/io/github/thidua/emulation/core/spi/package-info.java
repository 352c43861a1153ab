/**
 * Service-provider interfaces: how format modules plug rule-set reading into the core. This package is part of
 * the public SPI of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.spi;
