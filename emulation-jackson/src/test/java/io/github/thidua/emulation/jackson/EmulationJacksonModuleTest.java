package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.RuleSetId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The module is found through ServiceLoader and writes and reads ids as plain strings. */
class EmulationJacksonModuleTest {

  record Holder(UnitId unit, GroupId group, RuleSetId rules, List<UnitId> members) {}

  @Test
  void findAndAddModulesPicksTheModuleUp() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof EmulationJacksonModule);
    Holder holder = new Holder(UnitId.of("so-noi-vu"), GroupId.of("khoi-1"), RuleSetId.of("vn-hung-yen"),
        List.of(UnitId.of("a"), UnitId.of("b")));
    String json = mapper.writeValueAsString(holder);
    assertThat(json).isEqualTo(
        "{\"unit\":\"so-noi-vu\",\"group\":\"khoi-1\",\"rules\":\"vn-hung-yen\",\"members\":[\"a\",\"b\"]}");
    assertThat(mapper.readValue(json, Holder.class)).isEqualTo(holder);
  }

  @Test
  void aMalformedIdIsAJacksonErrorWithALocationNotACrash() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EmulationJacksonModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"unit\":\"có dấu\",\"group\":\"g\",\"rules\":\"r\",\"members\":[]}",
        Holder.class)).isInstanceOf(JacksonException.class).hasMessageContaining("unit");
  }
}
