package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.RoundingPoint;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-written baselines of the library's scoring of a whole province, for {@link ProvinceBenchmark}: the same
 * computation in {@code double} ({@link #doubleScoring}) and exact in {@link BigDecimal} ({@link #exactScoring}).
 *
 * <p>Honest baselines: they start from the same inputs as the library (the province, the organisers' layers and
 * the list of {@link ScoreSheet}s with their {@code BigDecimal} entries, in any order), read each organiser's scale
 * and {@code scoring.aggregation} rule from the layers, sort the sheets out by group and unit, look entries up by
 * criterion code, and do the checks that decide which sheets and entries count (the sheet's group and year, the
 * unit a member, a peer scorer another member, one sheet per role and peer, each leaf entered once and in range,
 * enough peers), counting the problems instead of describing them. They compute what the library computes for
 * the trimmed-mean and mean methods: each peer sheet's points per leaf criterion (manual, pass-fail,
 * per-occurrence, clamped to the leaf's maximum), each leaf's trimmed mean, the criterion groups' sums clamped to
 * their maxima, the claims of the chain's sheet (a listed bonus once, a deduction per occurrence, item and list
 * caps), the floor, and the total rounded to the scale's decimals. What they leave out: explanations (the trace),
 * findings' texts, fingerprints, rule resolution through the layers (they read the one organiser layer), and the
 * methods and rounding points the benchmark scale does not use (they refuse those rather than get them wrong).
 *
 * <p>The double baseline rounds at the end with {@code Math.round(total × 10^d) / 10^d} (half-up for the positive
 * totals of a scale with floor 0). The exact baseline keeps every value as a multiple of {@code 1/k}, {@code k}
 * the number of peer values each mean keeps, so it never divides before the final rounding.
 */
final class Baselines {
  private Baselines() {}

  /** A group's totals, in the group's member order; {@code problems} counts what the checks refused. */
  record GroupTotals(GroupId group, List<UnitId> units, double[] totals, int problems) {}

  /** An organiser's scale and aggregation policy, read from its layer. */
  private record Policy(ScoringScale scale, List<Criterion> leaves, Map<String, Integer> leafIndex, int trim,
      int minRaters, List<ScorerRole> chain) {

    static Policy of(ScoringScale scale, Optional<Rule> aggregation) {
      RuleParameters p = aggregation.map(Rule::params).orElse(RuleParameters.EMPTY);
      String method = p.optionalText("method").orElse("override-chain");
      if (!method.equals("trimmed-mean") && !method.equals("mean")) {
        throw new UnsupportedOperationException("the baselines compute peer means only, not " + method);
      }
      if (scale.arithmetic().point() != RoundingPoint.TOTAL || scale.arithmetic().mode() != RoundingMode.HALF_UP) {
        throw new UnsupportedOperationException("the baselines round the total half-up only");
      }
      List<Criterion> leaves = scale.leaves();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < leaves.size(); i++) {
        index.put(leaves.get(i).code(), i);
      }
      List<ScorerRole> chain = p.has("chain") ? p.textList("chain").stream().map(ScorerRole::valueOf).toList()
          : List.of(ScorerRole.COUNCIL, ScorerRole.HEAD, ScorerRole.SELF);
      int trim = method.equals("trimmed-mean") ? p.optionalInteger("trim").orElse(1) : 0;
      return new Policy(scale, leaves, index, trim, p.optionalInteger("minRaters").orElse(1), chain);
    }
  }

  /** Every organiser's policy, from the layers that target it and carry its scale. */
  private static Map<OrganiserId, Policy> policies(List<RuleSet> layers) {
    Map<OrganiserId, Policy> out = new HashMap<>();
    for (RuleSet layer : layers) {
      for (ScoringScale s : layer.scales()) {
        s.binding().organiser().ifPresent(o -> out.put(o, Policy.of(s, layer.rule("scoring.aggregation"))));
      }
    }
    return out;
  }

  /** The sheets of each group's units: group → unit → sheets. */
  private static Map<GroupId, Map<UnitId, List<ScoreSheet>>> byGroup(List<ScoreSheet> sheets) {
    Map<GroupId, Map<UnitId, List<ScoreSheet>>> out = new HashMap<>();
    for (ScoreSheet s : sheets) {
      out.computeIfAbsent(s.group(), g -> new HashMap<>()).computeIfAbsent(s.unit(), u -> new ArrayList<>(8))
          .add(s);
    }
    return out;
  }

  /** A unit's usable sheets after the checks, and the problems found. */
  private record Usable(List<ScoreSheet> peers, Optional<ScoreSheet> chain, int problems) {}

  private static Usable usable(EmulationGroup group, Set<String> members, UnitId unit, List<ScoreSheet> sheets,
      Policy policy) {
    int problems = 0;
    List<ScoreSheet> peers = new ArrayList<>(sheets.size());
    ScoreSheet[] byRole = new ScoreSheet[ScorerRole.values().length];
    Set<String> peerScorers = new HashSet<>();
    for (ScoreSheet s : sheets) {
      boolean ok = s.year() == group.year() && s.group().equals(group.id()) && members.contains(unit.value());
      if (ok && s.role() == ScorerRole.PEER) {
        ok = !s.scorer().equals(unit.value()) && members.contains(s.scorer()) && peerScorers.add(s.scorer());
      } else if (ok) {
        ok = byRole[s.role().ordinal()] == null;
      }
      if (ok) {
        problems += entryProblems(s, policy);
        if (s.role() == ScorerRole.PEER) {
          peers.add(s);
        } else {
          byRole[s.role().ordinal()] = s;
        }
      } else {
        problems++;
      }
    }
    Optional<ScoreSheet> chain = Optional.empty();
    for (ScorerRole role : policy.chain()) {
      if (role == ScorerRole.PEER && !peers.isEmpty()) {
        chain = Optional.of(peers.get(0));
        break;
      }
      if (role != ScorerRole.PEER && byRole[role.ordinal()] != null) {
        chain = Optional.of(byRole[role.ordinal()]);
        break;
      }
    }
    if (peers.size() < policy.minRaters()) {
      problems++;
    }
    return new Usable(peers, chain, problems);
  }

  /** Unknown, repeated, missing or out-of-range entries of a sheet, and unlisted claims. */
  private static int entryProblems(ScoreSheet s, Policy policy) {
    int problems = 0;
    boolean[] seen = new boolean[policy.leaves().size()];
    for (ScoreEntry e : s.entries()) {
      Integer i = policy.leafIndex().get(e.criterion());
      if (i == null || seen[i]) {
        problems++;
        continue;
      }
      seen[i] = true;
      Criterion leaf = policy.leaves().get(i);
      BigDecimal v = e.value();
      ScoringMethod m = leaf.method().orElseThrow();
      if (m instanceof ScoringMethod.Manual) {
        problems += v.signum() < 0 || v.compareTo(leaf.max()) > 0 ? 1 : 0;
      } else if (m instanceof ScoringMethod.PassFail) {
        problems += v.signum() != 0 && v.compareTo(BigDecimal.ONE) != 0 ? 1 : 0;
      } else if (m instanceof ScoringMethod.PerOccurrence) {
        problems += v.signum() < 0 || v.stripTrailingZeros().scale() > 0 ? 1 : 0;
      } else {
        throw new UnsupportedOperationException("the baselines do not compute " + m.type());
      }
    }
    for (boolean b : seen) {
      problems += b ? 0 : 1;
    }
    for (Claim c : s.bonuses()) {
      problems += policy.scale().bonus(c.code()).isEmpty() ? 1 : 0;
    }
    for (Claim c : s.deductions()) {
      problems += policy.scale().deduction(c.code()).isEmpty() || c.reason().isEmpty() ? 1 : 0;
    }
    return problems;
  }

  /** The entry of each leaf of a sheet, in the scale's leaf order ({@code null} if not entered). */
  private static ScoreEntry[] entries(ScoreSheet s, Policy policy) {
    ScoreEntry[] out = new ScoreEntry[policy.leaves().size()];
    for (ScoreEntry e : s.entries()) {
      Integer i = policy.leafIndex().get(e.criterion());
      if (i != null && (out[i] == null || e.value().compareTo(out[i].value()) < 0)) {
        out[i] = e;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ double

  /**
   * The double baseline of the whole province's scoring.
   *
   * @param province the organisation
   * @param layers the organisers' layers
   * @param sheets every sheet
   * @return each group's totals, in the province's group order
   */
  static List<GroupTotals> doubleScoring(Province province, List<RuleSet> layers, List<ScoreSheet> sheets) {
    Map<OrganiserId, Policy> policies = policies(layers);
    Map<GroupId, Map<UnitId, List<ScoreSheet>>> byGroup = byGroup(sheets);
    List<GroupTotals> out = new ArrayList<>();
    for (EmulationGroup g : province.groups()) {
      Policy policy = policies.get(g.organiser());
      Map<UnitId, List<ScoreSheet>> units = byGroup.getOrDefault(g.id(), Map.of());
      Set<String> members = memberIds(g);
      List<UnitId> ids = g.members();
      double[] totals = new double[ids.size()];
      int problems = 0;
      for (int u = 0; u < ids.size(); u++) {
        Usable usable = usable(g, members, ids.get(u), units.getOrDefault(ids.get(u), List.of()), policy);
        problems += usable.problems();
        totals[u] = doubleTotal(policy, usable.peers(), usable.chain());
      }
      out.add(new GroupTotals(g.id(), ids, totals, problems));
    }
    return out;
  }

  private static Set<String> memberIds(EmulationGroup g) {
    Set<String> out = new HashSet<>();
    g.members().forEach(m -> out.add(m.value()));
    return out;
  }

  private static double doubleTotal(Policy policy, List<ScoreSheet> peers, Optional<ScoreSheet> chainSheet) {
    double[] leafValue = doubleLeaves(policy, peers);
    double total = 0;
    int[] next = {0};
    for (Criterion top : policy.scale().criteria()) {
      total += doubleNode(top, leafValue, next);
    }
    ScoringScale scale = policy.scale();
    double[] claims = doubleClaims(scale, chainSheet);
    total = Math.max(total + claims[0] - claims[1], scale.floor().doubleValue());
    double factor = Math.pow(10, scale.arithmetic().decimals());
    return Math.round(total * factor) / factor;
  }

  /** Each leaf's trimmed mean of the peers' points, in leaf order. */
  private static double[] doubleLeaves(Policy policy, List<ScoreSheet> peers) {
    List<Criterion> leaves = policy.leaves();
    int n = peers.size();
    double[][] points = new double[leaves.size()][n];
    for (int p = 0; p < n; p++) {
      ScoreEntry[] entries = entries(peers.get(p), policy);
      for (int l = 0; l < leaves.size(); l++) {
        points[l][p] = entries[l] == null ? 0 : doublePoints(leaves.get(l), entries[l].value().doubleValue());
      }
    }
    int trim = n > 2 * policy.trim() ? policy.trim() : 0;
    double[] leafValue = new double[leaves.size()];
    for (int l = 0; l < leaves.size(); l++) {
      double[] values = points[l];
      Arrays.sort(values);
      double sum = 0;
      for (int i = trim; i < n - trim; i++) {
        sum += values[i];
      }
      leafValue[l] = n == 0 ? 0 : sum / (n - 2 * trim);
    }
    return leafValue;
  }

  /** The chain sheet's bonus and deductions after the item and list caps. */
  private static double[] doubleClaims(ScoringScale scale, Optional<ScoreSheet> chainSheet) {
    double bonus = 0;
    double deductions = 0;
    if (chainSheet.isPresent()) {
      Set<String> claimed = new HashSet<>();
      for (Claim c : chainSheet.get().bonuses()) {
        Optional<ListedItem> item = scale.bonus(c.code());
        if (item.isPresent() && claimed.add(c.code())) {
          double v = item.get().points().doubleValue();
          bonus += item.get().cap().map(cap -> Math.min(v, cap.doubleValue())).orElse(v);
        }
      }
      Map<String, Double> perItem = new HashMap<>();
      for (Claim c : chainSheet.get().deductions()) {
        Optional<ListedItem> item = scale.deduction(c.code());
        if (item.isPresent()) {
          perItem.merge(c.code(), item.get().points().doubleValue() * c.count(), Double::sum);
        }
      }
      for (Map.Entry<String, Double> e : perItem.entrySet()) {
        ListedItem item = scale.deduction(e.getKey()).orElseThrow();
        deductions += item.cap().map(cap -> Math.min(e.getValue(), cap.doubleValue())).orElse(e.getValue());
      }
    }
    bonus = Math.min(bonus, scale.bonusCap().doubleValue());
    if (scale.deductionCap().isPresent()) {
      deductions = Math.min(deductions, scale.deductionCap().get().doubleValue());
    }
    return new double[] {bonus, deductions};
  }

  /**
   * Each unit's typed points for the simple workbook: its leaves' trimmed means, its bonus and its deductions
   * (negative), by unit.
   *
   * @param province the organisation
   * @param layers the organisers' layers
   * @param sheets every sheet
   * @return the points of every unit
   */
  static Map<UnitId, double[]> typedPoints(Province province, List<RuleSet> layers, List<ScoreSheet> sheets) {
    Map<OrganiserId, Policy> policies = policies(layers);
    Map<GroupId, Map<UnitId, List<ScoreSheet>>> byGroup = byGroup(sheets);
    Map<UnitId, double[]> out = new HashMap<>();
    for (EmulationGroup g : province.groups()) {
      Policy policy = policies.get(g.organiser());
      Set<String> members = memberIds(g);
      for (UnitId unit : g.members()) {
        Usable usable = usable(g, members, unit, byGroup.get(g.id()).getOrDefault(unit, List.of()), policy);
        double[] leaves = doubleLeaves(policy, usable.peers());
        double[] claims = doubleClaims(policy.scale(), usable.chain());
        double[] row = Arrays.copyOf(leaves, leaves.length + 2);
        row[leaves.length] = claims[0];
        row[leaves.length + 1] = -claims[1];
        out.put(unit, row);
      }
    }
    return out;
  }

  /** A criterion's value: a leaf's from {@code leafValue} in leaf order, a node's sum clamped to its maximum. */
  private static double doubleNode(Criterion c, double[] leafValue, int[] next) {
    if (c.isLeaf()) {
      return leafValue[next[0]++];
    }
    double sum = 0;
    for (Criterion child : c.children()) {
      sum += doubleNode(child, leafValue, next);
    }
    return Math.min(sum, c.max().doubleValue());
  }

  private static double doublePoints(Criterion leaf, double v) {
    double max = leaf.max().doubleValue();
    ScoringMethod m = leaf.method().orElseThrow();
    double points;
    if (m instanceof ScoringMethod.Manual) {
      points = v;
    } else if (m instanceof ScoringMethod.PassFail) {
      points = v >= 1 ? max : 0;
    } else if (m instanceof ScoringMethod.PerOccurrence po) {
      points = Math.max(v, 0) * po.pointsEach().doubleValue();
    } else {
      throw new UnsupportedOperationException("the baselines do not compute " + m.type());
    }
    return Math.min(Math.max(points, 0), max);
  }

  // ------------------------------------------------------------------ exact

  /**
   * The exact baseline of the whole province's scoring.
   *
   * @param province the organisation
   * @param layers the organisers' layers
   * @param sheets every sheet
   * @return each group's totals, in the province's group order (the exact totals, as doubles: they have the
   *     scale's few decimals)
   */
  static List<GroupTotals> exactScoring(Province province, List<RuleSet> layers, List<ScoreSheet> sheets) {
    Map<OrganiserId, Policy> policies = policies(layers);
    Map<GroupId, Map<UnitId, List<ScoreSheet>>> byGroup = byGroup(sheets);
    List<GroupTotals> out = new ArrayList<>();
    for (EmulationGroup g : province.groups()) {
      Policy policy = policies.get(g.organiser());
      Map<UnitId, List<ScoreSheet>> units = byGroup.getOrDefault(g.id(), Map.of());
      Set<String> members = memberIds(g);
      List<UnitId> ids = g.members();
      double[] totals = new double[ids.size()];
      int problems = 0;
      for (int u = 0; u < ids.size(); u++) {
        Usable usable = usable(g, members, ids.get(u), units.getOrDefault(ids.get(u), List.of()), policy);
        problems += usable.problems();
        totals[u] = exactTotal(policy, usable.peers(), usable.chain()).doubleValue();
      }
      out.add(new GroupTotals(g.id(), ids, totals, problems));
    }
    return out;
  }

  /**
   * One unit's exact total from its six sheets, for the generator (which keeps totals distinct within a group);
   * the policy is the generator's: trimmed mean, trim 1, claims from the chain COUNCIL, HEAD, SELF.
   */
  static BigDecimal exactUnitTotal(ScoringScale scale, List<ScoreSheet> sheets) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < scale.leaves().size(); i++) {
      index.put(scale.leaves().get(i).code(), i);
    }
    Policy policy = new Policy(scale, scale.leaves(), index, 1, 3,
        List.of(ScorerRole.COUNCIL, ScorerRole.HEAD, ScorerRole.SELF));
    List<ScoreSheet> peers = sheets.stream().filter(s -> s.role() == ScorerRole.PEER).toList();
    Optional<ScoreSheet> chain = sheets.stream().filter(s -> s.role() == ScorerRole.HEAD).findFirst();
    return exactTotal(policy, peers, chain);
  }

  private static BigDecimal exactTotal(Policy policy, List<ScoreSheet> peers, Optional<ScoreSheet> chainSheet) {
    List<Criterion> leaves = policy.leaves();
    int n = peers.size();
    BigDecimal[][] points = new BigDecimal[leaves.size()][n];
    for (int p = 0; p < n; p++) {
      ScoreEntry[] entries = entries(peers.get(p), policy);
      for (int l = 0; l < leaves.size(); l++) {
        points[l][p] = entries[l] == null ? BigDecimal.ZERO : exactPoints(leaves.get(l), entries[l].value());
      }
    }
    int trim = n > 2 * policy.trim() ? policy.trim() : 0;
    int kept = Math.max(1, n - 2 * trim);
    BigDecimal k = BigDecimal.valueOf(kept);
    // each leaf's kept sum: its mean times k
    BigDecimal[] leafSum = new BigDecimal[leaves.size()];
    for (int l = 0; l < leaves.size(); l++) {
      BigDecimal[] values = points[l];
      Arrays.sort(values);
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = trim; i < n - trim; i++) {
        sum = sum.add(values[i]);
      }
      leafSum[l] = sum;
    }
    BigDecimal total = BigDecimal.ZERO;
    int[] next = {0};
    for (Criterion top : policy.scale().criteria()) {
      total = total.add(exactNode(top, leafSum, k, next));
    }
    ScoringScale scale = policy.scale();
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal deductions = BigDecimal.ZERO;
    if (chainSheet.isPresent()) {
      Set<String> claimed = new HashSet<>();
      for (Claim c : chainSheet.get().bonuses()) {
        Optional<ListedItem> item = scale.bonus(c.code());
        if (item.isPresent() && claimed.add(c.code())) {
          BigDecimal v = item.get().points();
          bonus = bonus.add(item.get().cap().map(v::min).orElse(v));
        }
      }
      Map<String, BigDecimal> perItem = new HashMap<>();
      for (Claim c : chainSheet.get().deductions()) {
        Optional<ListedItem> item = scale.deduction(c.code());
        if (item.isPresent()) {
          perItem.merge(c.code(), item.get().points().multiply(BigDecimal.valueOf(c.count())), BigDecimal::add);
        }
      }
      for (Map.Entry<String, BigDecimal> e : perItem.entrySet()) {
        ListedItem item = scale.deduction(e.getKey()).orElseThrow();
        deductions = deductions.add(item.cap().map(e.getValue()::min).orElse(e.getValue()));
      }
    }
    bonus = bonus.min(scale.bonusCap());
    if (scale.deductionCap().isPresent()) {
      deductions = deductions.min(scale.deductionCap().get());
    }
    total = total.add(bonus.subtract(deductions).multiply(k)).max(scale.floor().multiply(k));
    return total.divide(k, scale.arithmetic().decimals(), scale.arithmetic().mode());
  }

  /** A criterion's value times {@code k}: a leaf's kept sum, a node's sum clamped to its maximum times k. */
  private static BigDecimal exactNode(Criterion c, BigDecimal[] leafSum, BigDecimal k, int[] next) {
    if (c.isLeaf()) {
      return leafSum[next[0]++];
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion child : c.children()) {
      sum = sum.add(exactNode(child, leafSum, k, next));
    }
    return sum.min(c.max().multiply(k));
  }

  private static BigDecimal exactPoints(Criterion leaf, BigDecimal v) {
    BigDecimal max = leaf.max();
    ScoringMethod m = leaf.method().orElseThrow();
    BigDecimal points;
    if (m instanceof ScoringMethod.Manual) {
      points = v;
    } else if (m instanceof ScoringMethod.PassFail) {
      points = v.compareTo(BigDecimal.ONE) >= 0 ? max : BigDecimal.ZERO;
    } else if (m instanceof ScoringMethod.PerOccurrence po) {
      points = v.max(BigDecimal.ZERO).multiply(po.pointsEach());
    } else {
      throw new UnsupportedOperationException("the baselines do not compute " + m.type());
    }
    return points.max(BigDecimal.ZERO).min(max);
  }

  // ------------------------------------------------------------------ ranks

  /**
   * Standard competition ranks (1224) of totals, highest first.
   *
   * @param totals the totals
   * @return each total's rank
   */
  static int[] ranks(double[] totals) {
    int[] out = new int[totals.length];
    for (int i = 0; i < totals.length; i++) {
      int rank = 1;
      for (double t : totals) {
        if (t > totals[i]) {
          rank++;
        }
      }
      out[i] = rank;
    }
    return out;
  }
}
