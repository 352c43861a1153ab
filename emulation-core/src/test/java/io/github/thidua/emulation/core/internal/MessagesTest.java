package io.github.thidua.emulation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.rules.RuleKind;
import io.github.thidua.emulation.core.rules.RuleKinds;
import io.github.thidua.emulation.core.validation.ViolationCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every stable code has a message in both languages, and every code a rule kind declares is a known code. */
class MessagesTest {

  /** The classes that hold stable codes: one for organisation and scoring, one per later stage. */
  private static final List<String> CODE_CLASSES = List.of(ViolationCodes.class.getName(),
      "io.github.thidua.emulation.core.ranking.RankingCodes", "io.github.thidua.emulation.core.voting.VotingCodes",
      "io.github.thidua.emulation.core.awards.AwardCodes", "io.github.thidua.emulation.core.awards.AllocationCodes");

  static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (String name : CODE_CLASSES) {
      Class<?> type;
      try {
        type = Class.forName(name);
      } catch (ClassNotFoundException notYet) {
        continue;
      }
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          codes.add((String) field.get(null));
        }
      }
    }
    return codes;
  }

  @Test
  void everyCodeHasAVietnameseAndAnEnglishMessage() throws IllegalAccessException {
    assertThat(codes()).hasSizeGreaterThan(40).allSatisfy(code -> {
      assertThat(Messages.has(code)).as(code).isTrue();
      var text = Messages.format(code, "S", "s", "1", "2", "R", "C");
      assertThat(text.vi()).as(code).doesNotContain("{").isNotEqualTo(text.en());
    });
  }

  @Test
  void ruleKindsDeclareOnlyKnownCodes() throws IllegalAccessException {
    List<String> known = codes();
    for (RuleKind kind : RuleKinds.all()) {
      for (String code : kind.codes()) {
        assertThat(known).as(kind.id()).contains(code);
      }
    }
  }
}
