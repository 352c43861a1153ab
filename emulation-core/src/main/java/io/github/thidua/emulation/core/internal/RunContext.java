package io.github.thidua.emulation.core.internal;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.awards.Apportionment;
import io.github.thidua.emulation.core.awards.ApportionmentResult;
import io.github.thidua.emulation.core.awards.ApportionmentRule;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.year.YearCodes;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleTarget;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * One run over a province and a rule book: the rule book checked once (its findings, the rules that failed the
 * check, and every valid rule read once into its typed policy by the catalogue), and each group's rules resolved
 * once, on the province's reference date. Every stage reads its policies from here, whether it is called alone
 * (a context of its own) or inside the year (one context for the whole run). Thread-safe.
 */
public final class RunContext {
  private final Province province;
  private final RuleBook book;
  private final List<Violation> ruleFindings;
  private final Map<String, Object> policies;
  private final Map<GroupId, GroupRules> groups = new ConcurrentHashMap<>();
  private final ResolvedRules provinceRules;
  private final Map<String, List<GroupId>> apportionmentLots;
  private final CanonicalForm form;
  private volatile Apportionments apportionments;

  /**
   * The province-wide quotas apportioned across the groups, once per run.
   *
   * @param results the apportionment of each award, by award
   * @param seats each group's seats, by group then award
   * @param findings what was wrong with the lots given
   */
  record Apportionments(List<ApportionmentResult> results, Map<GroupId, Map<String, AwardEngine.Apportioned>> seats,
      List<Violation> findings) {}

  private RunContext(Province province, RuleBook book, Map<String, List<GroupId>> apportionmentLots,
      CanonicalForm form) {
    this.province = province;
    this.form = form;
    this.book = book;
    this.apportionmentLots = Map.copyOf(apportionmentLots);
    Findings f = new Findings(province);
    Map<String, Object> parsed = new HashMap<>();
    RuleBookChecks.check(f, book, Optional.of(province), Optional.of(province.referenceDate()), parsed);
    this.ruleFindings = List.copyOf(f.violations());
    this.policies = parsed;
    this.provinceRules = book.resolve(RuleTarget.on(province.referenceDate()));
  }

  /**
   * Checks a rule book for a province and prepares the run.
   *
   * @param province the organisation data
   * @param book the rule book
   * @return the context
   */
  public static RunContext of(Province province, RuleBook book) {
    return of(province, book, Map.of());
  }

  /**
   * The contexts of recent stage calls, by the identity of their province and rule book: a portal that calls the
   * stages one by one, group after group, checks and resolves the rule book once, not once per call. Both are
   * immutable, so a context is the same whenever it is built; a context is dropped when memory runs short.
   */
  private static final Cache<Province, Cache<RuleBook, RunContext>> RECENT = CacheBuilder.newBuilder().weakKeys()
      .maximumSize(16).build();

  /**
   * Returns the context of a province under a rule book for a stage called alone: the same as
   * {@link #of(Province, RuleBook)}, reused across calls with the same two objects.
   *
   * @param province the organisation data
   * @param book the rule book
   * @return the context
   */
  public static RunContext reused(Province province, RuleBook book) {
    try {
      return RECENT.get(Objects.requireNonNull(province, "province"), () -> CacheBuilder.newBuilder().weakKeys()
          .softValues().maximumSize(4).<RuleBook, RunContext>build())
          .get(Objects.requireNonNull(book, "book"), () -> of(province, book));
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Checks a rule book for a province and prepares the run, with lots drawn for the province's last seats.
   *
   * @param province the organisation data
   * @param book the rule book
   * @param apportionmentLots lots per award, groups first drawn first
   * @return the context
   */
  public static RunContext of(Province province, RuleBook book, Map<String, List<GroupId>> apportionmentLots) {
    return of(province, book, apportionmentLots, CanonicalForm.COMPACT);
  }

  /**
   * Checks a rule book for a province and prepares the run, with lots drawn for the province's last seats and the
   * canonical form of the results' fingerprints.
   *
   * @param province the organisation data
   * @param book the rule book
   * @param apportionmentLots lots per award, groups first drawn first
   * @param form the canonical form of fingerprints
   * @return the context
   */
  public static RunContext of(Province province, RuleBook book, Map<String, List<GroupId>> apportionmentLots,
      CanonicalForm form) {
    return new RunContext(Objects.requireNonNull(province, "province"), Objects.requireNonNull(book, "book"),
        apportionmentLots, Objects.requireNonNull(form, "form"));
  }

  /**
   * Returns the canonical form of the run's fingerprints.
   *
   * @return the form
   */
  public CanonicalForm form() {
    return form;
  }

  /**
   * The province-wide quotas ({@code award.apportionment} in force province-wide) apportioned across the province's
   * groups by their known members, once per run; each becomes the group's quota of that award.
   *
   * @return the apportionments
   */
  public Apportionments apportionments() {
    Apportionments a = apportionments;
    if (a == null) {
      a = apportion();
      apportionments = a;
    }
    return a;
  }

  /** A group's seats of apportioned awards, by award. */
  Map<String, AwardEngine.Apportioned> seats(GroupId group) {
    return apportionments().seats().getOrDefault(group, Map.of());
  }

  private Apportionments apportion() {
    Map<GroupId, Map<String, AwardEngine.Apportioned>> seats = new java.util.TreeMap<>();
    List<ApportionmentResult> results = new java.util.ArrayList<>();
    Findings f = new Findings(province);
    Map<GroupId, Integer> weights = new java.util.TreeMap<>();
    for (EmulationGroup g : province.groups()) {
      weights.putIfAbsent(g.id(), (int) province.group(g.id()).orElseThrow().distinctMembers().stream()
          .filter(u -> province.unit(u).isPresent()).count());
    }
    java.util.Set<String> done = new java.util.HashSet<>();
    for (ApportionmentRule rule : policies(provinceRules, ApportionmentRule.KIND, ApportionmentRule.class)) {
      if (!done.add(rule.award())) {
        continue;
      }
      List<GroupId> lots = apportionmentLots.getOrDefault(rule.award(), List.of());
      if (new java.util.HashSet<>(lots).size() != lots.size() || !weights.keySet().containsAll(lots)) {
        f.add(YearCodes.LOTS_INVALID, Severity.ERROR, new Subject(SubjectType.PROVINCE, province.id(),
            province.name()), List.of(), rule.award(), Value.phrase("groups-once"), YearEngine.MODEL);
        lots = List.of();
      }
      ApportionmentResult result = Apportionment.apportion(rule, weights, lots);
      results.add(result);
      java.util.Set<GroupId> open = new java.util.HashSet<>(result.unresolved().map(t -> t.groups())
          .orElse(List.of()));
      for (GroupId g : weights.keySet()) {
        seats.computeIfAbsent(g, k -> new java.util.TreeMap<>()).put(rule.award(),
            new AwardEngine.Apportioned(result.seatsOf(g), open.contains(g), rule.rule()));
      }
    }
    return new Apportionments(List.copyOf(results), seats, List.copyOf(f.violations()));
  }

  /** The organisation data. */
  public Province province() {
    return province;
  }

  /** The rule book. */
  public RuleBook book() {
    return book;
  }

  /** What checking the rule book found, once for the run. */
  public List<Violation> ruleFindings() {
    return ruleFindings;
  }

  /** The rules in force province-wide (no organiser, no group), for province-wide stages. */
  public ResolvedRules provinceRules() {
    return provinceRules;
  }

  /**
   * A group's rules, resolved once for the run.
   *
   * @param id the group
   * @return its rules
   * @throws IllegalArgumentException if the province has no such group (a programmer error)
   */
  public GroupRules group(GroupId id) {
    Objects.requireNonNull(id, "group");
    return groups.computeIfAbsent(id, key -> {
      EmulationGroup group = province.group(key)
          .orElseThrow(() -> new IllegalArgumentException("the province has no group " + key));
      return new GroupRules(this, group, book.resolve(RuleTarget.on(province.referenceDate())
          .forOrganiser(group.organiser()).forGroup(group.id())));
    });
  }

  /** A fresh collector of findings that starts with the rule book's own findings, as every stage reports them. */
  Findings findings() {
    Findings f = new Findings(province);
    f.violations().addAll(ruleFindings);
    return f;
  }

  /** The key of a rule of a layer in the map of policies. */
  static String key(String layer, String ruleId) {
    return layer + "#" + ruleId;
  }

  /** The typed policy of a rule in force, or empty if the rule failed the check. */
  Optional<Object> policy(ResolvedRule rule) {
    return Optional.ofNullable(policies.get(key(rule.layer().value(), rule.id())));
  }

  /**
   * The typed policies of one kind among some rules in force, by rule id; rules that failed the check are left
   * out (they are in the findings).
   */
  <T> List<T> policies(ResolvedRules rules, String kind, Class<T> type) {
    return rules.ofKind(kind).stream().map(this::policy).flatMap(Optional::stream).map(type::cast).toList();
  }

  /** Whether a rule in force passed the check. */
  boolean isValid(ResolvedRule rule) {
    return policies.containsKey(key(rule.layer().value(), rule.id()));
  }
}
