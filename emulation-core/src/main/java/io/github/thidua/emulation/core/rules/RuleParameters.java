package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.Names;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameter values of a rule: an immutable, sorted map from names to JSON-like values. A value is a
 * {@link String} (NFC), a {@link BigDecimal} (exact; integers are accepted and converted, trailing zeros
 * stripped), a {@link Boolean}, a {@link List} of values or a {@link Map} from names to values. Floating-point
 * numbers are refused so that no value is ever inexact.
 *
 * <p>Which names and types a rule kind expects is declared by its {@link RuleKind}; a rule set is checked against
 * those declarations before any rule is applied, so the typed getters below only fail on programmer error.
 */
public final class RuleParameters {
  /** No parameters. */
  public static final RuleParameters EMPTY = new RuleParameters(Map.of());

  private final Map<String, Object> values;

  private RuleParameters(Map<String, ?> values) {
    TreeMap<String, Object> copy = new TreeMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"), normalise(k, v)));
    this.values = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Returns parameters holding the given values.
   *
   * @param values names to values of the allowed types
   * @return the parameters
   * @throws IllegalArgumentException if a value has a type that is not allowed, such as {@code double}
   */
  public static RuleParameters of(Map<String, ?> values) {
    return values.isEmpty() ? EMPTY : new RuleParameters(values);
  }

  /**
   * Returns parameters holding one value.
   *
   * @param name the parameter's name
   * @param value its value
   * @return the parameters
   */
  public static RuleParameters of(String name, Object value) {
    return new RuleParameters(Map.of(name, value));
  }

  private static Object normalise(String name, Object v) {
    Objects.requireNonNull(v, () -> "parameter '" + name + "' is null");
    if (v instanceof String s) {
      return Names.nfc(s);
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return normalise(name, BigDecimal.valueOf(((Number) v).longValue()));
    }
    if (v instanceof BigInteger i) {
      return normalise(name, new BigDecimal(i));
    }
    if (v instanceof Boolean) {
      return v;
    }
    if (v instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object e : list) {
        copy.add(normalise(name, e));
      }
      return Collections.unmodifiableList(copy);
    }
    if (v instanceof Map<?, ?> map) {
      TreeMap<String, Object> copy = new TreeMap<>();
      map.forEach((k, e) -> {
        checkArgument(k instanceof String, "parameter '%s' has a non-text key: %s", name, k);
        copy.put(Names.nfc((String) k), normalise(name, e));
      });
      return Collections.unmodifiableSortedMap(copy);
    }
    throw new IllegalArgumentException(
        "parameter '" + name + "' has a type that is not allowed (use String, BigDecimal, integer, Boolean, List or"
            + " Map): " + v.getClass().getName());
  }

  /**
   * Returns every parameter, sorted by name.
   *
   * @return the values
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Returns the parameter names.
   *
   * @return the names, sorted
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Tells whether a parameter is present.
   *
   * @param name the name
   * @return whether it is present
   */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * Returns a raw value.
   *
   * @param name the name
   * @return the value, if present
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns an integer parameter.
   *
   * @param name the name
   * @return the value
   * @throws IllegalStateException if absent or not an integer (a rule set that passed its check never is)
   */
  public int integer(String name) {
    return optionalInteger(name).orElseThrow(() -> missing(name));
  }

  /**
   * Returns an integer parameter if present.
   *
   * @param name the name
   * @return the value
   */
  public Optional<Integer> optionalInteger(String name) {
    return get(name).map(v -> {
      if (v instanceof BigDecimal d) {
        try {
          return d.intValueExact();
        } catch (ArithmeticException e) {
          throw wrongType(name, "integer");
        }
      }
      throw wrongType(name, "integer");
    });
  }

  /**
   * Returns a text parameter if present.
   *
   * @param name the name
   * @return the value
   */
  public Optional<String> optionalText(String name) {
    return get(name).map(v -> {
      if (v instanceof String s) {
        return s;
      }
      throw wrongType(name, "text");
    });
  }

  /**
   * Returns a boolean parameter if present.
   *
   * @param name the name
   * @return the value
   */
  public Optional<Boolean> optionalBoolean(String name) {
    return get(name).map(v -> {
      if (v instanceof Boolean b) {
        return b;
      }
      throw wrongType(name, "boolean");
    });
  }

  /**
   * Returns a list-of-text parameter, or an empty list if absent.
   *
   * @param name the name
   * @return the values
   */
  public List<String> textList(String name) {
    Object v = values.get(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw wrongType(name, "list of text");
  }

  /**
   * Returns a map-of-integers parameter, or an empty map if absent.
   *
   * @param name the name
   * @return the values
   */
  public Map<String, Integer> integerMap(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Map.of();
    }
    if (v instanceof Map<?, ?> map) {
      TreeMap<String, Integer> out = new TreeMap<>();
      map.forEach((k, e) -> {
        if (!(e instanceof BigDecimal d) || d.scale() > 0) {
          throw wrongType(name, "map of integers");
        }
        out.put((String) k, d.intValueExact());
      });
      return Collections.unmodifiableSortedMap(out);
    }
    throw wrongType(name, "map of integers");
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException("parameter '" + name + "' is missing; check the rule set before applying it");
  }

  private static IllegalStateException wrongType(String name, String type) {
    return new IllegalStateException("parameter '" + name + "' is not a " + type
        + "; check the rule set before applying it");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleParameters p && values.equals(p.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
