package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.BlankBallots;
import io.github.thidua.emulation.core.voting.CandidateTally;
import io.github.thidua.emulation.core.voting.ThresholdComparison;
import io.github.thidua.emulation.core.voting.VoteBase;
import io.github.thidua.emulation.core.voting.VoteOutcome;
import io.github.thidua.emulation.core.voting.VotePolicy;
import io.github.thidua.emulation.core.voting.VoteResult;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.voting.VotingCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tallies an honouring vote (bình xét, suy tôn); the engine behind {@code Emulation.tally}. Reads the policy from
 * the rule kind {@code vote.honouring}, checks the session and its ballots, counts approvals, compares each
 * candidate's share with the threshold exactly, and picks the winners. Every problem is reported, never thrown.
 */
public final class VotingEngine {
  private static final String KIND = VotePolicy.KIND;
  private static final Citation MODEL_CITATION =
      Citation.of("Mô hình dữ liệu của thư viện emulation / emulation data model", "docs/voting.md");
  private static final RuleReference BALLOTS = new RuleReference("vote.ballots", Findings.MODEL_LAYER,
      MODEL_CITATION);
  private static final RuleReference SESSION = new RuleReference("vote.session", Findings.MODEL_LAYER,
      MODEL_CITATION);

  /** A total order on ballots that depends only on their content, so that nothing depends on the list's order. */
  private static final Comparator<Ballot> BALLOT_ORDER = Comparator
      .comparing((Ballot b) -> b.voterToken().isPresent())
      .thenComparing(b -> b.voterToken().orElse(""))
      .thenComparing(Ballot::abstain)
      .thenComparing(b -> b.approved().stream().map(UnitId::value).collect(Collectors.joining(",")));

  /** Why a candidate cannot pass whatever its approvals, if anything. */
  private enum Bar {
    NONE, NOT_MEMBER, NOT_TOP_RANKED
  }

  private final Findings findings;
  private final EmulationGroup group;
  private final VoteSession session;
  private final VotePolicy policy;
  private final boolean policyUsable;
  private final Optional<List<UnitId>> rankedOrder;
  private final List<TraceStep> steps = new ArrayList<>();

  private VotingEngine(Findings findings, EmulationGroup group, VoteSession session, VotePolicy policy,
      boolean policyUsable, Optional<List<UnitId>> rankedOrder) {
    this.findings = findings;
    this.group = group;
    this.session = session;
    this.policy = policy;
    this.policyUsable = policyUsable;
    this.rankedOrder = rankedOrder;
  }

  /**
   * Tallies a vote.
   *
   * @param rules the group's rules, for the {@code vote.honouring} policy
   * @param session the vote
   * @param rankedOrder the group's ranking, best first, for the {@code candidatesFromTop} check, if known
   * @return the result with its trace and every problem found
   * @throws IllegalArgumentException if the session is of another group
   */
  public static VoteResult tally(GroupRules rules, VoteSession session, Optional<List<UnitId>> rankedOrder) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(rankedOrder, "rankedOrder");
    if (!session.group().equals(rules.group().id())) {
      throw new IllegalArgumentException("the session is of group " + session.group() + ", not "
          + rules.group().id());
    }
    Findings f = rules.findings();
    List<TraceStep> policySteps = new ArrayList<>();
    Optional<VotePolicy> policy = policy(rules, policySteps);
    VotingEngine engine = new VotingEngine(f, rules.group(), session, policy.orElseGet(VotePolicy::libraryDefault),
        policy.isPresent(), rankedOrder.map(List::copyOf));
    engine.steps.addAll(policySteps);
    VoteResult result = engine.run();
    return result.withFingerprint(Canonical.fingerprint(rules.run().form(), session, rules.resolved(), rankedOrder, result));
  }

  /**
   * The first valid {@code vote.honouring} rule in force (by id), the library default if none is in force, or
   * empty if every one in force is invalid (ill-typed, or a share above 1).
   */
  static Optional<VotePolicy> policy(GroupRules rules, List<TraceStep> steps) {
    List<ResolvedRule> inForce = rules.voteRules();
    if (inForce.isEmpty()) {
      VotePolicy def = VotePolicy.libraryDefault();
      steps.add(step("policy", StepKind.INPUT, "", "no " + KIND + " rule in force: library default: "
          + def.describe(), def.rule()));
      return Optional.of(def);
    }
    for (ResolvedRule rule : inForce) {
      RuleReference ref = RuleReference.of(rule);
      Optional<Object> read = rules.run().policy(rule);
      if (read.isEmpty()) {
        steps.add(step("policy", StepKind.INPUT, "", "rule " + rule.id() + " is invalid (see the report); skipped",
            ref));
        continue;
      }
      VotePolicy policy = (VotePolicy) read.get();
      String others = inForce.size() > 1 ? " (first of " + inForce.size() + " " + KIND + " rules by id: "
          + inForce.stream().map(ResolvedRule::id).collect(Collectors.joining(", ")) + ")" : "";
      steps.add(step("policy", StepKind.INPUT, "", "rule " + rule.id() + " of layer " + rule.layer().value()
          + others + ": " + policy.describe(), ref));
      return Optional.of(policy);
    }
    steps.add(step("policy", StepKind.INPUT, "", "no usable " + KIND + " rule: the vote cannot be decided; counts"
        + " are shown under the library default", VotePolicy.libraryDefault().rule()));
    return Optional.empty();
  }

  /** Reads a rule of kind {@code vote.honouring}; a threshold or quorum above 1 (80 for 0.8, say) is refused. */
  static VotePolicy readPolicy(ResolvedRule rule) {
    for (String name : List.of("quorum", "threshold")) {
      Optional<Object> value = rule.rule().params().get(name);
      if (value.isPresent() && value.get() instanceof BigDecimal d && !VotePolicy.isShare(d)) {
        throw new Catalogue.Invalid(Value.phrase("param-value", name, d), Value.phrase("share"));
      }
    }
    return fromRule(rule.rule().params(), RuleReference.of(rule));
  }

  private static VotePolicy fromRule(RuleParameters p, RuleReference ref) {
    return new VotePolicy(
        p.get("quorum").map(BigDecimal.class::cast),
        p.get("threshold").map(BigDecimal.class::cast).orElseThrow(),
        p.optionalText("comparison").map(ThresholdComparison::fromWireName).orElse(ThresholdComparison.AT_LEAST),
        p.optionalText("base").map(VoteBase::fromWireName).orElse(VoteBase.MEMBERS),
        p.optionalText("blank").map(BlankBallots::fromWireName).orElse(BlankBallots.AGAINST),
        p.optionalInteger("candidatesFromTop").orElse(0),
        p.optionalBoolean("runoffOnTie").orElse(true),
        ref);
  }

  // ------------------------------------------------------------------ the tally

  private VoteResult run() {
    Subject groupSubject = Findings.group(group);
    Province province = findings.province();
    Set<UnitId> members = new TreeSet<>();
    group.distinctMembers().stream().filter(u -> province.unit(u).isPresent()).forEach(members::add);
    int m = members.size();
    int present = session.present();
    int cast = session.ballots().size();
    session.round().ifPresent(r -> steps.add(step("session", StepKind.INPUT, String.valueOf(r),
        "run-off round " + r, SESSION)));
    steps.add(step("members", StepKind.INPUT, String.valueOf(m), "distinct members of " + group.id()
        + " known to the data", SESSION));
    steps.add(step("present", StepKind.INPUT, String.valueOf(present), "members present, as recorded", SESSION));

    // --- session checks
    if (session.year() != group.year()) {
      findings.add(VotingCodes.SESSION_YEAR_MISMATCH, Severity.ERROR, groupSubject, List.of(), session.year(),
          group.year(), SESSION);
    }
    List<String> voidReasons = new ArrayList<>();
    if (!policyUsable) {
      voidReasons.add("no usable " + KIND + " rule");
    }
    if (present > m) {
      findings.add(VotingCodes.PRESENT_TOO_MANY, Severity.ERROR, groupSubject, List.of(), present, m, SESSION);
      voidReasons.add(present + " present but only " + m + " members");
    }
    if (cast > present) {
      findings.add(VotingCodes.BALLOTS_TOO_MANY, Severity.ERROR, groupSubject, List.of(), cast, present, BALLOTS);
      voidReasons.add(cast + " ballots cast but only " + present + " members present");
    }
    boolean isVoid = !voidReasons.isEmpty();
    if (isVoid) {
      steps.add(step("vote", StepKind.RESULT, "void", String.join("; ", voidReasons) + ": nobody can pass",
          policyUsable ? BALLOTS : policy.rule()));
    }

    // --- quorum
    boolean quorumMet = policy.quorumMet(present, m);
    if (policy.quorum().isPresent()) {
      BigDecimal needed = policy.quorum().get().multiply(BigDecimal.valueOf(m));
      String detail = "present " + present + (quorumMet ? " ≥ " : " < ") + policy.quorum().get().toPlainString()
          + " × " + m + " members = " + needed.stripTrailingZeros().toPlainString();
      steps.add(step("quorum", StepKind.METHOD, quorumMet ? "met" : "not met", detail, policy.rule()));
      if (!quorumMet) {
        findings.add(VotingCodes.QUORUM_NOT_MET, Severity.WARNING, groupSubject, List.of(), present,
            Value.phrase("times", policy.quorum().get(), m), policy.rule());
      }
    } else {
      steps.add(step("quorum", StepKind.METHOD, "met", "no quorum required", policy.rule()));
    }

    // --- candidates
    Set<UnitId> candidates = new HashSet<>(session.candidates());
    List<Bar> bars = new ArrayList<>();
    boolean rankingWarned = false;
    for (UnitId c : session.candidates()) {
      Bar bar = Bar.NONE;
      if (!members.contains(c)) {
        findings.add(VotingCodes.CANDIDATE_NOT_MEMBER, Severity.ERROR, findings.unit(c), List.of(groupSubject),
            findings.unit(c).name(), Value.phrase("member-of", group.name()), SESSION);
        bar = Bar.NOT_MEMBER;
      }
      int top = policy.candidatesFromTop();
      if (top > 0 && rankedOrder.isPresent()) {
        int position = rankedOrder.get().indexOf(c) + 1;
        if (position == 0 || position > top) {
          findings.add(VotingCodes.CANDIDATE_NOT_TOP_RANKED, Severity.ERROR, findings.unit(c),
              List.of(groupSubject), position == 0 ? Value.phrase("not-ranked") : position, top, policy.rule());
          bar = bar == Bar.NONE ? Bar.NOT_TOP_RANKED : bar;
        }
      } else if (top > 0 && !rankingWarned) {
        findings.add(VotingCodes.RANKING_MISSING, Severity.WARNING, groupSubject, List.of(), Value.phrase("none"), top,
            policy.rule());
        steps.add(step("candidates", StepKind.INPUT, "", "candidates must come from the top " + top
            + " of the ranking; no ranking given: not checked", policy.rule()));
        rankingWarned = true;
      }
      bars.add(bar);
    }

    // --- ballots
    List<Ballot> sorted = session.ballots().stream().sorted(BALLOT_ORDER).toList();
    List<Ballot> valid = new ArrayList<>();
    int invalid = 0;
    for (Ballot b : sorted) {
      if (b.abstain() && !b.approved().isEmpty()) {
        findings.add(VotingCodes.BALLOT_ABSTAIN_APPROVES, Severity.WARNING, groupSubject, List.of(),
            ids(b.approved()), Value.phrase("abstention-approves-none"), BALLOTS);
        steps.add(step("ballot", StepKind.INPUT, "not counted", b.describe() + ": an abstention that approves",
            BALLOTS));
        invalid++;
        continue;
      }
      List<UnitId> unknown = b.approved().stream().filter(u -> !candidates.contains(u)).toList();
      if (!unknown.isEmpty()) {
        findings.add(VotingCodes.CANDIDATE_UNKNOWN, Severity.WARNING, groupSubject, List.of(), ids(unknown),
            ids(session.candidates()), BALLOTS);
        steps.add(step("ballot", StepKind.INPUT, "not counted", b.describe() + ": approves " + ids(unknown)
            + ", not a candidate", BALLOTS));
        invalid++;
        continue;
      }
      valid.add(b);
    }
    Set<String> tokens = new HashSet<>();
    List<Ballot> counted = new ArrayList<>();
    int duplicates = 0;
    for (Ballot b : valid) {
      if (b.voterToken().isPresent() && !tokens.add(b.voterToken().get())) {
        findings.add(VotingCodes.VOTER_DUPLICATE, Severity.ERROR, groupSubject, List.of(), b.voterToken().get(),
            Value.phrase("one-ballot-per-member"), BALLOTS);
        steps.add(step("ballot", StepKind.INPUT, "not counted", b.describe() + ": another ballot with the same"
            + " voter token is counted", BALLOTS));
        duplicates++;
        continue;
      }
      counted.add(b);
    }
    int blank = (int) counted.stream().filter(Ballot::isBlank).count();
    int abstentions = (int) counted.stream().filter(Ballot::abstain).count();
    steps.add(step("ballots", StepKind.SUM, String.valueOf(counted.size()), "cast " + cast + " − invalid " + invalid
        + " − duplicate " + duplicates + " = counted " + counted.size() + " (blank " + blank + ", abstentions "
        + abstentions + ")", BALLOTS));

    // --- base
    int base = switch (policy.base()) {
      case MEMBERS -> m;
      case PRESENT -> present;
      case VALID -> policy.blank() == BlankBallots.EXCLUDED ? counted.size() - blank - abstentions : counted.size();
    };
    String baseDetail = switch (policy.base()) {
      case MEMBERS -> "base: the group's " + m + " members";
      case PRESENT -> "base: the " + present + " members present";
      case VALID -> policy.blank() == BlankBallots.EXCLUDED
          ? "base: valid ballots = counted " + counted.size() + " − blank " + blank + " − abstentions " + abstentions
              + " (blank ballots and abstentions excluded)"
          : "base: valid ballots = counted " + counted.size() + " (blank ballots and abstentions count against)";
    };
    steps.add(step("base", StepKind.METHOD, String.valueOf(base), baseDetail, policy.rule()));
    LocalizedText baseWord = Messages.format("vote.base." + policy.base().wireName());

    // --- candidates' tallies
    boolean decidable = !isVoid && quorumMet;
    List<CandidateTally> tallies = new ArrayList<>();
    for (int i = 0; i < session.candidates().size(); i++) {
      UnitId c = session.candidates().get(i);
      Bar bar = bars.get(i);
      int approvals = (int) counted.stream().filter(b -> b.approved().contains(c)).count();
      steps.add(step(c.value(), StepKind.SUM, String.valueOf(approvals), "approved on " + approvals + " of "
          + counted.size() + " counted ballots", BALLOTS));
      BigDecimal share = base == 0 ? BigDecimal.ZERO.setScale(CandidateTally.SHARE_SCALE)
          : BigDecimal.valueOf(approvals).divide(BigDecimal.valueOf(base), CandidateTally.SHARE_SCALE,
              RoundingMode.DOWN);
      String exact = base == 0 ? "none" : Rational.of(java.math.BigInteger.valueOf(approvals),
          java.math.BigInteger.valueOf(base)).toString();
      steps.add(step(c.value(), StepKind.METHOD, exact, "share = " + approvals + " ÷ " + base + " ("
          + policy.base().wireName() + ")" + (base == 0 ? ": no base" : " ≈ " + share.toPlainString()),
          policy.rule()));
      long needed = policy.needed(base);
      String threshold = policy.threshold().toPlainString();
      String symbol = policy.comparison().symbol();
      boolean reaches = policy.passes(approvals, base);
      boolean passed = decidable && bar == Bar.NONE && reaches;
      LocalizedText explanation;
      String detail;
      if (isVoid) {
        explanation = explain("vote.explain.void", approvals, base, baseWord, symbol, threshold, needed);
        detail = "the vote is void";
      } else if (!quorumMet) {
        explanation = explain("vote.explain.quorum", approvals, base, baseWord, symbol, threshold, needed);
        detail = "the quorum is not met";
      } else if (bar == Bar.NOT_MEMBER) {
        explanation = explain("vote.explain.not-member", approvals, base, baseWord, symbol, threshold, needed);
        detail = "not a member of " + group.id();
      } else if (bar == Bar.NOT_TOP_RANKED) {
        explanation = explain("vote.explain.not-top-ranked", approvals, base, baseWord, symbol, threshold,
            policy.candidatesFromTop());
        detail = "not among the top " + policy.candidatesFromTop() + " of the ranking";
      } else if (base == 0) {
        explanation = explain("vote.explain.no-base", approvals, base, baseWord, symbol, threshold, needed);
        detail = "no base: no share";
      } else {
        explanation = explain(reaches ? "vote.explain.passed" : "vote.explain.failed", approvals, base, baseWord,
            symbol, threshold, needed);
        detail = approvals + " " + (reaches ? "" : "not ") + symbol + " " + threshold + " × " + base
            + " (needs " + needed + ")";
      }
      if (decidable && bar == Bar.NONE && !reaches) {
        findings.add(VotingCodes.THRESHOLD_NOT_MET, Severity.INFO, findings.unit(c), List.of(groupSubject),
            Value.phrase("approvals-share", approvals, base, share), Value.phrase("threshold-times", symbol,
                policy.threshold(), base),
            policy.rule());
      }
      steps.add(step(c.value(), StepKind.RESULT, passed ? "passed" : "not passed", detail, policy.rule()));
      tallies.add(new CandidateTally(c, approvals, base, share, passed, explanation));
    }

    // --- winners
    List<CandidateTally> passing = tallies.stream().filter(CandidateTally::passed)
        .sorted(Comparator.comparing(CandidateTally::approvals).reversed().thenComparing(CandidateTally::unit))
        .toList();
    List<UnitId> winners = List.of();
    List<UnitId> tied = List.of();
    if (!session.purpose().singleWinner()) {
      winners = passing.stream().map(CandidateTally::unit).toList();
      steps.add(step("winners", StepKind.RESULT, ids(winners), session.purpose() + ": every passing candidate,"
          + " most approvals first", policy.rule()));
    } else if (!passing.isEmpty()) {
      int most = passing.get(0).approvals();
      List<UnitId> top = passing.stream().filter(t -> t.approvals() == most).map(CandidateTally::unit).sorted()
          .toList();
      if (top.size() == 1) {
        winners = top;
        steps.add(step("winners", StepKind.RESULT, ids(winners), session.purpose() + ": the passing candidate with"
            + " most approvals (" + most + ")", policy.rule()));
      } else {
        tied = top;
        List<Subject> related = top.stream().map(findings::unit).toList();
        findings.add(policy.runoffOnTie() ? VotingCodes.RUNOFF_NEEDED : VotingCodes.TIE_UNRESOLVED,
            Severity.WARNING, groupSubject, related, most, Value.phrase("single-winner"), policy.rule());
        steps.add(step("winners", StepKind.RESULT, "", session.purpose() + ": " + ids(top) + " tie with " + most
            + " approvals each; " + (policy.runoffOnTie() ? "a run-off is needed" : "no run-off: no winner"),
            policy.rule()));
      }
    } else {
      steps.add(step("winners", StepKind.RESULT, "", "no candidate passed", policy.rule()));
    }
    Optional<List<UnitId>> runoff = !tied.isEmpty() && policy.runoffOnTie() ? Optional.of(tied) : Optional.empty();
    VoteOutcome outcome = isVoid ? VoteOutcome.VOID
        : !quorumMet ? VoteOutcome.QUORUM_NOT_MET
        : !tied.isEmpty() ? (policy.runoffOnTie() ? VoteOutcome.RUNOFF_NEEDED : VoteOutcome.TIED)
        : !winners.isEmpty() ? VoteOutcome.ELECTED : VoteOutcome.NONE_PASSED;
    return new VoteResult(group.id(), session.year(), session.purpose(), session.round(), outcome, m, present, cast,
        counted.size(), blank, abstentions, invalid, duplicates, quorumMet, tallies, winners, runoff, tied, policy,
        new Trace(steps), new ValidationReport(findings.violations()), Optional.empty());
  }

  // ------------------------------------------------------------------ helpers

  /** Formats an explanation; a {@link LocalizedText} argument is put in each language's own words. */
  private static LocalizedText explain(String key, Object... args) {
    Object[] vi = new Object[args.length];
    Object[] en = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof LocalizedText t) {
        vi[i] = t.vi();
        en[i] = t.en();
      } else {
        vi[i] = String.valueOf(args[i]);
        en[i] = vi[i];
      }
    }
    return new LocalizedText(Messages.format(key, vi).vi(), Messages.format(key, en).en());
  }

  private static String ids(java.util.Collection<UnitId> units) {
    return units.stream().map(UnitId::value).collect(Collectors.joining(", "));
  }

  private static TraceStep step(String subject, StepKind kind, String value, String detail, RuleReference rule) {
    return new TraceStep(subject, kind, value, detail, rule);
  }
}
