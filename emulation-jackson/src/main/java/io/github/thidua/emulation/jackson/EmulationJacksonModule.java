package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.RuleSetId;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 module of the emulation library: writes and reads its identifiers ({@link UnitId},
 * {@link GroupId}, {@link OrganiserId}, {@link RuleSetId}) as plain strings. Registered for
 * {@code JsonMapper.builder().findAndAddModules()} through {@code META-INF/services} and the module descriptor;
 * {@link EmulationFiles} uses it for every document.
 */
public final class EmulationJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public EmulationJacksonModule() {
    super("emulation");
    id(UnitId.class, UnitId::of);
    id(GroupId.class, GroupId::of);
    id(OrganiserId.class, OrganiserId::of);
    id(RuleSetId.class, RuleSetId::of);
  }

  private <T> void id(Class<T> type, Function<String, T> parse) {
    addSerializer(type, ToStringSerializer.instance);
    addDeserializer(type, new IdDeserializer<>(type, parse));
  }

  /** Reads an id from a JSON string; a malformed id is reported with its location like any other value. */
  private static final class IdDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    IdDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
      }
    }
  }
}
