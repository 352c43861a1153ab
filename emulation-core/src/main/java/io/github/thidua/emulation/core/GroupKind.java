package io.github.thidua.emulation.core;

/** The two kinds of emulation group. */
public enum GroupKind {
  /** Cluster (cụm thi đua): units alike in geography or socio-economics, or divisions inside one organiser. */
  CLUSTER,
  /** Bloc (khối thi đua): units alike in functions and tasks. */
  BLOC
}
