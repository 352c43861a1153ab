package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.jackson.GroupYear;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Splits a dataset into group-year records, the shape of a multi-province archive. */
final class Archives {
  private Archives() {}

  /** One record per group, by group id: the group, its organiser, the units it refers to, its sheets and votes. */
  static List<GroupYear> records(Dataset d) {
    Province p = d.province();
    List<GroupYear> out = new ArrayList<>();
    for (EmulationGroup g : AnnualCycle.groups(d, Set.of())) {
      Organiser o = p.organiser(g.organiser()).orElseThrow();
      Set<UnitId> ids = new LinkedHashSet<>(g.members());
      ids.addAll(g.heads());
      ids.addAll(g.deputies());
      o.unit().ifPresent(ids::add);
      List<Unit> units = new ArrayList<>();
      Set<UnitId> seen = new LinkedHashSet<>();
      for (UnitId id : ids) {
        addWithParents(p, id, units, seen);
      }
      out.add(new GroupYear(p.id(), p.name(), p.year(), o, g, units,
          d.sheets().stream().filter(s -> s.group().equals(g.id())).toList(),
          d.sessions().stream().filter(s -> s.group().equals(g.id())).toList()));
    }
    return out;
  }

  private static void addWithParents(Province p, UnitId id, List<Unit> units, Set<UnitId> seen) {
    if (!seen.add(id)) {
      return;
    }
    p.unit(id).ifPresent(u -> {
      units.add(u);
      u.parent().ifPresent(parent -> addWithParents(p, parent, units, seen));
    });
  }
}
