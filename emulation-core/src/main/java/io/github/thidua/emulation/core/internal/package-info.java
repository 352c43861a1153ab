/** Implementation of the core: rule-kind checks, messages, loading. Not part of the API; not exported. */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.internal;
