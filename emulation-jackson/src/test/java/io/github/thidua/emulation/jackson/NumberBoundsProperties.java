package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.emulation.core.DataFileException;
import io.github.thidua.emulation.jackson.internal.ArchiveRecords;
import io.github.thidua.emulation.jackson.internal.JsonSchemas;
import io.github.thidua.emulation.jackson.internal.OutOfBounds;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A number beyond the bounds of reading, anywhere in a generated document of any kind and in either syntax, is
 * always refused with one located {@link DataFileException} naming what is wrong, and never thrown as anything else.
 * The numbers are generated too: exponents of any size and sign ({@code 7.25E-31}, {@code -3e999999999}), whatever
 * their value; plain numbers with 10 to 40 digits before the point, or 10 to 40 after it; numbers of more than 100
 * digits.
 */
class NumberBoundsProperties {

  /** A generated document: its file name, its text and syntax, and how to read it. */
  private record Generated(String kind, String text, DocumentFormat format, Function<InputStream, Object> read) {}

  private static String digits(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }

  private static char nonZero(Random r) {
    return (char) ('1' + r.nextInt(9));
  }

  /** A number beyond the bounds, as a file may write it, with the words of its refusal. */
  static OutOfBounds.Hostile outOfBounds(Random r) {
    String sign = r.nextBoolean() ? "-" : "";
    return switch (r.nextInt(4)) {
      case 0 -> new OutOfBounds.Hostile(sign + nonZero(r) + digits(r, r.nextInt(4))
          + (r.nextBoolean() ? "." + digits(r, 1 + r.nextInt(3)) : "") + (r.nextBoolean() ? "e" : "E")
          + RoundTripProperties.pick(r, new String[] {"", "+", "-"}) + r.nextInt(1_000_000_000), "has an exponent");
      case 1 -> new OutOfBounds.Hostile(sign + nonZero(r) + digits(r, 9 + r.nextInt(31))
          + (r.nextBoolean() ? "." + digits(r, 1 + r.nextInt(9)) : ""), "is too large");
      case 2 -> new OutOfBounds.Hostile(sign + (r.nextBoolean() ? "0" : nonZero(r) + digits(r, r.nextInt(9))) + "."
          + digits(r, 9 + r.nextInt(31)) + nonZero(r), "has too many decimals");
      default -> new OutOfBounds.Hostile(sign + nonZero(r) + digits(r, 100 + r.nextInt(5000)),
          "a number is longer than 100 characters");
    };
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** A document of a generated kind, written by the library in a generated syntax. */
  private static Generated document(Random r) {
    DocumentFormat format = RoundTripProperties.pick(r, DocumentFormat.values());
    String suffix = format == DocumentFormat.JSON ? ".json" : ".yaml";
    return switch (r.nextInt(7)) {
      case 0 -> new Generated("rules" + suffix, EmulationFiles.writeRuleSet(RoundTripProperties.ruleSet(r), format),
          format, in -> EmulationFiles.readRuleSet(in, "rules" + suffix));
      case 1 -> new Generated("province" + suffix, EmulationFiles.writeProvince(RoundTripProperties.province(r),
          format), format, in -> EmulationFiles.readProvince(in, "province" + suffix));
      case 2 -> new Generated("sheets" + suffix, EmulationFiles.writeScoreSheets(RoundTripProperties.sheets(r),
          format), format, in -> EmulationFiles.readScoreSheets(in, "sheets" + suffix));
      case 3 -> new Generated("ballots" + suffix, EmulationFiles.writeBallots(RoundTripProperties.sessions(r),
          format), format, in -> EmulationFiles.readBallots(in, "ballots" + suffix));
      case 4 -> new Generated("history" + suffix, EmulationFiles.writeHistory(RoundTripProperties.histories(r),
          format), format, in -> EmulationFiles.readHistory(in, "history" + suffix));
      case 5 -> new Generated("proposals" + suffix, EmulationFiles.writeProposals(RoundTripProperties.proposals(r),
          format), format, in -> EmulationFiles.readProposals(in, "proposals" + suffix));
      default -> new Generated("archive.jsonl", ArchiveRecords.jsonLine(ArchiveSamples.generated(r)),
          DocumentFormat.JSON, in -> {
            try (ArchiveReader reader = ArchiveReader.open(in, "archive.jsonl", true)) {
              List<GroupYear> out = new ArrayList<>();
              reader.forEachRemaining(out::add);
              return out;
            }
          });
    };
  }

  @Test
  void aNumberBeyondTheBoundsAnywhereIsRefusedWithALocatedError() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Generated g = document(r);
      JsonNode tree = g.format() == DocumentFormat.JSON ? JsonSchemas.parse(g.text())
          : JsonSchemas.parseYaml(g.text());
      List<String> leaves = OutOfBounds.leaves(tree);
      assertThat(leaves).as("a written document has its schemaVersion at least").isNotEmpty();
      String pointer = leaves.get(r.nextInt(leaves.size()));
      OutOfBounds.Hostile number = outOfBounds(r);
      boolean line = g.kind().endsWith(".jsonl");
      OutOfBounds.assertRefused(bytes -> g.read().apply(in(bytes)),
          OutOfBounds.replaced(tree, pointer, number.text(), g.format(), line), g.kind(), OutOfBounds.path(pointer),
          number, line ? "record 1: " : "", g.format());
    });
  }
}
