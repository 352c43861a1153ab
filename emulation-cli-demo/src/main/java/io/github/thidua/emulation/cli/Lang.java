package io.github.thidua.emulation.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The output language and its labels. */
enum Lang {
  /** Vietnamese, the default. */
  vi,
  /** English. */
  en;

  Locale locale() {
    return Locale.forLanguageTag(name());
  }

  String label(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("io.github.thidua.emulation.cli.labels",
        this == vi ? locale() : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale()).format(args);
  }

  /** Picks the text of this language. */
  String t(String vi, String en) {
    return this == Lang.vi ? vi : en;
  }

  /** A localized text in this language. */
  String t(io.github.thidua.emulation.core.LocalizedText text) {
    return text.in(locale());
  }
}
