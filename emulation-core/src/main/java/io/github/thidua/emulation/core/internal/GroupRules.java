package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.awards.AwardType;
import io.github.thidua.emulation.core.awards.QuotaRule;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.scoring.AggregationPolicy;
import io.github.thidua.emulation.core.voting.VotePolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One group-year's rules, resolved once in its run, with the typed policy of every valid rule in force. The stages
 * read their policies from here and never parse rule parameters themselves.
 */
public final class GroupRules {
  private final RunContext run;
  private final EmulationGroup group;
  private final ResolvedRules resolved;
  private final AggregationPolicy aggregation;
  private final Optional<StagePolicies.Convention> convention;
  private final Optional<StagePolicies.TieBreak> tieBreak;
  private final List<AwardType> awardTypes;
  private final List<Eligibility> eligibility;
  private final List<QuotaRule> quotas;
  private final Optional<StagePolicies.Rotation> rotation;
  private final Optional<StagePolicies.LeadingUnit> leadingUnit;

  GroupRules(RunContext run, EmulationGroup group, ResolvedRules resolved) {
    this.run = run;
    this.group = group;
    this.resolved = resolved;
    this.aggregation = first(AggregationPolicy.class, "scoring.aggregation").orElse(ScoringEngine.DEFAULT_POLICY);
    this.convention = first(StagePolicies.Convention.class, StagePolicies.Convention.KIND);
    this.tieBreak = first(StagePolicies.TieBreak.class, StagePolicies.TieBreak.KIND);
    List<Eligibility> rules = new java.util.ArrayList<>();
    for (String kind : List.of(Eligibility.ActiveOnly.KIND, Eligibility.LeaderOnly.KIND, Eligibility.NoPending.KIND,
        Eligibility.NotDivisionLevel.KIND, Eligibility.ProvincialSystem.KIND, Eligibility.RequiresTitle.KIND,
        Eligibility.Voted.KIND)) {
      rules.addAll(run.policies(resolved, kind, Eligibility.class));
    }
    this.eligibility = List.copyOf(rules);
    this.awardTypes = run.policies(resolved, AwardEngine.TYPE, AwardType.class).stream()
        .map(t -> new AwardType(t.code(), t.name(), t.form(), t.authority(), t.precedence(), eligibility.stream()
            .filter(e -> e instanceof Eligibility.RequiresTitle && e.awards().contains(t.code()))
            .map(e -> ((Eligibility.RequiresTitle) e).title()).sorted().toList(), t.rule()))
        .sorted(Comparator.comparingInt(AwardType::precedence).thenComparing(AwardType::code)).toList();
    this.quotas = run.policies(resolved, QuotaRule.KIND, QuotaRule.class);
    this.rotation = first(StagePolicies.Rotation.class, StagePolicies.Rotation.KIND);
    this.leadingUnit = first(StagePolicies.LeadingUnit.class, StagePolicies.LeadingUnit.KIND);
  }

  private <T> Optional<T> first(Class<T> type, String kind) {
    return run.policies(resolved, kind, type).stream().findFirst();
  }

  /** The run this group-year belongs to. */
  RunContext run() {
    return run;
  }

  /** The organisation data. */
  Province province() {
    return run.province();
  }

  /** The group. */
  EmulationGroup group() {
    return group;
  }

  /** The rules in force for the group on the reference date. */
  ResolvedRules resolved() {
    return resolved;
  }

  /** The aggregation policy: the first valid {@code scoring.aggregation} rule by id, else the library default. */
  AggregationPolicy aggregation() {
    return aggregation;
  }

  Optional<StagePolicies.Convention> convention() {
    return convention;
  }

  Optional<StagePolicies.TieBreak> tieBreak() {
    return tieBreak;
  }

  /** The {@code vote.honouring} rules in force, by id, valid or not. */
  List<ResolvedRule> voteRules() {
    return resolved.ofKind(VotePolicy.KIND);
  }

  /** The award types in force, by precedence then code, with their prerequisite titles. */
  List<AwardType> awardTypes() {
    return awardTypes;
  }

  /** The eligibility rules in force. */
  List<Eligibility> eligibility() {
    return eligibility;
  }

  /** The eligibility rules in force for one award, by kind then id. */
  List<Eligibility> eligibility(String award) {
    return eligibility.stream().filter(e -> e.awards().contains(award)).toList();
  }

  /** The quota rules in force, by id (valid ones only). */
  List<QuotaRule> quotas() {
    return quotas;
  }

  Optional<StagePolicies.Rotation> rotation() {
    return rotation;
  }

  Optional<StagePolicies.LeadingUnit> leadingUnit() {
    return leadingUnit;
  }

  /** A fresh collector of findings that starts with the rule book's own findings. */
  Findings findings() {
    return run.findings();
  }
}
