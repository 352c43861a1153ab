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

  static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : ViolationCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
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
        if (!code.startsWith("award.")) { // award codes arrive with the awards stage
          assertThat(known).as(kind.id()).contains(code);
        }
      }
    }
  }
}
