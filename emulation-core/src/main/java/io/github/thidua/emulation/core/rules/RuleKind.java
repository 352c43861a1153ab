package io.github.thidua.emulation.core.rules;

import io.github.thidua.emulation.core.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A kind of rule in the library's closed catalogue ({@link RuleKinds}): code that knows how to check or compute
 * one thing, whose values come from rule data. Adding a kind needs code; changing a value never does.
 *
 * @param id the kind's id, e.g. {@code group.min-members}
 * @param description what it checks, in Vietnamese and English
 * @param parameters the parameters it accepts
 * @param codes the violation codes it can report
 */
public record RuleKind(String id, LocalizedText description, List<ParameterSpec> parameters, List<String> codes) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param id the kind's id, e.g. {@code group.min-members}
   * @param description what it checks, in Vietnamese and English
   * @param parameters the parameters it accepts
   * @param codes the violation codes it can report
   */
  public RuleKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    codes = List.copyOf(codes);
  }
}
