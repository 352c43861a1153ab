/** Wire records, conversion and the strict mapper of emulation-jackson. Not part of the API; not exported. */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.jackson.internal;
