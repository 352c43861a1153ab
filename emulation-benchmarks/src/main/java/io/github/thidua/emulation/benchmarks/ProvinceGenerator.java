package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.rules.Citation;
import io.github.thidua.emulation.core.rules.LayerLevel;
import io.github.thidua.emulation.core.rules.Rule;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.rules.RuleScope;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.ScaleBinding;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic province for the performance targets of issue 11, as the JSON documents a portal would hand
 * over and as the same data in memory.
 *
 * <p>Size factor 1 is {@value #GROUPS_PER_FACTOR} groups and 2,002 units: for every 20 groups, two blocs of the
 * provincial committee ({@code ubnd-tinh}, agencies as members) and three districts ({@code DISTRICT} organisers)
 * with their six clusters of communes each, as the embedded {@code vn-hung-yen} rule set asks; every group has 10
 * members, one group in a hundred 11. Each organiser has an {@code ORGANISER} layer extending {@code vn-hung-yen}
 * (as the CLI sample's layers do) that carries its 100-point scale of {@value #CRITERIA} leaf criteria in four
 * criterion groups (manual, pass-fail and per-occurrence criteria, a bonus and a deduction list with caps), bound
 * to the organiser, the trimmed-mean aggregation (four peers, trim 1, at least 3, claims from the head's sheet,
 * self-score margin 5) and the honouring vote's rule (more than half of the members, quorum two thirds,
 * candidates from the top 3). Every unit has six score sheets: its own ({@code SELF}), the head's ({@code HEAD})
 * and four {@code PEER} sheets from other members; every group has one {@code LEADER} vote of all its members
 * electing its best-scored unit. The data is valid, so the year runs in full with no finding at all: entries in
 * range, a self-score never above the verified one, totals distinct within each group (a unit whose total
 * would tie another is drawn again), candidates from the top of the ranking, the leading unit holding the
 * {@code TLDXS} title the provincial flag requires.
 *
 * <p>The same seed and size always give the same bytes.
 */
public final class ProvinceGenerator {
  /** The seed of the benchmarks' province. */
  public static final long SEED = 20261204L;
  /** Groups per size factor. */
  public static final int GROUPS_PER_FACTOR = 200;
  /** Leaf criteria of every scale. */
  public static final int CRITERIA = 40;
  /** The emulation year. */
  public static final int YEAR = 2024;
  /** Peer sheets per unit. */
  public static final int PEERS = 4;

  static final String PROVINCIAL_COMMITTEE = "ubnd-tinh";
  private static final int[] GROUP_MAX = {40, 30, 20, 10};
  private static final String[] GROUP_TEXT = {"Thực hiện nhiệm vụ chính trị, chuyên môn được giao",
      "Công tác thi đua, khen thưởng", "Xây dựng Đảng, đoàn thể; kỷ luật, kỷ cương hành chính",
      "Tham gia hoạt động của cụm, khối"};
  private static final LocalDate ADOPTED = LocalDate.of(YEAR, 2, 28);
  private static final LocalDate PLEDGE = LocalDate.of(YEAR, 3, 5);
  private static final Citation CITATION = Citation.of("Quyết định ban hành Bảng tiêu chí chấm điểm thi đua năm "
      + YEAR + " (dữ liệu tổng hợp của emulation-benchmarks)");

  private ProvinceGenerator() {}

  /**
   * One generated province: its documents and the same inputs in memory.
   *
   * @param province the organisation
   * @param layers the organisers' layers (each with its scale)
   * @param sheets the score sheets
   * @param votes the honouring votes
   * @param documents the JSON documents, by file name ({@code province.json}, {@code layers/…json}, one
   *     {@code sheets/ORGANISER.json} per organiser, since {@code EmulationFiles} reads documents of at most 50 MB,
   *     and {@code ballots.json}), as {@link EmulationFiles} writes them
   */
  public record Generated(Province province, List<RuleSet> layers, List<ScoreSheet> sheets, List<VoteSession> votes,
      Map<String, byte[]> documents) {

    /** The rule book: the embedded {@code vn-hung-yen} and its parents, then the organisers' layers. */
    public RuleBook rules() {
      return ProvinceGenerator.rules(layers);
    }

    /** The year's inputs in memory. */
    public YearInputs inputs() {
      return YearInputs.builder(province, rules()).sheets(sheets).votes(votes).build();
    }

    /** The bytes of all the documents. */
    public long bytes() {
      return documents.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Every organiser's scale, by organiser. */
    public Map<OrganiserId, ScoringScale> scales() {
      Map<OrganiserId, ScoringScale> out = new LinkedHashMap<>();
      for (RuleSet layer : layers) {
        for (ScoringScale s : layer.scales()) {
          out.put(s.binding().organiser().orElseThrow(), s);
        }
      }
      return out;
    }
  }

  /** The rule book of the embedded {@code vn-hung-yen} rule set and the given layers. */
  static RuleBook rules(List<RuleSet> layers) {
    List<RuleSet> all = new ArrayList<>(RuleSets.embedded("vn-hung-yen").layers());
    all.addAll(layers);
    return RuleBook.of(all);
  }

  /**
   * Reads a generated province's documents with {@link EmulationFiles}, as a command-line run or a portal would,
   * into the year's inputs.
   *
   * @param documents the documents by file name
   * @return the inputs
   */
  public static YearInputs read(Map<String, byte[]> documents) {
    Province province = null;
    List<RuleSet> layers = new ArrayList<>();
    List<ScoreSheet> sheets = new ArrayList<>();
    List<VoteSession> votes = List.of();
    for (Map.Entry<String, byte[]> d : documents.entrySet()) {
      String name = d.getKey();
      ByteArrayInputStream in = new ByteArrayInputStream(d.getValue());
      if (name.equals("province.json")) {
        province = EmulationFiles.readProvince(in, name);
      } else if (name.startsWith("sheets/")) {
        sheets.addAll(EmulationFiles.readScoreSheets(in, name));
      } else if (name.equals("ballots.json")) {
        votes = EmulationFiles.readBallots(in, name);
      } else {
        layers.add(EmulationFiles.readRuleSet(in, name));
      }
    }
    if (province == null) {
      throw new IllegalArgumentException("no province.json among " + documents.keySet());
    }
    return YearInputs.builder(province, rules(layers)).sheets(sheets).votes(votes).build();
  }

  /**
   * Generates the province of a size factor.
   *
   * @param seed the seed
   * @param sizeFactor 1 for 200 groups and 2,002 units, 10 for ten times that
   * @return the province
   */
  public static Generated generate(long seed, int sizeFactor) {
    if (sizeFactor < 1) {
      throw new IllegalArgumentException("size factor below 1: " + sizeFactor);
    }
    return generateGroups(seed, GROUPS_PER_FACTOR * sizeFactor);
  }

  /**
   * Generates a province of {@code groups} groups, a multiple of 20 (the tests use smaller ones).
   *
   * @param seed the seed
   * @param groups the number of groups
   * @return the province
   */
  public static Generated generateGroups(long seed, int groups) {
    if (groups < 20 || groups % 20 != 0) {
      throw new IllegalArgumentException("groups must be a positive multiple of 20: " + groups);
    }
    return new Builder(seed).build(groups / 20);
  }

  /** The scale every organiser uses, bound to it. */
  static ScoringScale scale(String organiser) {
    List<Criterion> nodes = new ArrayList<>();
    for (int g = 0; g < GROUP_MAX.length; g++) {
      int leafMax = GROUP_MAX[g] / 10;
      List<Criterion> leaves = new ArrayList<>();
      for (int c = 1; c <= 10; c++) {
        String code = (g + 1) + "." + c;
        ScoringMethod method = switch (c) {
          case 9 -> new ScoringMethod.PassFail();
          case 10 -> new ScoringMethod.PerOccurrence(BigDecimal.valueOf(leafMax).divide(BigDecimal.valueOf(4)));
          default -> new ScoringMethod.Manual();
        };
        leaves.add(Criterion.leaf(code, "Tiêu chí " + code, String.valueOf(leafMax), method));
      }
      nodes.add(Criterion.node(String.valueOf(g + 1), GROUP_TEXT[g], String.valueOf(GROUP_MAX[g]),
          leaves.toArray(Criterion[]::new)));
    }
    return ScoringScale.builder("thang-diem-" + organiser, "1", "100",
            ScaleBinding.toOrganiser(OrganiserId.of(organiser), YEAR, ADOPTED))
        .name(new LocalizedText("Thang điểm thi đua năm " + YEAR + " (" + organiser + ")",
            YEAR + " emulation scale (" + organiser + ")"))
        .criteria(nodes.toArray(Criterion[]::new))
        .bonuses(ListedItem.of("NATIONAL_AWARD", "Được Thủ tướng Chính phủ tặng Bằng khen trong năm", "2"),
            ListedItem.of("INITIATIVE", "Có sáng kiến được công nhận cấp cơ sở trở lên", "1"),
            ListedItem.of("MODEL_PRAISED", "Có mô hình được Ủy ban nhân dân tỉnh biểu dương", "1"))
        .bonusCap("3")
        .deductions(new ListedItem("LATE_REPORT", LocalizedText.both("Gửi báo cáo chậm so với thời hạn"),
                new BigDecimal("0.5"), Optional.of(new BigDecimal("1.5")), Optional.empty()),
            new ListedItem("DISCIPLINE", LocalizedText.both("Có cán bộ bị kỷ luật từ khiển trách trở lên"),
                new BigDecimal("2"), Optional.of(new BigDecimal("4")), Optional.empty()))
        .deductionCap("5")
        .citation(CITATION)
        .build();
  }

  /** The organiser's layer: the trimmed-mean aggregation, the honouring vote and the scale. */
  static RuleSet layer(String organiser) {
    Citation rule = Citation.of(CITATION.document(), "Điều 5: chấm chéo, loại một điểm cao nhất và một điểm thấp "
        + "nhất; Điều 7: suy tôn");
    Map<String, Object> aggregation = new LinkedHashMap<>();
    aggregation.put("method", "trimmed-mean");
    aggregation.put("trim", 1);
    aggregation.put("minRaters", 3);
    aggregation.put("chain", List.of("COUNCIL", "HEAD", "SELF"));
    aggregation.put("selfMargin", 5);
    Map<String, Object> honouring = new LinkedHashMap<>();
    honouring.put("threshold", new BigDecimal("0.5"));
    honouring.put("comparison", "greater");
    honouring.put("base", "members");
    honouring.put("quorum", new BigDecimal("0.6666"));
    honouring.put("candidatesFromTop", 3);
    return RuleSet.builder("tong-hop-" + YEAR + "." + organiser, YEAR + ".1", LayerLevel.ORGANISER)
        .parent("vn-hung-yen")
        .target(organiser)
        .name(new LocalizedText("Quy định chấm điểm thi đua năm " + YEAR + " (" + organiser + ")",
            YEAR + " emulation scoring rules (" + organiser + ")"))
        .validity(LocalDate.of(YEAR, 1, 1), Optional.of(LocalDate.of(YEAR, 12, 31)))
        .citation(CITATION)
        .rule(Rule.of("scoring.aggregation", RuleScope.LOCAL, rule, RuleParameters.of(aggregation)))
        .rule(Rule.of("vote.honouring", RuleScope.LOCAL, rule, RuleParameters.of(honouring)))
        .scale(scale(organiser))
        .build();
  }

  /** The state of one generation. */
  private static final class Builder {
    private final Random random;
    private final Province.Builder province = Province.builder("tinh-tong-hop", "Tỉnh tổng hợp (dữ liệu thử)",
        YEAR);
    private final List<RuleSet> layers = new ArrayList<>();
    private final Map<String, List<ScoreSheet>> sheets = new LinkedHashMap<>();
    private final List<VoteSession> votes = new ArrayList<>();
    private int groupIndex;

    Builder(long seed) {
      random = new Random(seed);
    }

    Generated build(int blocks) {
      province.organisers(Organiser.of(PROVINCIAL_COMMITTEE, "Ủy ban nhân dân tỉnh",
          OrganiserKind.PROVINCIAL_COMMITTEE));
      layers.add(layer(PROVINCIAL_COMMITTEE));
      ScoringScale provincial = layers.get(0).scales().get(0);
      for (int b = 1; b <= blocks; b++) {
        for (int j = 1; j <= 2; j++) {
          String id = "khoi-" + b + "-" + j;
          group(id, "Khối thi đua số " + j + " nhóm " + b, GroupKind.BLOC, PROVINCIAL_COMMITTEE,
              "co-quan-" + b + "-" + j + "-", "Cơ quan ", UnitKind.AGENCY, UnitLevel.PROVINCE, provincial);
        }
        for (int d = 1; d <= 3; d++) {
          String organiser = "ubnd-huyen-" + b + "-" + d;
          province.organisers(Organiser.of(organiser, "Ủy ban nhân dân huyện " + b + "-" + d,
              OrganiserKind.DISTRICT));
          RuleSet layer = layer(organiser);
          layers.add(layer);
          for (int c = 1; c <= 6; c++) {
            String id = "cum-" + b + "-" + d + "-" + c;
            group(id, "Cụm thi đua số " + c + " huyện " + b + "-" + d, GroupKind.CLUSTER, organiser,
                "xa-" + b + "-" + d + "-" + c + "-", "Xã ", UnitKind.COMMUNE, UnitLevel.COMMUNE,
                layer.scales().get(0));
          }
        }
      }
      Province p = province.build();
      Map<String, byte[]> documents = new LinkedHashMap<>();
      documents.put("province.json", utf8(EmulationFiles.writeProvince(p, DocumentFormat.JSON)));
      for (RuleSet layer : layers) {
        documents.put("layers/" + layer.id().value() + ".json",
            utf8(EmulationFiles.writeRuleSet(layer, DocumentFormat.JSON)));
      }
      // one sheets document per organiser: EmulationFiles refuses a document of more than 50 MB
      List<ScoreSheet> all = new ArrayList<>();
      sheets.forEach((organiser, own) -> {
        documents.put("sheets/" + organiser + ".json", utf8(EmulationFiles.writeScoreSheets(own,
            DocumentFormat.JSON)));
        all.addAll(own);
      });
      documents.put("ballots.json", utf8(EmulationFiles.writeBallots(votes, DocumentFormat.JSON)));
      return new Generated(p, List.copyOf(layers), List.copyOf(all), List.copyOf(votes),
          Collections.unmodifiableMap(documents));
    }

    private void group(String id, String name, GroupKind kind, String organiser, String unitPrefix,
        String unitName, UnitKind unitKind, UnitLevel level, ScoringScale scale) {
      int size = groupIndex++ % 100 == 0 ? 11 : 10;
      List<String> members = new ArrayList<>();
      for (int m = 1; m <= size; m++) {
        members.add(unitPrefix + m);
      }
      String head = members.get(random.nextInt(size));
      String deputy;
      do {
        deputy = members.get(random.nextInt(size));
      } while (deputy.equals(head));
      // every unit's sheets, drawn again while its total would equal another member's
      List<BigDecimal> totals = new ArrayList<>();
      Set<BigDecimal> taken = new HashSet<>();
      for (String unit : members) {
        List<ScoreSheet> own;
        BigDecimal total;
        do {
          own = unitSheets(unit, id, members, head, scale);
          total = Baselines.exactUnitTotal(scale, own);
        } while (!taken.add(total));
        totals.add(total);
        sheets.computeIfAbsent(organiser, o -> new ArrayList<>()).addAll(own);
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        order.add(i);
      }
      order.sort((a, b) -> totals.get(b).compareTo(totals.get(a)));
      String first = members.get(order.get(0));
      String second = members.get(order.get(1));
      VoteSession.Builder vote = VoteSession.builder(id, YEAR, VotePurpose.LEADER).present(size)
          .candidates(first, second);
      for (int v = 1; v <= size; v++) {
        Ballot ballot = v <= size / 2 + 1 ? Ballot.approving(first, second) : Ballot.approving(first);
        vote.ballots(ballot.withToken(String.format("phieu-%02d", v)));
      }
      votes.add(vote.build());
      EmulationGroup.Builder g = EmulationGroup.builder(id, name, kind, OrganiserId.of(organiser), YEAR)
          .head(head).deputy(deputy).pledgeSignedOn(PLEDGE);
      members.forEach(g::members);
      for (int m = 0; m < size; m++) {
        String unit = members.get(m);
        Unit.Builder u = Unit.builder(unit, unitName + unit).kind(unitKind).level(level)
            .staffCount(12 + random.nextInt(80));
        // the leading unit holds the title the provincial flag requires; so do about half of the others
        if (unit.equals(first) || random.nextBoolean()) {
          u.facts(YEAR, new YearFacts(Set.of("TLDXS"), false, false));
        }
        province.units(u.build());
      }
      province.groups(g.build());
    }

    /** One unit's six sheets: four peers, then the head's and its own (each criterion's second-lowest peer value). */
    private List<ScoreSheet> unitSheets(String unit, String group, List<String> members, String head,
        ScoringScale scale) {
      List<String> others = new ArrayList<>(members);
      others.remove(unit);
      Collections.shuffle(others, random);
      double quality = random.nextDouble();
      List<Criterion> leaves = scale.leaves();
      String[][] values = new String[PEERS][leaves.size()];
      BigDecimal[][] numbers = new BigDecimal[PEERS][leaves.size()];
      for (int l = 0; l < leaves.size(); l++) {
        Criterion leaf = leaves.get(l);
        int max = leaf.max().intValueExact();
        for (int p = 0; p < PEERS; p++) {
          BigDecimal v;
          ScoringMethod m = leaf.method().orElseThrow();
          if (m instanceof ScoringMethod.PassFail) {
            v = random.nextDouble() < 0.55 + 0.4 * quality ? BigDecimal.ONE : BigDecimal.ZERO;
          } else if (m instanceof ScoringMethod.PerOccurrence) {
            v = BigDecimal.valueOf(random.nextInt(3) + Math.round(quality * 4));
          } else {
            // quarter points between half and all of the maximum, better units higher
            double share = Math.min(1, Math.max(0, 0.5 * quality + 0.5 * random.nextDouble()));
            int quarters = 2 * max + (int) Math.round(share * 2 * max);
            v = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4));
          }
          numbers[p][l] = v;
          values[p][l] = v.stripTrailingZeros().toPlainString();
        }
      }
      List<ScoreSheet> out = new ArrayList<>();
      for (int p = 0; p < PEERS; p++) {
        ScoreSheet.Builder s = ScoreSheet.builder(unit, group, YEAR, ScorerRole.PEER, others.get(p));
        for (int l = 0; l < leaves.size(); l++) {
          s.entry(leaves.get(l).code(), values[p][l]);
        }
        out.add(s.build());
      }
      ScoreSheet.Builder headSheet = ScoreSheet.builder(unit, group, YEAR, ScorerRole.HEAD, head);
      ScoreSheet.Builder self = ScoreSheet.builder(unit, group, YEAR, ScorerRole.SELF, unit);
      for (int l = 0; l < leaves.size(); l++) {
        BigDecimal[] column = new BigDecimal[PEERS];
        for (int p = 0; p < PEERS; p++) {
          column[p] = numbers[p][l];
        }
        java.util.Arrays.sort(column);
        headSheet.entry(leaves.get(l).code(), column[PEERS / 2].stripTrailingZeros().toPlainString());
        self.entry(leaves.get(l).code(), column[1].stripTrailingZeros().toPlainString());
      }
      long claimSeed = random.nextLong();
      claims(headSheet, new Random(claimSeed));
      claims(self, new Random(claimSeed));
      out.add(headSheet.build());
      out.add(self.build());
      return out;
    }
  }

  /** The same claims on the head's and the unit's own sheet: both draw from one seed. */
  private static void claims(ScoreSheet.Builder s, Random r) {
    if (r.nextInt(4) == 0) {
      s.bonus("NATIONAL_AWARD", "Bằng khen của Thủ tướng Chính phủ");
    }
    if (r.nextInt(3) == 0) {
      s.bonus("INITIATIVE", "Sáng kiến được công nhận");
    }
    if (r.nextInt(3) == 0) {
      s.bonus("MODEL_PRAISED", "Mô hình được biểu dương");
    }
    int late = r.nextInt(6) - 2;
    if (late > 0) {
      s.deduction("LATE_REPORT", late, "Báo cáo chậm " + late + " lần");
    }
    if (r.nextInt(10) == 0) {
      s.deduction("DISCIPLINE", 1, "Một công chức bị khiển trách");
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
