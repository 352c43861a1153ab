package io.github.thidua.emulation.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void numbersAndDatesAreWrittenAsEachLanguageWritesThem() {
    assertThat(new Value.Decimal(new BigDecimal("92.50")).vi()).isEqualTo("92,50");
    assertThat(new Value.Decimal(new BigDecimal("92.50")).en()).isEqualTo("92.50");
    assertThat(new Value.Date(LocalDate.of(2024, 12, 31)).vi()).isEqualTo("31/12/2024");
    assertThat(new Value.Date(LocalDate.of(2024, 12, 31)).en()).isEqualTo("2024-12-31");
    assertThat(new Value.Count(4).vi()).isEqualTo("4");
    assertThat(new Value.Text("so-noi-vu").vi()).isEqualTo("so-noi-vu");
  }

  @Test
  void aPhraseIsTranslatedWithItsArgumentsRenderedInTheSameLanguage() {
    Value v = Value.phrase("unit-rank-votes", "Sở A", new BigDecimal("2.5"), 4);
    assertThat(v.en()).isEqualTo("Sở A (rank 2.5, 4 votes)");
    assertThat(v.vi()).isEqualTo("Sở A (hạng 2,5, 4 phiếu)");
    assertThat(Value.of(List.of(1, "a")).en()).isEqualTo("1, a");
    assertThatThrownBy(() -> Value.phrase("no-such-phrase")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPhraseHasBothLanguagesAndTheSameArguments() throws IOException {
    Properties en = load("valuemessages.properties");
    Properties vi = load("valuemessages_vi.properties");
    assertThat(en).isNotEmpty();
    assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      for (int i = 0; i < 6; i++) {
        assertThat(vi.getProperty(key).contains("{" + i + "}")).as("%s {%s}", key, i)
            .isEqualTo(en.getProperty(key).contains("{" + i + "}"));
      }
    }
  }

  @Test
  void everyPhraseTheEnginesUseIsInTheBundles() throws IOException {
    Properties en = load("valuemessages.properties");
    java.util.regex.Pattern use = java.util.regex.Pattern.compile("Value\\.phrase\\(\"([a-z0-9-]+)\"");
    java.util.Set<String> used = new java.util.TreeSet<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        var m = use.matcher(java.nio.file.Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(used).allSatisfy(key -> assertThat(en).containsKey("value." + key));
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ValueTest.class.getResourceAsStream("/io/github/thidua/emulation/core/internal/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
