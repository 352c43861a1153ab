package io.github.thidua.emulation.core.rules;

/** The types a rule parameter can declare. */
public enum ParameterType {
  /** A whole number of zero or more. */
  COUNT,
  /** An exact decimal of zero or more. */
  DECIMAL,
  /** A text. */
  TEXT,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A list of texts. */
  TEXT_LIST,
  /** A map from texts (codes or ids) to counts. */
  COUNT_MAP,
  /** A list of group kinds: {@code CLUSTER}, {@code BLOC}. */
  GROUP_KINDS,
  /** A list of lifecycle statuses, such as {@code DISSOLVED}. */
  STATUSES,
  /** A list of scorer roles, such as {@code COUNCIL}, {@code HEAD}, {@code SELF}. */
  ROLES,
  /** A severity: {@code ERROR}, {@code WARNING} or {@code INFO}. */
  SEVERITY,
  /** One of the texts the parameter lists as its choices. */
  CHOICE
}
