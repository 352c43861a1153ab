package io.github.thidua.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Shared checks for identifiers. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private Ids() {}

  static String code(String kind, String value) {
    checkArgument(value != null, "%s code is null", kind);
    checkArgument(CODE.matcher(value).matches(),
        "%s code must be 1-64 upper-case ASCII letters, digits or '_', starting with a letter: '%s'", kind, value);
    return value;
  }

  static String check(String kind, String value) {
    checkArgument(value != null, "%s id is null", kind);
    checkArgument(ID.matcher(value).matches(),
        "%s id must be 1-128 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit: '%s'",
        kind, value);
    return value;
  }
}
