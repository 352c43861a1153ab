package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.Criterion;
import io.github.thidua.emulation.core.scoring.ListedItem;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.ScoringMethod;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet a secretariat would keep instead of the library, built with Apache POI from a generated
 * province, for {@link WorkbookBenchmark}.
 *
 * <p>{@link #scoring}: one sheet per group. Its first rows are the group's score sheets, one row each (unit, role,
 * scorer, then one numeric cell per leaf criterion in the scale's order); each peer row also has one formula per
 * pass-fail ({@code IF(v>=1,max,0)}) and per-occurrence ({@code MIN(max,MAX(0,v)*points)}) criterion, and the head's
 * row (the sheet that supplies the claims) holds a 0/1 cell per listed bonus and a count per listed deduction. Below
 * them, one row per unit: each leaf's trimmed mean of the four peer rows (of the value for a manual criterion,
 * of the converted points otherwise) as {@code (SUM(r)-MAX(r)-MIN(r))/(COUNT(r)-2)}, the usual spreadsheet form of
 * dropping the highest and the lowest value (POI 5.5.1 does not implement {@code TRIMMEAN}; the generated
 * province's rule trims one value at each end), each criterion group's {@code MIN(max,SUM(…))}, the bonus and the deductions
 * with their item and list caps, the total {@code ROUND(MAX(floor,groups+bonus−deductions),2)} and its
 * {@code RANK} in the group. Manual entries are not clamped to their range (they are in range). So the workbook
 * computes what the library computes for this province, and {@link #check} compares its totals and ranks with the
 * library's.
 *
 * <p>{@link #simple}: one sheet per group, one row per unit with its typed points (each leaf's trimmed mean, the
 * bonus and the negated deductions as numbers), their {@code SUM} and the {@code RANK} of the sum.
 */
final class Workbooks {
  private static final int FIRST_LEAF = 3;

  static {
    // POI logs through the Log4j API; without a provider it prints an error on first use
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private Workbooks() {}

  /** A workbook, its evaluator and where each unit's total and rank are. */
  record Built(XSSFWorkbook workbook, FormulaEvaluator evaluator, Map<UnitId, CellReference> totals,
      Map<UnitId, CellReference> ranks, int formulas) {

    /** Clears the evaluator's cache and recomputes every formula of the workbook. */
    void evaluateAll() {
      evaluator.clearAllCachedResultValues();
      evaluator.evaluateAll();
    }

    double value(CellReference ref) {
      Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
      return row.getCell(ref.getCol()).getNumericCellValue();
    }
  }

  /** The scoring workbook of a generated province. */
  static Built scoring(ProvinceGenerator.Generated data) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Map<OrganiserId, ScoringScale> scales = data.scales();
    Map<GroupId, Map<UnitId, List<ScoreSheet>>> sheets = new HashMap<>();
    for (ScoreSheet s : data.sheets()) {
      sheets.computeIfAbsent(s.group(), g -> new HashMap<>()).computeIfAbsent(s.unit(), u -> new ArrayList<>())
          .add(s);
    }
    Map<UnitId, CellReference> totals = new LinkedHashMap<>();
    Map<UnitId, CellReference> ranks = new LinkedHashMap<>();
    int formulas = 0;
    Comparator<ScoreSheet> order = Comparator.comparing((ScoreSheet s) -> s.role() != ScorerRole.PEER)
        .thenComparing(ScoreSheet::role).thenComparing(ScoreSheet::scorer);
    for (EmulationGroup g : data.province().groups()) {
      ScoringScale scale = scales.get(g.organiser());
      List<Criterion> leaves = scale.leaves();
      int leafCount = leaves.size();
      List<Integer> converted = new ArrayList<>();
      for (int l = 0; l < leafCount; l++) {
        if (!(leaves.get(l).method().orElseThrow() instanceof ScoringMethod.Manual)) {
          converted.add(l);
        }
      }
      int convFirst = FIRST_LEAF + leafCount;
      int claimFirst = convFirst + converted.size();
      List<ListedItem> bonuses = scale.bonuses();
      List<ListedItem> deductions = scale.deductions();
      XSSFSheet sheet = wb.createSheet(g.id().value());
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("unit");
      header.createCell(1).setCellValue("role");
      header.createCell(2).setCellValue("scorer");
      for (int l = 0; l < leafCount; l++) {
        header.createCell(FIRST_LEAF + l).setCellValue(leaves.get(l).code());
      }
      int r = 1;
      Map<UnitId, int[]> peerRows = new HashMap<>();
      Map<UnitId, Integer> headRows = new HashMap<>();
      for (UnitId unit : g.members()) {
        List<ScoreSheet> own = new ArrayList<>(sheets.get(g.id()).get(unit));
        own.sort(order);
        int firstPeer = r;
        for (ScoreSheet s : own) {
          Row row = sheet.createRow(r);
          row.createCell(0).setCellValue(unit.value());
          row.createCell(1).setCellValue(s.role().name());
          row.createCell(2).setCellValue(s.scorer());
          Map<String, ScoreEntry> entries = new HashMap<>();
          s.entries().forEach(e -> entries.put(e.criterion(), e));
          for (int l = 0; l < leafCount; l++) {
            row.createCell(FIRST_LEAF + l).setCellValue(entries.get(leaves.get(l).code()).value().doubleValue());
          }
          if (s.role() == ScorerRole.PEER) {
            for (int c = 0; c < converted.size(); c++) {
              Criterion leaf = leaves.get(converted.get(c));
              String v = ref(FIRST_LEAF + converted.get(c), r);
              String max = leaf.max().toPlainString();
              String formula = leaf.method().orElseThrow() instanceof ScoringMethod.PerOccurrence po
                  ? "MIN(" + max + ",MAX(0," + v + ")*" + po.pointsEach().toPlainString() + ")"
                  : "IF(" + v + ">=1," + max + ",0)";
              row.createCell(convFirst + c).setCellFormula(formula);
              formulas++;
            }
          } else if (s.role() == ScorerRole.HEAD) {
            headRows.put(unit, r);
            for (int b = 0; b < bonuses.size(); b++) {
              String code = bonuses.get(b).code();
              row.createCell(claimFirst + b).setCellValue(s.bonuses().stream().anyMatch(x -> x.code().equals(code))
                  ? 1 : 0);
            }
            for (int d = 0; d < deductions.size(); d++) {
              String code = deductions.get(d).code();
              row.createCell(claimFirst + bonuses.size() + d).setCellValue(s.deductions().stream()
                  .filter(x -> x.code().equals(code)).mapToInt(Claim::count).sum());
            }
          }
          r++;
        }
        long peers = own.stream().filter(s -> s.role() == ScorerRole.PEER).count();
        peerRows.put(unit, new int[] {firstPeer, firstPeer + (int) peers - 1});
      }
      // the results: one row per unit
      r++;
      int firstResult = r + 1;
      int groupsFirst = FIRST_LEAF + leafCount;
      int bonusCol = groupsFirst + scale.criteria().size();
      int totalCol = bonusCol + 2;
      int lastResult = firstResult + g.members().size() - 1;
      Row resultHeader = sheet.createRow(r);
      resultHeader.createCell(0).setCellValue("result");
      r++;
      for (UnitId unit : g.members()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(unit.value());
        int[] peers = peerRows.get(unit);
        int n = peers[1] - peers[0] + 1;
        for (int l = 0; l < leafCount; l++) {
          int c = converted.indexOf(l);
          int col = c >= 0 ? convFirst + c : FIRST_LEAF + l;
          String range = ref(col, peers[0]) + ":" + ref(col, peers[1]);
          row.createCell(FIRST_LEAF + l).setCellFormula(n > 2
              ? "(SUM(" + range + ")-MAX(" + range + ")-MIN(" + range + "))/(COUNT(" + range + ")-2)"
              : "AVERAGE(" + range + ")");
          formulas++;
        }
        int leaf = 0;
        List<String> groupCells = new ArrayList<>();
        for (int t = 0; t < scale.criteria().size(); t++) {
          Criterion top = scale.criteria().get(t);
          int count = top.flatten().size() - 1;
          row.createCell(groupsFirst + t).setCellFormula("MIN(" + top.max().toPlainString() + ",SUM("
              + ref(FIRST_LEAF + leaf, r) + ":" + ref(FIRST_LEAF + leaf + count - 1, r) + "))");
          groupCells.add(ref(groupsFirst + t, r));
          leaf += count;
          formulas++;
        }
        int head = headRows.get(unit);
        StringBuilder bonus = new StringBuilder("MIN(" + scale.bonusCap().toPlainString() + ",0");
        for (int b = 0; b < bonuses.size(); b++) {
          ListedItem item = bonuses.get(b);
          String term = ref(claimFirst + b, head) + "*" + item.points().toPlainString();
          bonus.append("+").append(item.cap().map(cap -> "MIN(" + cap.toPlainString() + "," + term + ")")
              .orElse(term));
        }
        row.createCell(bonusCol).setCellFormula(bonus.append(")").toString());
        StringBuilder deduction = new StringBuilder("MIN(" + scale.deductionCap().orElseThrow().toPlainString()
            + ",0");
        for (int d = 0; d < deductions.size(); d++) {
          ListedItem item = deductions.get(d);
          String term = ref(claimFirst + bonuses.size() + d, head) + "*" + item.points().toPlainString();
          deduction.append("+").append(item.cap().map(cap -> "MIN(" + cap.toPlainString() + "," + term + ")")
              .orElse(term));
        }
        row.createCell(bonusCol + 1).setCellFormula(deduction.append(")").toString());
        row.createCell(totalCol).setCellFormula("ROUND(MAX(" + scale.floor().toPlainString() + ","
            + String.join("+", groupCells) + "+" + ref(bonusCol, r) + "-" + ref(bonusCol + 1, r) + "),"
            + scale.arithmetic().decimals() + ")");
        row.createCell(totalCol + 1).setCellFormula("RANK(" + ref(totalCol, r) + ",$" + col(totalCol) + "$"
            + (firstResult + 1) + ":$" + col(totalCol) + "$" + (lastResult + 1) + ",0)");
        formulas += 4;
        totals.put(unit, new CellReference(sheet.getSheetName(), r, totalCol, false, false));
        ranks.put(unit, new CellReference(sheet.getSheetName(), r, totalCol + 1, false, false));
        r++;
      }
    }
    return new Built(wb, wb.getCreationHelper().createFormulaEvaluator(), totals, ranks, formulas);
  }

  /** The simple workbook: typed points, their SUM and RANK. */
  static Built simple(ProvinceGenerator.Generated data) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Map<UnitId, double[]> points = Baselines.typedPoints(data.province(), data.layers(), data.sheets());
    Map<UnitId, CellReference> totals = new LinkedHashMap<>();
    Map<UnitId, CellReference> ranks = new LinkedHashMap<>();
    int formulas = 0;
    for (EmulationGroup g : data.province().groups()) {
      XSSFSheet sheet = wb.createSheet(g.id().value());
      int width = points.get(g.members().get(0)).length;
      int totalCol = 1 + width;
      int first = 1;
      int last = g.members().size();
      int r = 1;
      sheet.createRow(0).createCell(0).setCellValue("unit");
      for (UnitId unit : g.members()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(unit.value());
        double[] p = points.get(unit);
        for (int i = 0; i < p.length; i++) {
          row.createCell(1 + i).setCellValue(p[i]);
        }
        row.createCell(totalCol).setCellFormula("SUM(" + ref(1, r) + ":" + ref(width, r) + ")");
        row.createCell(totalCol + 1).setCellFormula("RANK(" + ref(totalCol, r) + ",$" + col(totalCol) + "$"
            + (first + 1) + ":$" + col(totalCol) + "$" + (last + 1) + ",0)");
        formulas += 2;
        totals.put(unit, new CellReference(sheet.getSheetName(), r, totalCol, false, false));
        ranks.put(unit, new CellReference(sheet.getSheetName(), r, totalCol + 1, false, false));
        r++;
      }
    }
    return new Built(wb, wb.getCreationHelper().createFormulaEvaluator(), totals, ranks, formulas);
  }

  /**
   * Fails unless a workbook's totals (rounded to the scale's two decimals) and ranks equal the library's.
   *
   * @param what the workbook's name, for the message
   * @param built the evaluated workbook
   * @param totals the library's totals by unit
   * @param ranks the library's ranks by unit
   */
  static void check(String what, Built built, Map<UnitId, java.math.BigDecimal> totals,
      Map<UnitId, java.math.BigDecimal> ranks) {
    if (!built.totals().keySet().equals(totals.keySet())) {
      throw new IllegalStateException(what + ": " + built.totals().size() + " units, the library "
          + totals.size());
    }
    for (Map.Entry<UnitId, CellReference> e : built.totals().entrySet()) {
      double total = Math.round(built.value(e.getValue()) * 100) / 100.0;
      double rank = built.value(built.ranks().get(e.getKey()));
      if (java.math.BigDecimal.valueOf(total).compareTo(totals.get(e.getKey())) != 0
          || java.math.BigDecimal.valueOf(rank).compareTo(ranks.get(e.getKey())) != 0) {
        throw new IllegalStateException(what + " disagrees with the library on " + e.getKey() + ": " + total
            + " (rank " + rank + ") against " + totals.get(e.getKey()) + " (rank " + ranks.get(e.getKey()) + ")");
      }
    }
  }

  private static String col(int col) {
    return CellReference.convertNumToColString(col);
  }

  private static String ref(int col, int row) {
    return col(col) + (row + 1);
  }

  /** The formula count and cells of a workbook, for the setup's message. */
  static String describe(Built built) {
    long cells = 0;
    for (int i = 0; i < built.workbook().getNumberOfSheets(); i++) {
      for (Row row : built.workbook().getSheetAt(i)) {
        for (Cell ignored : row) {
          cells++;
        }
      }
    }
    return String.format("%d sheets, %,d cells, %,d formulas", built.workbook().getNumberOfSheets(), cells,
        built.formulas());
  }
}
