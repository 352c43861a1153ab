package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.LocalizedText;

/** A mistake in how the command was called (an unknown group, a format a command cannot give): exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LocalizedText text;

  UsageException(String vi, String en) {
    super(en);
    this.text = new LocalizedText(vi, en);
  }

  String message(Lang lang) {
    return text.in(lang.locale());
  }
}
