package io.github.thidua.emulation.core.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Numbers;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.audit.StepKind;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.audit.TraceStep;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.scoring.AggregationMethod;
import io.github.thidua.emulation.core.scoring.AggregationPolicy;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.CriterionScore;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.RoundingPoint;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.validation.RuleReference;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.Subject;
import io.github.thidua.emulation.core.validation.SubjectType;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Value;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Scores a group's members from their sheets; the engine behind {@code Emulation.score}. */
public final class ScoringEngine {
  private static final String AGGREGATION = "scoring.aggregation";
  private static final List<ScorerRole> DEFAULT_CHAIN = List.of(ScorerRole.COUNCIL, ScorerRole.HEAD, ScorerRole.SELF);
  private static final Comparator<ScoreSheet> SHEET_ORDER = Comparator.comparing(ScoreSheet::unit)
      .thenComparing(ScoreSheet::role).thenComparing(ScoreSheet::scorer).thenComparing(ScoringEngine::canonical);

  private static final Comparator<ScoreEntry> ENTRY_ORDER = Comparator.comparing(ScoreEntry::value)
      .thenComparing(e -> e.target().orElse(BigDecimal.ZERO)).thenComparing(ScoreEntry::toString);

  private final Findings findings;
  private final Province province;
  private final EmulationGroup group;
  private final ScoringScale scale;
  private final AggregationPolicy policy;
  private final RuleReference scaleRef;
  private final Map<String, Rational> bestRatio = new TreeMap<>();
  /** The scale's criteria, indexed once per scale (shared by every group scored on it, read only). */
  private final List<Criterion> all;
  private final List<Criterion> leaves;
  private final Map<String, Criterion> byCode;
  private final Map<String, RuleReference> refs;
  private final Map<String, Rational> maxima;
  /** Each leaf's position in {@link #leaves}: a sheet's entries and points are arrays in that order. */
  private final Map<String, Integer> leafIndex;
  /** The leaves' positions in the order of their codes. */
  private final int[] byCodeOrder;
  /** Each leaf's rule reference and exact maximum, in leaf order. */
  private final RuleReference[] leafRefs;
  private final Rational[] leafMaxima;

  /** A scale's criteria indexed by code, their rule references and maxima, and the order of its leaves. */
  private record ScaleIndex(List<Criterion> all, List<Criterion> leaves, Map<String, Criterion> byCode,
      Map<String, RuleReference> refs, Map<String, Rational> maxima, Map<String, Integer> leafIndex,
      int[] byCodeOrder, RuleReference[] leafRefs, Rational[] leafMaxima) {

    static ScaleIndex of(ScoringScale scale, RuleReference scaleRef) {
      List<Criterion> all = scale.allCriteria();
      List<Criterion> leaves = all.stream().filter(Criterion::isLeaf).toList();
      Map<String, Criterion> byCode = new HashMap<>();
      Map<String, RuleReference> refs = new HashMap<>();
      Map<String, Rational> maxima = new HashMap<>();
      for (Criterion c : all) {
        byCode.putIfAbsent(c.code(), c);
        refs.putIfAbsent(c.code(), criterionRef(scale, c, scaleRef));
        maxima.putIfAbsent(c.code(), Rational.of(c.max()));
      }
      Map<String, Integer> leafIndex = new HashMap<>();
      for (int i = 0; i < leaves.size(); i++) {
        leafIndex.putIfAbsent(leaves.get(i).code(), i);
      }
      int[] byCodeOrder = IntStream.range(0, leaves.size()).boxed()
          .sorted(Comparator.comparing(i -> leaves.get(i).code())).mapToInt(Integer::intValue).toArray();
      RuleReference[] leafRefs = leaves.stream().map(l -> refs.get(l.code())).toArray(RuleReference[]::new);
      Rational[] leafMaxima = leaves.stream().map(l -> maxima.get(l.code())).toArray(Rational[]::new);
      return new ScaleIndex(all, leaves, byCode, refs, maxima, leafIndex, byCodeOrder, leafRefs, leafMaxima);
    }
  }

  /** The index of each scale, by identity, while the scale is in use. */
  private static final Cache<ScoringScale, ScaleIndex> INDEXES = CacheBuilder.newBuilder().weakKeys().build();

  /** Each sheet's entry per leaf (the lowest if entered twice), indexed once per sheet. */
  private final Map<ScoreSheet, ScoreEntry[]> entries = new IdentityHashMap<>();
  /** The exact value of each number entered: sheets repeat a few dozen values thousands of times. */
  private final Map<BigDecimal, Rational> rationals = new HashMap<>();

  private ScoringEngine(Findings findings, Province province, EmulationGroup group, ScoringScale scale,
      AggregationPolicy policy) {
    this.findings = findings;
    this.province = province;
    this.group = group;
    this.scale = scale;
    this.policy = policy;
    this.scaleRef = new RuleReference("scale", scale.id() + "@" + scale.version(), scale.citation());
    ScaleIndex index;
    try {
      index = INDEXES.get(scale, () -> ScaleIndex.of(scale, scaleRef));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    this.all = index.all();
    this.leaves = index.leaves();
    this.byCode = index.byCode();
    this.refs = index.refs();
    this.maxima = index.maxima();
    this.leafIndex = index.leafIndex();
    this.byCodeOrder = index.byCodeOrder();
    this.leafRefs = index.leafRefs();
    this.leafMaxima = index.leafMaxima();
  }

  /**
   * Scores a group on a given scale.
   *
   * @param rules the group's rules, for the aggregation policy
   * @param scale the scale
   * @param sheets the score sheets
   * @return the scores and every problem found
   */
  public static GroupScores score(GroupRules rules, ScoringScale scale, List<ScoreSheet> sheets) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(sheets, "sheets");
    return new ScoringEngine(rules.findings(), rules.province(), rules.group(), scale, rules.aggregation())
        .run(sheets);
  }

  /**
   * Scores a group on the scale its rule book binds to it (to the group, else to its organiser, for its year).
   *
   * @param rules the group's rules, for the scale and the aggregation policy
   * @param sheets the score sheets
   * @return the scores and every problem found; {@code score.scale.missing} and no scores if no scale applies
   */
  public static GroupScores score(GroupRules rules, List<ScoreSheet> sheets) {
    Objects.requireNonNull(sheets, "sheets");
    EmulationGroup group = rules.group();
    Findings f = rules.findings();
    RuleBook book = rules.run().book();
    List<ScoringScale> candidates = rules.resolved().scalesFor(group);
    if (!candidates.isEmpty()) {
      if (candidates.size() > 1) {
        f.add(ViolationCodes.SCORE_SCALE_AMBIGUOUS, Severity.ERROR, Findings.group(group), List.of(),
            String.join(", ", candidates.stream().map(ScoringScale::id).toList()), candidates.get(0).id(),
            new RuleReference("scale", book.leaf().id().value(), book.leaf().citation()));
      }
      return new ScoringEngine(f, rules.province(), group, candidates.get(0), rules.aggregation()).run(sheets);
    }
    f.add(ViolationCodes.SCORE_SCALE_MISSING, Severity.ERROR, Findings.group(group), List.of(),
        String.join(", ", rules.resolved().scales().stream().map(ScoringScale::id).toList()),
        Value.phrase("scale-bound-to", group.name(), rules.province().organiser(group.organiser())
            .map(o -> o.name()).orElse(group.organiser().value()), group.year()),
        new RuleReference("scale", book.leaf().id().value(), book.leaf().citation()));
    return new GroupScores(group.id(), group.year(), "", List.of(), new ValidationReport(f.violations()));
  }

  /**
   * Checks a scale on its own: maxima that do not add up.
   *
   * @param scale the scale
   * @return the problems, as warnings
   */
  public static ValidationReport checkScale(ScoringScale scale) {
    Objects.requireNonNull(scale, "scale");
    Findings f = new Findings(Province.builder("scale", "scale", scale.binding().year()).build());
    maxima(f, scale, new RuleReference("scale", scale.id() + "@" + scale.version(), scale.citation()));
    return new ValidationReport(f.violations());
  }

  /** The library's aggregation policy, when no valid {@code scoring.aggregation} rule is in force. */
  static final AggregationPolicy DEFAULT_POLICY = new AggregationPolicy(AggregationMethod.OVERRIDE_CHAIN,
      DEFAULT_CHAIN, 1, 1, Optional.empty(), new RuleReference(AGGREGATION, Findings.MODEL_LAYER,
          Citation.of("Mặc định của thư viện emulation / library default", "docs/scoring.md")));

  /** Reads a rule of kind {@code scoring.aggregation}. */
  static AggregationPolicy readPolicy(ResolvedRule rule) {
    RuleParameters p = rule.rule().params();
    List<ScorerRole> chain = p.has("chain")
        ? p.textList("chain").stream().map(ScorerRole::valueOf).toList() : DEFAULT_CHAIN;
    Optional<BigDecimal> margin = p.get("selfMargin").map(BigDecimal.class::cast);
    return new AggregationPolicy(AggregationMethod.fromWireName(p.optionalText("method").orElse("override-chain")),
        chain.isEmpty() ? DEFAULT_CHAIN : chain, p.optionalInteger("minRaters").orElse(1),
        p.optionalInteger("trim").orElse(1), margin,
        RuleReference.of(rule));
  }

  private GroupScores run(List<ScoreSheet> sheets) {
    maxima(findings, scale, scaleRef);
    binding();
    Set<UnitId> members = new java.util.TreeSet<>();
    group.distinctMembers().stream().filter(u -> province.unit(u).isPresent()).forEach(members::add);
    Set<String> memberIds = new HashSet<>();
    members.forEach(m -> memberIds.add(m.value()));
    Map<UnitId, List<ScoreSheet>> usable = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (ScoreSheet sheet : sheets.stream().sorted(SHEET_ORDER).toList()) {
      // the sheet's subject, with the unit's name, only if a finding needs it
      Supplier<Subject> subject = Suppliers.memoize(() -> sheetSubject(sheet));
      if (!sheet.group().equals(group.id()) || sheet.year() != group.year()) {
        findings.add(ViolationCodes.SCORE_SHEET_OTHER_GROUP, Severity.ERROR, subject.get(), List.of(),
            sheet.group() + "/" + sheet.year(), group.id() + "/" + group.year(), scaleRef);
      } else if (!members.contains(sheet.unit())) {
        findings.add(ViolationCodes.SCORE_SHEET_NOT_MEMBER, Severity.ERROR, subject.get(),
            List.of(Findings.group(group)), sheet.unit(),
            Value.phrase("member-of", group.name()), scaleRef);
      } else if (sheet.role() == ScorerRole.PEER && sheet.scorer().equals(sheet.unit().value())) {
        findings.add(ViolationCodes.SCORE_PEER_SELF, Severity.ERROR, subject.get(), List.of(), sheet.scorer(),
            Value.phrase("another-member"), policy.rule());
      } else if (sheet.role() == ScorerRole.PEER && !memberIds.contains(sheet.scorer())) {
        findings.add(ViolationCodes.SCORE_SCORER_NOT_MEMBER, Severity.ERROR, subject.get(),
            List.of(Findings.group(group)), sheet.scorer(), Value.phrase("member-of", group.name()), policy.rule());
      } else if (!seen.add(sheet.unit() + "/" + sheet.role()
          + (sheet.role() == ScorerRole.PEER ? "/" + sheet.scorer() : ""))) {
        findings.add(ViolationCodes.SCORE_SHEET_DUPLICATE, Severity.ERROR, subject.get(), List.of(),
            sheet.role() + (sheet.role() == ScorerRole.PEER ? " " + sheet.scorer() : ""), Value.phrase("one-sheet"),
            scaleRef);
      } else {
        checkEntries(sheet, subject);
        usable.computeIfAbsent(sheet.unit(), k -> new ArrayList<>()).add(sheet);
      }
    }
    Map<UnitId, ScoreSheet> facts = new TreeMap<>();
    usable.forEach((unit, list) -> chainSheet(list).ifPresent(s -> facts.put(unit, s)));
    relativeBests(usable.values().stream().flatMap(List::stream).toList());
    List<UnitScore> scores = new ArrayList<>();
    for (UnitId unit : members) {
      List<ScoreSheet> list = usable.getOrDefault(unit, List.of());
      scoreUnit(unit, list, Optional.ofNullable(facts.get(unit))).ifPresent(scores::add);
    }
    return new GroupScores(group.id(), group.year(), scale.id() + "@" + scale.version(), scores,
        new ValidationReport(findings.violations()));
  }

  // ------------------------------------------------------------------ checks

  static void maxima(Findings f, ScoringScale scale, RuleReference scaleRef) {
    BigDecimal top = scale.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (top.compareTo(scale.base()) != 0) {
      f.add(ViolationCodes.SCALE_MAX_MISMATCH, Severity.WARNING,
          new Subject(SubjectType.SCALE, scale.id(), scale.name().vi()), List.of(), top,
          scale.base(), scaleRef);
    }
    for (Criterion node : scale.allCriteria()) {
      if (!node.isLeaf()) {
        BigDecimal parts = node.children().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.compareTo(node.max()) != 0) {
          f.add(ViolationCodes.SCALE_MAX_MISMATCH, Severity.WARNING,
              new Subject(SubjectType.SCALE, scale.id() + "#" + node.code(), node.code()), List.of(),
              parts, node.max(), criterionRef(scale, node, scaleRef));
        }
      }
    }
  }

  private void binding() {
    var b = scale.binding();
    boolean bound = b.year() == group.year()
        && (b.group().map(group.id()::equals).orElse(false) || b.organiser().map(group.organiser()::equals)
            .orElse(false));
    Subject subject = new Subject(SubjectType.SCALE, scale.id(), scale.name().vi());
    if (!bound) {
      String to = b.group().map(Object::toString).or(() -> b.organiser().map(Object::toString)).orElse("");
      findings.add(ViolationCodes.SCORE_SCALE_NOT_BOUND, Severity.ERROR, subject, List.of(), to + "/" + b.year(),
          group.id() + "/" + group.year(), scaleRef);
    }
    group.pledgeSignedOn().filter(b.adoptedOn()::isAfter).ifPresent(pledge -> findings.add(
        ViolationCodes.SCORE_SCALE_CHANGED_AFTER_PLEDGE, Severity.ERROR, subject, List.of(Findings.group(group)),
        b.adoptedOn(), pledge, scaleRef));
  }

  private void checkEntries(ScoreSheet sheet, Supplier<Subject> subject) {
    int[] perLeaf = new int[leaves.size()];
    Map<String, Long> others = null;
    Map<String, List<ScoreEntry>> beyond = Map.of();
    // the same pass indexes the sheet's entries (as index(sheet) would), so each entry is looked at once
    ScoreEntry[] byLeaf = new ScoreEntry[leaves.size()];
    for (ScoreEntry e : sheet.entries()) {
      Integer i = leafIndex.get(e.criterion());
      boolean bounded = inBounds(e);
      if (i != null) {
        perLeaf[i]++;
        if (bounded && (byLeaf[i] == null || ENTRY_ORDER.compare(e, byLeaf[i]) < 0)) {
          byLeaf[i] = e;
        }
      } else {
        if (others == null) {
          others = new TreeMap<>();
        }
        others.merge(e.criterion(), 1L, Long::sum);
      }
      if (!bounded) {
        if (beyond.isEmpty()) {
          beyond = new HashMap<>();
        }
        beyond.computeIfAbsent(e.criterion(), k -> new ArrayList<>()).add(e);
      }
    }
    entries.put(sheet, byLeaf);
    // each code once, in the order of the codes, as the sheet's findings have always been listed
    if (others == null) {
      for (int i : byCodeOrder) {
        if (perLeaf[i] > 0) {
          checkCode(subject, leaves.get(i).code(), leaves.get(i), leafRefs[i], perLeaf[i], byLeaf[i], beyond);
        }
      }
    } else {
      Map<String, Long> counts = new TreeMap<>(others);
      for (int i = 0; i < perLeaf.length; i++) {
        if (perLeaf[i] > 0) {
          counts.put(leaves.get(i).code(), (long) perLeaf[i]);
        }
      }
      for (var count : counts.entrySet()) {
        Criterion c = byCode.get(count.getKey());
        Integer i = leafIndex.get(count.getKey());
        checkCode(subject, count.getKey(), c, c == null ? null : refs.get(c.code()), count.getValue(),
            i == null ? null : byLeaf[i], beyond);
      }
    }
    for (int i = 0; i < perLeaf.length; i++) {
      if (perLeaf[i] == 0) {
        Criterion leaf = leaves.get(i);
        report(ViolationCodes.SCORE_CRITERION_MISSING, subject, leaf.code(), Value.phrase("an-entry"), leafRefs[i]);
      }
    }
    for (Claim claim : sheet.bonuses()) {
      if (scale.bonus(claim.code()).isEmpty()) {
        report(ViolationCodes.SCORE_BONUS_UNLISTED, subject, claim.code(), Value.phrase("listed-achievement"), scaleRef);
      }
    }
    for (Claim claim : sheet.deductions()) {
      Optional<ListedItem> item = scale.deduction(claim.code());
      if (item.isEmpty()) {
        report(ViolationCodes.SCORE_DEDUCTION_UNLISTED, subject, claim.code(), Value.phrase("listed-fault"), scaleRef);
      } else if (claim.reason().isEmpty()) {
        report(ViolationCodes.SCORE_DEDUCTION_NO_REASON, subject, claim.code(), Value.phrase("a-reason"),
            itemRef(item.get()));
      }
    }
  }

  /**
   * The checks of the entries of one criterion code on a sheet.
   *
   * @param c the scale's criterion of that code, or null
   * @param ref its rule reference, if it has one
   * @param entry the entry that counts for it (the lowest within bounds), or null
   */
  private void checkCode(Supplier<Subject> subject, String code, Criterion c, RuleReference ref, long count,
      ScoreEntry entry, Map<String, List<ScoreEntry>> beyond) {
    if (c == null) {
      report(ViolationCodes.SCORE_CRITERION_UNKNOWN, subject, code, Value.phrase("criterion-of-scale"), scaleRef);
      return;
    }
    if (!c.isLeaf()) {
      report(ViolationCodes.SCORE_CRITERION_NOT_LEAF, subject, c.code(), Value.phrase("leaf-criterion"), ref);
      return;
    }
    if (count > 1) {
      report(ViolationCodes.SCORE_CRITERION_REPEATED, subject, c.code(), Value.phrase("once"), ref);
    }
    for (ScoreEntry e : beyond.getOrDefault(c.code(), List.of())) {
      // written as scientific text: the plain digits of 1e999999999 would not fit in memory
      report(ViolationCodes.SCORE_OUT_OF_BOUNDS, subject, Value.phrase("param-value", c.code(),
          (Numbers.inBounds(e.value()) ? e.target().orElseThrow() : e.value()).toString()),
          Value.phrase("number-bounds"), ref);
    }
    if (entry == null) {
      return;
    }
    Optional<Value> range = rangeProblem(c, entry);
    if (range.isPresent()) {
      report(ViolationCodes.SCORE_OUT_OF_RANGE, subject, Value.phrase("param-value", c.code(), entry.value()),
          range.get(), ref);
    }
    if (needsTarget(c) && entry.target().filter(t -> t.signum() > 0).isEmpty()) {
      report(ViolationCodes.SCORE_TARGET_MISSING, subject, c.code(), Value.phrase("positive-target"), ref);
    }
    if (c.evidenceRequired() && entry.evidence().isEmpty()) {
      findings.add(ViolationCodes.SCORE_EVIDENCE_MISSING, Severity.WARNING, subject.get(), List.of(), c.code(),
          Value.phrase("evidence"), ref);
    }
  }

  private void report(String code, Supplier<Subject> subject, Object observed, Object limit, RuleReference ref) {
    findings.add(code, Severity.ERROR, subject.get(), List.of(), observed, limit, ref);
  }

  private static boolean needsTarget(Criterion c) {
    ScoringMethod m = c.method().orElseThrow();
    return m instanceof ScoringMethod.AgainstTarget || m instanceof ScoringMethod.RelativeToGroup;
  }

  /** The allowed range if the entry's value lies outside it. */
  private static Optional<Value> rangeProblem(Criterion c, ScoreEntry entry) {
    BigDecimal v = entry.value();
    ScoringMethod m = c.method().orElseThrow();
    if (m instanceof ScoringMethod.Manual) {
      return v.signum() < 0 || v.compareTo(c.max()) > 0
          ? Optional.of(Value.phrase("range", BigDecimal.ZERO, c.max())) : Optional.empty();
    }
    if (m instanceof ScoringMethod.PassFail) {
      return v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0
          ? Optional.of(Value.phrase("zero-or-one")) : Optional.empty();
    }
    if (m instanceof ScoringMethod.PerOccurrence) {
      return v.signum() < 0 || v.stripTrailingZeros().scale() > 0
          ? Optional.of(Value.phrase("type-count")) : Optional.empty();
    }
    return v.signum() < 0 ? Optional.of(Value.phrase("not-negative")) : Optional.empty();
  }

  // ------------------------------------------------------------------ scoring

  private Optional<ScoreSheet> chainSheet(List<ScoreSheet> sheets) {
    for (ScorerRole role : policy.chain()) {
      Optional<ScoreSheet> s = sheets.stream().filter(x -> x.role() == role).findFirst();
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** The group's best ratio of each relative-to-group criterion, over every usable sheet of the group. */
  private void relativeBests(List<ScoreSheet> factSheets) {
    for (Criterion leaf : leaves) {
      if (leaf.method().orElseThrow() instanceof ScoringMethod.RelativeToGroup) {
        Rational best = Rational.ZERO;
        for (ScoreSheet sheet : factSheets) {
          Optional<Rational> r = ratio(entry(sheet, leaf.code()));
          if (r.isPresent()) {
            best = best.max(r.get());
          }
        }
        bestRatio.put(leaf.code(), best);
      }
    }
  }

  /** The entry that counts for a criterion: if it was entered more than once, the lowest value, whatever the order. */
  private Optional<ScoreEntry> entry(ScoreSheet sheet, String code) {
    return Optional.ofNullable(entryOrNull(sheet, code));
  }

  private ScoreEntry entryOrNull(ScoreSheet sheet, String code) {
    Integer i = leafIndex.get(code);
    return i == null ? null : entries(sheet)[i];
  }

  private ScoreEntry[] entries(ScoreSheet sheet) {
    return entries.computeIfAbsent(sheet, this::index);
  }

  private ScoreEntry[] index(ScoreSheet sheet) {
    ScoreEntry[] byLeaf = new ScoreEntry[leaves.size()];
    for (ScoreEntry e : sheet.entries()) {
      Integer i = leafIndex.get(e.criterion());
      if (i != null && inBounds(e) && (byLeaf[i] == null || ENTRY_ORDER.compare(e, byLeaf[i]) < 0)) {
        byLeaf[i] = e;
      }
    }
    return byLeaf;
  }

  /** Whether an entry's numbers are within the library's bounds; an entry beyond them is reported and not used. */
  private static boolean inBounds(ScoreEntry e) {
    return Numbers.inBounds(e.value()) && (e.target().isEmpty() || Numbers.inBounds(e.target().get()));
  }

  private static Optional<Rational> ratio(Optional<ScoreEntry> entry) {
    return entry.flatMap(e -> e.target().filter(t -> t.signum() > 0)
        .map(t -> Rational.of(e.value()).max(Rational.ZERO).dividedBy(Rational.of(t))));
  }

  /** One sheet's exact points per leaf, after method and clamp; trace steps go to {@code steps} if given. */
  private Rational[] leafPoints(ScoreSheet sheet, List<TraceStep> steps) {
    Rational[] points = new Rational[leaves.size()];
    boolean explain = steps != null;
    ScoreEntry[] byLeaf = entries(sheet);
    for (int i = 0; i < points.length; i++) {
      Criterion leaf = leaves.get(i);
      RuleReference ref = leafRefs[i];
      Rational max = leafMaxima[i];
      ScoreEntry e = byLeaf[i];
      if (e == null) {
        if (explain) {
          add(steps, leaf.code(), StepKind.INPUT, Rational.ZERO, "not scored on " + source(sheet) + ": 0", ref);
        }
        points[i] = Rational.ZERO;
        continue;
      }
      if (explain) {
        add(steps, leaf.code(), StepKind.INPUT, Rational.of(e.value()), source(sheet) + ": value "
            + e.value().toPlainString() + e.target().map(t -> ", target " + t.toPlainString()).orElse(""), ref);
      }
      Method computed = method(leaf, e, max, explain);
      if (explain) {
        add(steps, leaf.code(), StepKind.METHOD, computed.value(), computed.detail(), ref);
      }
      Rational clamped = computed.value().max(Rational.ZERO).min(max);
      if (explain && !clamped.equals(computed.value())) {
        add(steps, leaf.code(), StepKind.CLAMP, clamped, "within [0, " + leaf.max().toPlainString() + "]", ref);
      }
      points[i] = clamped;
    }
    return points;
  }

  private record Method(Rational value, String detail) {}

  private Rational rational(BigDecimal value) {
    Rational r = rationals.get(value);
    if (r == null) {
      r = Rational.of(value);
      rationals.put(value, r);
    }
    return r;
  }

  /** The method's points for an entry, and (if {@code explain}) how they were reached. */
  private Method method(Criterion leaf, ScoreEntry e, Rational max, boolean explain) {
    ScoringMethod m = leaf.method().orElseThrow();
    Rational v = rational(e.value());
    if (m instanceof ScoringMethod.Manual) {
      return new Method(v, explain ? "manual: points as entered" : "");
    }
    if (m instanceof ScoringMethod.PassFail) {
      return v.compareTo(Rational.ONE) >= 0
          ? new Method(max, explain ? "pass-fail: passed, full points" : "")
          : new Method(Rational.ZERO, explain ? "pass-fail: not passed" : "");
    }
    if (m instanceof ScoringMethod.PerOccurrence po) {
      return new Method(v.max(Rational.ZERO).times(Rational.of(po.pointsEach())), explain
          ? "per-occurrence: " + e.value().toPlainString() + " × " + po.pointsEach().toPlainString() : "");
    }
    Optional<Rational> r = ratio(Optional.of(e));
    if (r.isEmpty()) {
      return new Method(Rational.ZERO, explain ? m.type() + ": no positive target, 0" : "");
    }
    Rational ratio = r.get();
    if (m instanceof ScoringMethod.AgainstTarget at) {
      if (at.tiers().isEmpty()) {
        Rational cap = Rational.of(at.capRatio());
        return new Method(max.times(ratio.min(cap)).dividedBy(cap), explain ? "against-target: max × min(ratio "
            + ratio + ", " + at.capRatio().toPlainString() + ") ÷ " + at.capRatio().toPlainString() : "");
      }
      Rational fraction = Rational.ZERO;
      String tier = "no tier reached";
      for (var t : at.tiers()) {
        if (ratio.compareTo(Rational.of(t.minRatio())) >= 0) {
          fraction = Rational.of(t.fraction());
          tier = "tier from ratio " + t.minRatio().toPlainString() + ": " + t.fraction().toPlainString() + " × max";
        }
      }
      return new Method(max.times(fraction), explain ? "against-target: ratio " + ratio + ", " + tier : "");
    }
    ScoringMethod.RelativeToGroup rel = (ScoringMethod.RelativeToGroup) m;
    Rational best = bestRatio.getOrDefault(leaf.code(), Rational.ZERO).max(ratio);
    Rational a = Rational.of(rel.atTargetFraction());
    if (best.compareTo(Rational.ONE) <= 0) {
      return new Method(max.times(ratio.min(Rational.ONE)), explain
          ? "relative-to-group: nobody exceeded the target; max × min(ratio " + ratio + ", 1)" : "");
    }
    if (ratio.compareTo(best) >= 0) {
      return new Method(max, explain
          ? "relative-to-group: best ratio in the group (" + best + "), full points" : "");
    }
    if (ratio.compareTo(Rational.ONE) >= 0) {
      Rational share = a.plus(Rational.ONE.minus(a).times(ratio.minus(Rational.ONE))
          .dividedBy(best.minus(Rational.ONE)));
      return new Method(max.times(share), explain ? "relative-to-group: max × (" + a + " + (1 − " + a
          + ") × (ratio " + ratio + " − 1) ÷ (best " + best + " − 1))" : "");
    }
    return new Method(max.times(a).times(ratio), explain
        ? "relative-to-group: below target; max × " + a + " × ratio " + ratio : "");
  }

  private Optional<UnitScore> scoreUnit(UnitId unit, List<ScoreSheet> sheets, Optional<ScoreSheet> factSheet) {
    List<TraceStep> steps = new ArrayList<>();
    Rational[] leaves;
    List<String> sources = new ArrayList<>();
    List<ScoreSheet> peers = sheets.stream().filter(s -> s.role() == ScorerRole.PEER).toList();
    boolean peerMethod = policy.method() != AggregationMethod.OVERRIDE_CHAIN;
    if (peerMethod && peers.size() < policy.minRaters()) {
      findings.add(ViolationCodes.SCORE_RATERS_TOO_FEW, Severity.ERROR, findings.unit(unit),
          List.of(Findings.group(group)), peers.size(), policy.minRaters(), policy.rule());
    }
    if (peerMethod && !peers.isEmpty()) {
      leaves = aggregatePeers(peers, steps);
      peers.forEach(p -> sources.add(source(p)));
    } else if (factSheet.isPresent()) {
      leaves = leafPoints(factSheet.get(), steps);
      sources.add(source(factSheet.get()));
      add(steps, "total", StepKind.AGGREGATE, null, policy.describe() + ": uses " + source(factSheet.get()),
          policy.rule());
    } else {
      findings.add(ViolationCodes.SCORE_SHEET_MISSING, Severity.ERROR, findings.unit(unit),
          List.of(Findings.group(group)), sheets.size(), policy.describe(), policy.rule());
      return Optional.empty();
    }
    Totals totals = totals(leaves, factSheet, steps);
    boolean finalIsSelf = sources.stream().allMatch(x -> x.startsWith(ScorerRole.SELF + ":"));
    if (policy.selfMargin().isPresent() && !finalIsSelf) {
      sheets.stream().filter(s -> s.role() == ScorerRole.SELF).findFirst().ifPresent(self -> {
        BigDecimal selfTotal = totals(leafPoints(self, null), Optional.of(self), null, false).total();
        if (selfTotal.subtract(totals.total()).compareTo(policy.selfMargin().get()) > 0) {
          findings.add(ViolationCodes.SCORE_SELF_EXCEEDS_VERIFIED, Severity.WARNING, findings.unit(unit),
              List.of(), selfTotal, totals.total(), policy.rule());
        }
      });
    }
    return Optional.of(new UnitScore(unit, totals.criteria(), totals.groups(), totals.bonus(), totals.deductions(),
        totals.total(), policy.describe(), sources, new Trace(steps)));
  }

  private Rational[] aggregatePeers(List<ScoreSheet> peers, List<TraceStep> steps) {
    List<Rational[]> each = new ArrayList<>(peers.size());
    for (ScoreSheet p : peers) {
      each.add(leafPoints(p, null));
    }
    Rational[] out = new Rational[this.leaves.size()];
    for (int i = 0; i < out.length; i++) {
      Criterion leaf = this.leaves.get(i);
      Rational[] sorted = new Rational[each.size()];
      for (int k = 0; k < sorted.length; k++) {
        sorted[k] = each.get(k)[i];
      }
      Arrays.sort(sorted);
      List<Rational> values = Arrays.asList(sorted);
      int trim = policy.method() == AggregationMethod.TRIMMED_MEAN && values.size() > 2 * policy.trim()
          ? policy.trim() : 0;
      List<Rational> kept = values.subList(trim, values.size() - trim);
      Rational value = policy.method() == AggregationMethod.MEDIAN ? median(kept) : mean(kept);
      if (steps != null) {
        StringBuilder detail = new StringBuilder(64).append(policy.method().wireName()).append(" of [");
        for (int k = 0; k < kept.size(); k++) {
          detail.append(k > 0 ? ", " : "").append(kept.get(k).toPlainString());
        }
        detail.append(']');
        if (trim > 0) {
          detail.append(" (dropped ").append(trim).append(" lowest and highest of ").append(values.size()).append(')');
        }
        add(steps, leaf.code(), StepKind.AGGREGATE, value, detail.toString(), policy.rule());
      }
      out[i] = value;
    }
    return out;
  }

  private static Rational mean(List<Rational> values) {
    Rational sum = Rational.ZERO;
    for (Rational v : values) {
      sum = sum.plus(v);
    }
    return sum.dividedBy(Rational.of(values.size()));
  }

  private static Rational median(List<Rational> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(Rational.of(2));
  }

  private record Totals(List<CriterionScore> criteria, List<CriterionScore> groups, BigDecimal bonus,
      BigDecimal deductions, BigDecimal total) {}

  /** Sums the tree, applies bonus, deductions and the floor, and rounds where the scale declares. */
  private Totals totals(Rational[] leaves, Optional<ScoreSheet> claimsSheet, List<TraceStep> steps) {
    return totals(leaves, claimsSheet, steps, true);
  }

  /** The totals; without {@code display}, only the total, bonus and deductions (the self-score check's need). */
  private Totals totals(Rational[] leaves, Optional<ScoreSheet> claimsSheet, List<TraceStep> steps,
      boolean display) {
    var arithmetic = scale.arithmetic();
    Map<String, Rational> values = new LinkedHashMap<>();
    Rational sum = Rational.ZERO;
    List<CriterionScore> groups = new ArrayList<>();
    for (Criterion top : scale.criteria()) {
      Rational value = node(top, leaves, values, steps);
      if (arithmetic.point() == RoundingPoint.GROUP) {
        value = round(top.code(), value, steps);
        values.put(top.code(), value);
      }
      if (display) {
        groups.add(display(top, value));
      }
      sum = sum.plus(value);
    }
    add(steps, "criteria", StepKind.SUM, sum, "sum of the criterion groups", scaleRef);
    Rational bonus = claims(claimsSheet.map(ScoreSheet::bonuses).orElse(List.of()), true, steps);
    Rational deductions = claims(claimsSheet.map(ScoreSheet::deductions).orElse(List.of()), false, steps);
    Rational total = sum.plus(bonus).minus(deductions);
    Rational floor = Rational.of(scale.floor());
    if (total.compareTo(floor) < 0) {
      add(steps, "total", StepKind.CLAMP, floor, "not below the floor " + scale.floor().toPlainString(), scaleRef);
      total = floor;
    }
    BigDecimal rounded = total.round(arithmetic.decimals(), arithmetic.mode());
    add(steps, "total", StepKind.ROUND, Rational.of(rounded), "round " + total + " to " + arithmetic.decimals()
        + " places, " + arithmetic.mode(), scaleRef);
    add(steps, "total", StepKind.RESULT, Rational.of(rounded), "criteria " + sum + " + bonus " + bonus
        + " − deductions " + deductions, scaleRef);
    List<CriterionScore> criteria = display ? all.stream().map(c -> display(c, values.get(c.code()))).toList()
        : List.of();
    return new Totals(criteria, groups, bonus.round(arithmetic.decimals(), arithmetic.mode()),
        deductions.round(arithmetic.decimals(), arithmetic.mode()), rounded);
  }

  private Rational node(Criterion c, Rational[] leaves, Map<String, Rational> values, List<TraceStep> steps) {
    RuleReference ref = refs.get(c.code());
    Rational value;
    if (c.isLeaf()) {
      Integer i = leafIndex.get(c.code());
      value = i == null ? Rational.ZERO : leaves[i];
      if (scale.arithmetic().point() == RoundingPoint.CRITERION) {
        value = round(c.code(), value, steps);
      }
    } else {
      value = Rational.ZERO;
      for (Criterion child : c.children()) {
        value = value.plus(node(child, leaves, values, steps));
      }
      if (steps != null) {
        add(steps, c.code(), StepKind.SUM, value, "sum of " + c.children().stream().map(Criterion::code)
            .collect(Collectors.joining(" + ")), ref);
      }
      Rational max = maxima.get(c.code());
      if (value.compareTo(max) > 0) {
        value = max;
        add(steps, c.code(), StepKind.CLAMP, value, "not above the maximum " + c.max().toPlainString(), ref);
      }
    }
    values.put(c.code(), value);
    return value;
  }

  private Rational round(String subject, Rational value, List<TraceStep> steps) {
    var arithmetic = scale.arithmetic();
    Rational rounded = Rational.of(value.round(arithmetic.decimals(), arithmetic.mode()));
    if (!rounded.equals(value)) {
      add(steps, subject, StepKind.ROUND, rounded, "round " + value + " to " + arithmetic.decimals() + " places, "
          + arithmetic.mode() + " (rounding point " + arithmetic.point() + ")", scaleRef);
    }
    return rounded;
  }

  private Rational claims(List<Claim> claims, boolean bonus, List<TraceStep> steps) {
    Map<String, Rational> perItem = new TreeMap<>();
    Map<String, ListedItem> items = new TreeMap<>();
    for (Claim claim : claims) {
      Optional<ListedItem> item = bonus ? scale.bonus(claim.code()) : scale.deduction(claim.code());
      item.ifPresent(i -> {
        items.put(i.code(), i);
        // a listed achievement earns its points once, however often it is claimed; a fault counts per occurrence
        Rational points = bonus ? Rational.of(i.points())
            : Rational.of(i.points()).times(Rational.of(claim.count()));
        perItem.merge(i.code(), points, bonus ? (a, b) -> a : Rational::plus);
      });
    }
    Rational sum = Rational.ZERO;
    StepKind kind = bonus ? StepKind.BONUS : StepKind.DEDUCTION;
    for (var e : perItem.entrySet()) {
      ListedItem item = items.get(e.getKey());
      Rational value = item.cap().map(c -> e.getValue().min(Rational.of(c))).orElse(e.getValue());
      add(steps, e.getKey(), kind, value, item.text().vi() + (value.equals(e.getValue()) ? "" : ", capped at "
          + item.cap().orElseThrow().toPlainString()), itemRef(item));
      sum = sum.plus(value);
    }
    Optional<BigDecimal> cap = bonus ? Optional.of(scale.bonusCap()) : scale.deductionCap();
    if (cap.isPresent() && sum.compareTo(Rational.of(cap.get())) > 0) {
      add(steps, bonus ? "bonus" : "deductions", StepKind.CLAMP, Rational.of(cap.get()),
          (bonus ? "bonus" : "deductions") + " capped at " + cap.get().toPlainString(), scaleRef);
      sum = Rational.of(cap.get());
    }
    return sum;
  }

  private CriterionScore display(Criterion c, Rational value) {
    return new CriterionScore(c.code(), value.round(scale.arithmetic().decimals(), scale.arithmetic().mode()),
        c.max());
  }

  // ------------------------------------------------------------------ helpers

  private static void add(List<TraceStep> steps, String subject, StepKind kind, Rational value, String detail,
      RuleReference rule) {
    if (steps != null) {
      steps.add(new TraceStep(subject, kind, value == null ? "" : value.toString(), detail, rule));
    }
  }

  /** A text form of a sheet that does not depend on the order of its entries and claims. */
  private static String canonical(ScoreSheet sheet) {
    return sheet.entries().stream().map(ScoreEntry::toString).sorted().toList() + "|"
        + sheet.bonuses().stream().map(Claim::toString).sorted().toList() + "|"
        + sheet.deductions().stream().map(Claim::toString).sorted().toList();
  }

  private static String source(ScoreSheet sheet) {
    return sheet.role() + ":" + sheet.scorer();
  }

  private Subject sheetSubject(ScoreSheet sheet) {
    String name = province.unit(sheet.unit()).map(u -> u.name()).orElse(sheet.unit().value());
    return new Subject(SubjectType.SCORE_SHEET, sheet.unit() + "/" + sheet.role() + "/" + sheet.scorer(),
        name + " (" + sheet.role() + " " + sheet.scorer() + ")");
  }

  private static RuleReference criterionRef(ScoringScale scale, Criterion c, RuleReference scaleRef) {
    return new RuleReference("scale:" + c.code(), scaleRef.layer(), c.citation().orElse(scale.citation()));
  }

  private RuleReference itemRef(ListedItem item) {
    return new RuleReference("scale:" + item.code(), scaleRef.layer(), item.citation().orElse(scale.citation()));
  }
}
