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

  /** The library's own formatter gives, for every template of every bundle, what {@code MessageFormat} gives. */
  @Test
  void everyTemplateFormatsAsMessageFormatWould() throws java.io.IOException {
    Object[] args = {"Sở Y tế", 1234567, new java.math.BigDecimal("1234.5678"), "x''y", -3, 0.25,
        new java.math.BigDecimal("90.50"), "{7}", 42L, "last"};
    int checked = 0;
    for (String name : List.of("messages", "rankingmessages", "votingmessages", "awardmessages",
        "allocationmessages", "yearmessages", "valuemessages")) {
      for (String suffix : List.of("", "_vi")) {
        java.util.Locale locale = suffix.isEmpty() ? java.util.Locale.ENGLISH
            : io.github.thidua.emulation.core.Names.VIETNAMESE;
        try (var in = Messages.class.getResourceAsStream(name + suffix + ".properties")) {
          if (in == null) {
            continue;
          }
          var bundle = new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in,
              java.nio.charset.StandardCharsets.UTF_8));
          for (String key : bundle.keySet()) {
            String expected = new java.text.MessageFormat(bundle.getString(key), locale).format(args);
            assertThat(Messages.format(locale, key, args)).as(name + suffix + " " + key).isEqualTo(expected);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(400);
  }
}
