package io.github.thidua.emulation.benchmarks;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserKind;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitKind;
import io.github.thidua.emulation.core.UnitLevel;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a whole province under the Hưng Yên default: {@code organisers} districts, each with its 6
 * clusters of 8 members (so 48 units per organiser), plus one bloc of the district units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  /** Number of district organisers; 100 gives 4,900 units and 601 groups. */
  @Param({"10", "100"})
  public int organisers;

  private Province province;
  private RuleBook rules;

  /** Builds the province and loads the rule book once. */
  @Setup
  public void setUp() {
    rules = RuleSets.defaultRules();
    Province.Builder b = Province.builder("bench", "Tỉnh thử nghiệm", 2024);
    List<String> districts = new ArrayList<>();
    b.organisers(Organiser.of("ubnd", "Ủy ban nhân dân tỉnh", OrganiserKind.PROVINCIAL_COMMITTEE));
    for (int o = 0; o < organisers; o++) {
      String district = "huyen-" + o;
      districts.add(district);
      b.units(Unit.builder(district, "Huyện số " + o).kind(UnitKind.DISTRICT).level(UnitLevel.DISTRICT)
          .staffCount(200).build());
      b.organisers(Organiser.of("org-" + district, "UBND huyện số " + o, OrganiserKind.DISTRICT));
      for (int c = 0; c < 6; c++) {
        EmulationGroup.Builder g = EmulationGroup.builder(district + "-cum-" + c, "Cụm " + c + " huyện " + o,
            GroupKind.CLUSTER, io.github.thidua.emulation.core.OrganiserId.of("org-" + district), 2024);
        for (int m = 0; m < 8; m++) {
          String unit = district + "-c" + c + "-u" + m;
          b.units(Unit.builder(unit, "Đơn vị " + m + " cụm " + c).kind(UnitKind.DIVISION)
              .level(UnitLevel.DIVISION).divisionLevel(true).staffCount(6 + m).build());
          g.members(unit);
        }
        b.groups(g.head(district + "-c" + c + "-u0").deputy(district + "-c" + c + "-u1").build());
      }
    }
    EmulationGroup.Builder bloc = EmulationGroup.builder("khoi-huyen", "Khối các huyện", GroupKind.BLOC,
        io.github.thidua.emulation.core.OrganiserId.of("ubnd"), 2024);
    districts.forEach(bloc::members);
    b.groups(bloc.head(districts.get(0)).deputy(districts.get(1)).build());
    province = b.build();
    ValidationReport check = Emulation.validate(province, rules);
    if (!check.violations().isEmpty()) {
      throw new IllegalStateException("the benchmark province should be valid: " + check.codes());
    }
  }

  /**
   * Validates the whole province.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return Emulation.validate(province, rules);
  }
}
