package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One parameter a rule kind accepts.
 *
 * @param name the parameter's name in rule data
 * @param type its type
 * @param required whether a rule must give it
 * @param choices for {@link ParameterType#CHOICE}, the allowed texts; otherwise empty
 * @param description what it means, in Vietnamese and English
 */
public record ParameterSpec(
    String name, ParameterType type, boolean required, List<String> choices, LocalizedText description) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param name the parameter's name in rule data
   * @param type its type
   * @param required whether a rule must give it
   * @param choices for {@link ParameterType#CHOICE}, the allowed texts; otherwise empty
   * @param description what it means, in Vietnamese and English
   */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
    Objects.requireNonNull(description, "description");
  }
}
