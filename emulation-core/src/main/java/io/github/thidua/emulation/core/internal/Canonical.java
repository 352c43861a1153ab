package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.rules.RuleParameters;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text form of fingerprints ({@link CanonicalForm#TEXT}, the first form): a canonical text of values: records
 * by component, collections and maps sorted (so input order never matters; an ordered result such as a ranking
 * keeps its order through its positions), rule parameters with their lists in order (a tie-break chain means its
 * order), numbers without trailing zeros, strings quoted. Stable across runs and machines.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * Returns the fingerprint of some values in a canonical form.
   *
   * @param form the form: {@link CanonicalForm#COMPACT} (see {@code Compact}) or {@link CanonicalForm#TEXT} (this
   *     class)
   * @param parts the values, e.g. the inputs, the resolved rules and the outputs
   * @return the fingerprint
   */
  public static Fingerprint fingerprint(CanonicalForm form, Object... parts) {
    return form == CanonicalForm.COMPACT ? Compact.fingerprint(parts) : fingerprint(parts);
  }

  /**
   * Returns the SHA-256 fingerprint of the canonical text of some values (the text form).
   *
   * @param parts the values, e.g. the inputs, the resolved rules and the outputs
   * @return the fingerprint
   */
  public static Fingerprint fingerprint(Object... parts) {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      text.append(text(part)).append('\n');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return new Fingerprint("SHA-256", HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the canonical text of a value.
   *
   * @param value any value of the library's model
   * @return the text
   */
  public static String text(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> "?" + text(v)).orElse("?none");
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Canonical::text).sorted().collect(Collectors.joining(",", "[", "]"));
    }
    if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> text(e.getKey()) + "=" + text(e.getValue())).sorted()
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof RuleParameters p) {
      return parameters(p.asMap());
    }
    if (value instanceof Province p) {
      return "Province(" + text(p.id()) + "," + text(p.name()) + "," + p.year() + "," + p.referenceDate() + ","
          + text(p.units()) + "," + text(p.organisers()) + "," + text(p.groups()) + ")";
    }
    if (value.getClass().isRecord()) {
      Shape shape = SHAPES.get(value.getClass());
      StringBuilder s = new StringBuilder(shape.name()).append('(');
      for (int i = 0; i < shape.names().length; i++) {
        if (i > 0) {
          s.append(',');
        }
        s.append(shape.names()[i]).append('=').append(text(get(shape.accessors()[i], value)));
      }
      return s.append(')').toString();
    }
    return value.toString();
  }

  /** Rule parameters keep their lists in order: a tie-break chain or a role chain means its order. */
  private static String parameters(Object value) {
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(Canonical::parameters).collect(Collectors.joining(",", "[", "]"));
    }
    if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> text(e.getKey()) + "=" + parameters(e.getValue())).sorted()
          .collect(Collectors.joining(",", "{", "}"));
    }
    return text(value);
  }

  /** A record class's name and components, looked up once per class: fingerprints walk many records. */
  private record Shape(String name, String[] names, Method[] accessors) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      String[] names = new String[components.length];
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName();
        accessors[i] = components[i].getAccessor();
      }
      return new Shape(type.getSimpleName(), names, accessors);
    }
  };

  private static Object get(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }
}
