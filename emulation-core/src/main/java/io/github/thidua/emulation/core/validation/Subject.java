package io.github.thidua.emulation.core.validation;

import io.github.thidua.emulation.core.Names;
import java.util.Comparator;
import java.util.Objects;

/**
 * The thing a violation is about: its type, its id and a name to show (the name is the id when the thing is
 * unknown, as for a member id that names no unit).
 *
 * @param type what it is
 * @param id its id
 * @param name its display name, NFC
 */
public record Subject(SubjectType type, String id, String name) implements Comparable<Subject> {
  private static final Comparator<Subject> ORDER = Comparator.comparing(Subject::type)
      .thenComparing(Subject::id).thenComparing(Subject::name);

  /**
   * Creates the value, checking its invariants.
   *
   * @param type what it is
   * @param id its id
   * @param name its display name, NFC
   */
  public Subject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    name = Names.nfc(Objects.requireNonNull(name, "name"));
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }
}
