package io.github.thidua.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.rules.Citation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node of a scoring scale's tree: a criterion group (a top-level node), a criterion, or a sub-criterion. A leaf
 * has a {@link ScoringMethod}; a node with children has none and scores the sum of its children.
 *
 * @param code a stable code, unique in the scale, e.g. {@code 2.1}
 * @param text what is scored, in Vietnamese (and English)
 * @param max the maximum points (điểm chuẩn)
 * @param evidenceRequired whether an entry must cite evidence
 * @param citation the text that sets the criterion, if any
 * @param method how a leaf scores; empty for a node with children
 * @param children sub-criteria, in order
 */
public record Criterion(
    String code,
    LocalizedText text,
    BigDecimal max,
    boolean evidenceRequired,
    Optional<Citation> citation,
    Optional<ScoringMethod> method,
    List<Criterion> children) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  /**
   * Creates the value, checking its invariants.
   *
   * @param code a stable code, unique in the scale, e.g. {@code 2.1}
   * @param text what is scored, in Vietnamese (and English)
   * @param max the maximum points (điểm chuẩn)
   * @param evidenceRequired whether an entry must cite evidence
   * @param citation the text that sets the criterion, if any
   * @param method how a leaf scores; empty for a node with children
   * @param children sub-criteria, in order
   */
  public Criterion {
    checkArgument(code != null && CODE.matcher(code).matches(),
        "criterion code must be 1-32 ASCII letters, digits, '.', '_' or '-': '%s'", code);
    Objects.requireNonNull(text, "text");
    Numbers.requireInBounds(Objects.requireNonNull(max, "max"), "criterion " + code + "'s maximum");
    checkArgument(max.signum() >= 0, "criterion %s has a negative maximum", code);
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(method, "method");
    children = List.copyOf(children);
    checkArgument(children.isEmpty() == method.isPresent(),
        "criterion %s: a leaf needs a scoring method and a node with children has none", code);
  }

  /**
   * Returns a leaf criterion.
   *
   * @param code the code
   * @param text the Vietnamese text
   * @param max the maximum points
   * @param method how it scores
   * @return the criterion
   */
  public static Criterion leaf(String code, String text, String max, ScoringMethod method) {
    return new Criterion(code, LocalizedText.both(text), new BigDecimal(max), false, Optional.empty(),
        Optional.of(method), List.of());
  }

  /**
   * Returns a node that sums its children.
   *
   * @param code the code
   * @param text the Vietnamese text
   * @param max the maximum points
   * @param children the sub-criteria
   * @return the criterion
   */
  public static Criterion node(String code, String text, String max, Criterion... children) {
    return new Criterion(code, LocalizedText.both(text), new BigDecimal(max), false, Optional.empty(),
        Optional.empty(), List.of(children));
  }

  /**
   * Returns a copy that requires evidence.
   *
   * @return the copy
   */
  public Criterion requiringEvidence() {
    return new Criterion(code, text, max, true, citation, method, children);
  }

  /**
   * Returns a copy with a citation.
   *
   * @param source the citation
   * @return the copy
   */
  public Criterion citing(Citation source) {
    return new Criterion(code, text, max, evidenceRequired, Optional.of(source), method, children);
  }

  /**
   * Tells whether this is a leaf.
   *
   * @return whether it has no children
   */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /**
   * Returns this node and all below it, depth first.
   *
   * @return the nodes
   */
  public List<Criterion> flatten() {
    List<Criterion> all = new ArrayList<>();
    all.add(this);
    children.forEach(c -> all.addAll(c.flatten()));
    return all;
  }
}
