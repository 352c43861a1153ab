package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.LifecycleStatus;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AllocationCodes;
import io.github.thidua.emulation.core.awards.AwardCodes;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.voting.VotePurpose;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The eligibility rule kinds ({@code award.eligibility.*}), each read once from its rule into a typed value that
 * evaluates itself for one unit, award and year.
 */
sealed interface Eligibility {

  /** The codes of the awards the rule concerns. */
  List<String> awards();

  /** The rule it was read from. */
  RuleReference rule();

  /**
   * Why the candidate may not receive the award under this rule, or empty if it may.
   *
   * @param c the candidate
   * @return the bar's code, observed value and limit
   */
  Optional<Breach> check(Candidate c);

  /** Whether this rule is about leadership of the group (rather than the unit's own standing). */
  default boolean isAboutLeadership() {
    return false;
  }

  /**
   * What one eligibility check sees of a unit.
   *
   * @param unit the unit
   * @param facts its facts for the year
   * @param status its status on the reference date
   * @param group the group whose award is considered
   * @param organiser the group's organiser, if the data has it
   * @param leader the unit that counts as the group's leading unit for this award, if any
   * @param leaderName that unit's name, if the data has it
   * @param elected the units each deciding vote of the group's year elected, by purpose (no key: no vote held)
   */
  record Candidate(Unit unit, YearFacts facts, LifecycleStatus status, EmulationGroup group,
      Optional<Organiser> organiser, Optional<UnitId> leader, Optional<String> leaderName,
      Map<VotePurpose, Set<UnitId>> elected) {}

  /**
   * A bar: its code, what was observed and what the rule requires.
   *
   * @param code the violation code
   * @param observed the observed value
   * @param limit what the rule requires
   */
  record Breach(String code, Value observed, Value limit) {}

  /** The leading unit's name for messages, or a phrase if the group has none yet. */
  private static Value leader(Candidate c) {
    return c.leader().map(l -> Value.of(c.leaderName().orElse(l.value()))).orElse(Value.phrase("group-leader"));
  }

  /** Reads a rule of one of the eligibility kinds. */
  static Eligibility read(ResolvedRule rule) {
    RuleParameters p = rule.rule().params();
    RuleReference ref = RuleReference.of(rule);
    List<String> awards = p.textList("awards");
    return switch (rule.rule().kind()) {
      case NotDivisionLevel.KIND -> new NotDivisionLevel(awards, ref);
      case NoPending.KIND -> new NoPending(awards, ref);
      case RequiresTitle.KIND -> new RequiresTitle(awards, p.optionalText("title").orElseThrow(), ref);
      case LeaderOnly.KIND -> new LeaderOnly(awards, ref);
      case ActiveOnly.KIND -> new ActiveOnly(awards, p.has("statuses") ? Set.copyOf(p.textList("statuses"))
          : Set.of(LifecycleStatus.MERGING.name(), LifecycleStatus.DISSOLVING.name(), LifecycleStatus.MERGED.name(),
              LifecycleStatus.DISSOLVED.name()), ref);
      case ProvincialSystem.KIND -> new ProvincialSystem(awards, Set.copyOf(p.textList("organiserKinds")),
          Set.copyOf(p.textList("organisers")), Fallback.fromWireName(p.optionalText("fallback").orElse("none")),
          ref);
      case Voted.KIND -> new Voted(awards, VotePurpose.valueOf(p.optionalText("purpose").orElseThrow()), ref);
      default -> throw new IllegalArgumentException("not an eligibility kind: " + rule.rule().kind());
    };
  }

  /**
   * {@code award.eligibility.voted}: only the units the group's deciding vote of {@code purpose} elected (every
   * passing candidate of a {@code CERTIFICATE} vote, the winner of the others); nobody if no such vote was held.
   */
  record Voted(List<String> awards, VotePurpose purpose, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.voted";

    @Override
    public Optional<Breach> check(Candidate c) {
      Set<UnitId> elected = c.elected().get(purpose);
      if (elected == null) {
        return Optional.of(new Breach(AllocationCodes.NOT_VOTED, Value.phrase("no-vote-of", purpose.name()),
            Value.phrase("elected-by-vote", purpose.name())));
      }
      return elected.contains(c.unit().id()) ? Optional.empty()
          : Optional.of(new Breach(AllocationCodes.NOT_VOTED, Value.of(c.unit().name()),
              Value.phrase("elected-by-vote", purpose.name())));
    }
  }

  /** {@code award.eligibility.not-division-level}: no award of the listed types for division-level units. */
  record NotDivisionLevel(List<String> awards, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.not-division-level";

    @Override
    public Optional<Breach> check(Candidate c) {
      return c.unit().divisionLevel()
          ? Optional.of(new Breach(AwardCodes.INELIGIBLE_DIVISION_LEVEL, Value.of(c.unit().name()), Value.NONE))
          : Optional.empty();
    }
  }

  /** {@code award.eligibility.no-pending}: no award while discipline or an investigation is pending. */
  record NoPending(List<String> awards, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.no-pending";

    @Override
    public Optional<Breach> check(Candidate c) {
      if (c.facts().disciplinePending()) {
        return Optional.of(new Breach(AllocationCodes.INELIGIBLE_PENDING, Value.phrase("discipline-pending"), Value.NONE));
      }
      return c.facts().investigationPending()
          ? Optional.of(new Breach(AllocationCodes.INELIGIBLE_PENDING, Value.phrase("investigation-pending"), Value.NONE))
          : Optional.empty();
    }
  }

  /** {@code award.eligibility.requires-title}: the unit holds a prerequisite title that year. */
  record RequiresTitle(List<String> awards, String title, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.requires-title";

    @Override
    public Optional<Breach> check(Candidate c) {
      return c.facts().titles().contains(title) ? Optional.empty()
          : Optional.of(new Breach(AllocationCodes.PREREQUISITE_MISSING, c.facts().titles().isEmpty()
              ? Value.phrase("none") : Value.of(c.facts().titles().stream().sorted().toList()), Value.of(title)));
    }
  }

  /** {@code award.eligibility.leader-only}: only the group's leading unit. */
  record LeaderOnly(List<String> awards, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.leader-only";

    @Override
    public Optional<Breach> check(Candidate c) {
      return c.leader().filter(c.unit().id()::equals).isPresent() ? Optional.empty()
          : Optional.of(new Breach(AllocationCodes.NOT_LEADER, Value.of(c.unit().name()), leader(c)));
    }

    @Override
    public boolean isAboutLeadership() {
      return true;
    }
  }

  /** {@code award.eligibility.active}: no award for units being or having been merged or dissolved. */
  record ActiveOnly(List<String> awards, Set<String> statuses, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.active";

    @Override
    public Optional<Breach> check(Candidate c) {
      return statuses.contains(c.status().name())
          ? Optional.of(new Breach(AllocationCodes.INELIGIBLE_INACTIVE, Value.of(c.status().name()), Value.NONE))
          : Optional.empty();
    }
  }

  /** What happens when the leading unit of a group of the provincial system is not eligible itself. */
  enum Fallback {
    /** The award stays ungranted, with the reason. */
    NONE("none"),
    /** The award waits for a new honouring vote without the ineligible unit (its ballots: the next round). */
    NEW_VOTE("new-vote"),
    /** The award goes to the best-ranked eligible unit after the leading unit. */
    NEXT_ELIGIBLE("next-eligible");

    private final String wire;

    Fallback(String wire) {
      this.wire = wire;
    }

    String wireName() {
      return wire;
    }

    static Fallback fromWireName(String name) {
      for (Fallback f : values()) {
        if (f.wire.equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown fallback " + name);
    }
  }

  /**
   * {@code award.eligibility.provincial-system}: only for the leading unit of a cluster or bloc of the provincial
   * system, that is a group whose organiser is of one of {@code organiserKinds} or is one of {@code organisers}
   * (every group if both are empty); when the leading unit is not eligible itself, {@code fallback} says what
   * follows.
   */
  record ProvincialSystem(List<String> awards, Set<String> organiserKinds, Set<String> organisers,
      Fallback fallback, RuleReference rule) implements Eligibility {
    static final String KIND = "award.eligibility.provincial-system";

    /** Whether a group belongs to the provincial system. */
    boolean includes(EmulationGroup group, Optional<Organiser> organiser) {
      if (organiserKinds.isEmpty() && organisers.isEmpty()) {
        return true;
      }
      return organisers.contains(group.organiser().value())
          || organiser.filter(o -> organiserKinds.contains(o.kind().code())).isPresent();
    }

    @Override
    public Optional<Breach> check(Candidate c) {
      if (!includes(c.group(), c.organiser())) {
        return Optional.of(new Breach(AllocationCodes.OUTSIDE_SYSTEM, Value.of(c.group().name()),
            Value.of(systemText())));
      }
      return c.leader().filter(c.unit().id()::equals).isPresent() ? Optional.empty()
          : Optional.of(new Breach(AllocationCodes.NOT_LEADER, Value.of(c.unit().name()), leader(c)));
    }

    /** The system's definition, for messages. */
    String systemText() {
      List<String> parts = new java.util.ArrayList<>();
      organiserKinds.stream().sorted().forEach(parts::add);
      organisers.stream().sorted().forEach(parts::add);
      return String.join(", ", parts);
    }

    @Override
    public boolean isAboutLeadership() {
      return true;
    }
  }
}
