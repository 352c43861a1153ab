package io.github.thidua.emulation.jackson;

import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.rules.RuleSetId;
import io.github.thidua.emulation.core.validation.Value;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 module of the emulation library: writes and reads its identifiers ({@link UnitId},
 * {@link GroupId}, {@link OrganiserId}, {@link RuleSetId}) as plain strings, and a finding's typed {@link Value}
 * as an object naming its kind. Registered for
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
    addSerializer(Value.class, new ValueSerializer());
    addDeserializer(Value.class, new ValueReader());
  }

  /**
   * Writes a finding's typed value as an object naming its kind: {@code {"count": 4}}, {@code {"decimal": 92.5}},
   * {@code {"text": "so-noi-vu"}}, {@code {"date": "2024-12-31"}}, {@code {"items": [...]}} or
   * {@code {"phrase": "unit-id", "args": [...]}}.
   */
  private static final class ValueSerializer extends tools.jackson.databind.ValueSerializer<Value> {
    @Override
    public void serialize(Value value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      if (value instanceof Value.Count c) {
        gen.writeNumberProperty("count", c.value());
      } else if (value instanceof Value.Decimal d) {
        gen.writeNumberProperty("decimal", d.value());
      } else if (value instanceof Value.Text t) {
        gen.writeStringProperty("text", t.value());
      } else if (value instanceof Value.Date d) {
        gen.writeStringProperty("date", d.value().toString());
      } else if (value instanceof Value.Items i) {
        gen.writeName("items");
        list(i.items(), gen, ctxt);
      } else {
        Value.Phrase p = (Value.Phrase) value;
        gen.writeStringProperty("phrase", p.key());
        gen.writeName("args");
        list(p.args(), gen, ctxt);
      }
      gen.writeEndObject();
    }

    private void list(java.util.List<Value> values, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartArray();
      for (Value v : values) {
        serialize(v, gen, ctxt);
      }
      gen.writeEndArray();
    }
  }

  /** Reads a typed value as {@link ValueSerializer} writes it; a plain string (older files) reads as text. */
  private static final class ValueReader extends ValueDeserializer<Value> {
    @Override
    public Value deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      try {
        return read(node);
      } catch (IllegalArgumentException e) {
        return (Value) ctxt.handleWeirdNativeValue(ctxt.constructType(Value.class), node, p);
      }
    }

    private static Value read(JsonNode node) {
      if (node.isString()) {
        return new Value.Text(node.stringValue());
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException("a value is an object such as {\"count\": 4}");
      }
      if (node.has("count") && node.size() == 1 && node.get("count").canConvertToLong()) {
        return new Value.Count(node.get("count").longValue());
      }
      if (node.has("decimal") && node.size() == 1 && node.get("decimal").isNumber()) {
        return new Value.Decimal(node.get("decimal").decimalValue());
      }
      if (node.has("text") && node.size() == 1 && node.get("text").isString()) {
        return new Value.Text(node.get("text").stringValue());
      }
      if (node.has("date") && node.size() == 1 && node.get("date").isString()) {
        return new Value.Date(java.time.LocalDate.parse(node.get("date").stringValue()));
      }
      if (node.has("items") && node.size() == 1 && node.get("items").isArray()) {
        java.util.List<Value> items = new java.util.ArrayList<>();
        node.get("items").forEach(i -> items.add(read(i)));
        return new Value.Items(items);
      }
      if (node.has("phrase") && node.get("phrase").isString() && node.size() <= 2) {
        java.util.List<Value> args = new java.util.ArrayList<>();
        if (node.has("args")) {
          node.get("args").forEach(a -> args.add(read(a)));
        }
        return new Value.Phrase(node.get("phrase").stringValue(), args);
      }
      throw new IllegalArgumentException("not a value: " + node);
    }
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
