package io.github.thidua.emulation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.ProvinceYear;
import org.junit.jupiter.api.Test;

/**
 * The generated province of the benchmarks stays what {@link ProvinceBenchmark} and {@link WorkbookBenchmark}
 * rely on: a year with no finding, documents that read back to the inputs, baselines and workbooks that agree
 * with the library. On the smallest province (20 groups), so that {@code mvn verify} stays fast; the setup of each
 * benchmark checks the same on the benchmarked sizes.
 */
class ProvinceGeneratorTest {
  private static final ProvinceGenerator.Generated SMALL = ProvinceGenerator.generateGroups(7, 20);

  @Test
  void theYearHasNoFindingAndTheBaselinesAgree() {
    ProvinceYear year = EmulationYear.run(SMALL.inputs());
    ProvinceBenchmark.checkYear(year);
    assertEquals(20, year.groups().size());
    ProvinceBenchmark.checkScoring(SMALL.province(), SMALL.layers(), SMALL.sheets(),
        year.groups().stream().map(GroupYear::scores).toList(), ProvinceBenchmark.libraryRanks(year));
  }

  @Test
  void theDocumentsReadBackToTheInputs() {
    ProvinceBenchmark.checkRead(SMALL, ProvinceGenerator.read(SMALL.documents()));
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    ProvinceGenerator.Generated again = ProvinceGenerator.generateGroups(7, 20);
    assertEquals(SMALL.documents().keySet(), again.documents().keySet());
    SMALL.documents().forEach((name, bytes) -> assertArrayEquals(bytes, again.documents().get(name), name));
  }

  @Test
  void theWorkbooksComputeTheLibrarysTotalsAndRanks() throws Exception {
    ProvinceYear year = EmulationYear.run(SMALL.inputs());
    for (Workbooks.Built built : new Workbooks.Built[] {Workbooks.scoring(SMALL), Workbooks.simple(SMALL)}) {
      try (var wb = built.workbook()) {
        built.evaluateAll();
        Workbooks.check("workbook", built, ProvinceBenchmark.libraryTotals(year),
            ProvinceBenchmark.libraryRanks(year));
      }
    }
  }

  @Test
  void sizeFactorOneIsTheIssuesProvince() {
    ProvinceGenerator.Generated one = ProvinceGenerator.generate(ProvinceGenerator.SEED, 1);
    assertEquals(2_002, one.province().units().size());
    assertEquals(200, one.province().groups().size());
    assertEquals(6 * 2_002, one.sheets().size());
    assertEquals(200, one.votes().size());
    assertEquals(31, one.layers().size());
    assertTrue(one.bytes() > 29_000_000 && one.bytes() < 33_000_000, "about 31 MB: " + one.bytes());
  }
}
