package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** A command that runs the annual cycle (or part of it) and may be given lots drawn outside the tool. */
abstract class CycleCommand extends DataCommand {

  @Option(names = "--lots", paramLabel = "GROUP=UNIT,UNIT,...",
      description = {"Kết quả bốc thăm cho một cụm, khối: thứ tự các đơn vị đồng điểm (lặp lại được)",
          "lots drawn for a group: the order of its tied units (repeatable)"})
  List<String> lots = new ArrayList<>();

  /** The lots, per group; a malformed value is a usage error. */
  Map<GroupId, List<UnitId>> lots() {
    Map<GroupId, List<UnitId>> out = new LinkedHashMap<>();
    for (String l : lots) {
      int eq = l.indexOf('=');
      try {
        if (eq < 1) {
          throw new IllegalArgumentException(l);
        }
        List<UnitId> order = new ArrayList<>();
        for (String u : l.substring(eq + 1).split(",")) {
          order.add(UnitId.of(u.strip()));
        }
        out.put(GroupId.of(l.substring(0, eq).strip()), order);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--lots cần dạng CỤM=ĐƠN_VỊ,ĐƠN_VỊ: '" + l + "'",
            "--lots takes GROUP=UNIT,UNIT: '" + l + "'");
      }
    }
    return out;
  }

  AnnualCycle.Result cycle(Dataset d) {
    return AnnualCycle.run(d, chosenGroups(), lots());
  }
}
