package io.github.thidua.emulation.core.voting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.UnitId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One anonymous approval ballot (phiếu bầu) of an honouring vote. It carries no voter identity: each candidate is
 * either approved (đồng ý, tán thành) or not. A ballot that approves nobody is a blank ballot; an abstention
 * (không biểu quyết) is marked as such and approves nobody.
 *
 * <p>The ballot is kept as given, so that the tally can report it: an abstention that also approves candidates,
 * or a ballot that approves a unit that is not a candidate, is built without complaint and then reported as
 * invalid and left out of the count.
 *
 * @param voterToken an opaque token used only to detect a member voting twice (two ballots with the same token
 *     count once); it must not identify the voter. Empty for a fully anonymous ballot
 * @param approved the candidate unit ids the voter approves, sorted by id; empty for a blank ballot or an
 *     abstention
 * @param abstain whether the ballot is an abstention; a valid abstention approves nobody
 */
public record Ballot(Optional<String> voterToken, Set<UnitId> approved, boolean abstain) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param voterToken an opaque token used only to detect a member voting twice (two ballots with the same token
   *     count once); it must not identify the voter. Empty for a fully anonymous ballot
   * @param approved the candidate unit ids the voter approves, sorted by id; empty for a blank ballot or an
   *     abstention
   * @param abstain whether the ballot is an abstention; a valid abstention approves nobody
   */
  public Ballot {
    voterToken = Objects.requireNonNull(voterToken, "voterToken").map(String::strip);
    voterToken.ifPresent(t -> checkArgument(!t.isEmpty(), "a voter token is not blank"));
    approved = Collections.unmodifiableSortedSet(new TreeSet<>(approved));
  }

  /**
   * Returns an anonymous ballot approving the given candidates.
   *
   * @param units the approved candidates' unit ids; none for a blank ballot
   * @return the ballot
   */
  public static Ballot approving(String... units) {
    return approving(Arrays.stream(units).map(UnitId::of).toList());
  }

  /**
   * Returns an anonymous ballot approving the given candidates.
   *
   * @param units the approved candidates; none for a blank ballot
   * @return the ballot
   */
  public static Ballot approving(Collection<UnitId> units) {
    return new Ballot(Optional.empty(), new TreeSet<>(units), false);
  }

  /**
   * Returns an anonymous blank ballot: it approves nobody.
   *
   * @return the ballot
   */
  public static Ballot blank() {
    return new Ballot(Optional.empty(), Set.of(), false);
  }

  /**
   * Returns an anonymous abstention.
   *
   * @return the ballot
   */
  public static Ballot abstention() {
    return new Ballot(Optional.empty(), Set.of(), true);
  }

  /**
   * Returns a copy carrying a voter token.
   *
   * @param token the opaque token, not blank
   * @return the copy
   */
  public Ballot withToken(String token) {
    return new Ballot(Optional.of(token), approved, abstain);
  }

  /**
   * Tells whether this is a blank ballot: not an abstention, and approving nobody.
   *
   * @return whether it is blank
   */
  public boolean isBlank() {
    return !abstain && approved.isEmpty();
  }

  /**
   * Returns a text form that depends only on the ballot's content, never on where it was in a list: the token if
   * any, then {@code abstain} or the approved ids. Reports and traces name ballots by it.
   *
   * @return the description, e.g. {@code [t-17] approves dv-1, dv-3} or {@code blank}
   */
  public String describe() {
    String content = abstain ? "abstain" : "";
    if (!approved.isEmpty()) {
      content += (content.isEmpty() ? "" : " ") + "approves "
          + approved.stream().map(UnitId::value).collect(Collectors.joining(", "));
    }
    if (content.isEmpty()) {
      content = "blank";
    }
    return voterToken.map(t -> "[" + t + "] ").orElse("") + content;
  }
}
