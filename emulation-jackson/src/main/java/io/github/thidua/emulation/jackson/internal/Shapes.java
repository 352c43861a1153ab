package io.github.thidua.emulation.jackson.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks of a document's tree against the record types it binds to, before binding: what Jackson's record binding
 * cannot tell apart (an explicit {@code null} from an absent field, a missing field from a zero).
 */
final class Shapes {
  private Shapes() {}

  /**
   * Checks the shape of a result's tree against its record types, recursively: no unknown field, and every field
   * that is not {@link Optional} present, so that a missing field is reported with its path instead of becoming a
   * null or a zero.
   */
  static void checkResult(JsonNode node, Type type, String path, Convert c) {
    walk(node, type, path, c, true);
  }

  /**
   * Refuses an explicit {@code null} where a document expects a list or an object of entries: leaving the field
   * out means empty, but {@code null} is a mistake, not an empty list. Other checks of input documents are the
   * binding's and the conversion's.
   */
  static void checkNullCollections(JsonNode node, Type type, String path, Convert c) {
    walk(node, type, path, c, false);
  }

  private static void walk(JsonNode node, Type type, String path, Convert c, boolean result) {
    Class<?> raw = raw(type);
    if (raw.isRecord() && node.isObject() && !result) {
      for (RecordComponent rc : raw.getRecordComponents()) {
        String name = rc.isAnnotationPresent(JsonProperty.class) ? rc.getAnnotation(JsonProperty.class).value()
            : rc.getName();
        JsonNode value = node.get(name);
        String p = path + "." + name;
        boolean collection = Collection.class.isAssignableFrom(rc.getType()) || Map.class.isAssignableFrom(rc.getType());
        if (value != null && value.isNull() && collection) {
          throw c.error(p, "không được để null ở đây; bỏ trường này đi hoặc ghi []",
              "null is not allowed here; leave the field out or write []");
        }
        if (value != null) {
          walk(value, rc.getGenericType(), p, c, false);
        }
      }
    } else if (raw.isRecord() && node.isObject()) {
      Set<String> names = new HashSet<>();
      for (RecordComponent rc : raw.getRecordComponents()) {
        names.add(rc.getName());
      }
      for (String key : node.propertyNames()) {
        if (!names.contains(key)) {
          throw c.error(path + "." + key, "trường '" + key + "' không được biết (có thể gõ sai tên)",
              "unknown field '" + key + "' (perhaps a misspelt name)");
        }
      }
      for (RecordComponent rc : raw.getRecordComponents()) {
        JsonNode value = node.get(rc.getName());
        String p = path + "." + rc.getName();
        if (value == null || value.isNull()) {
          if (rc.getType() != Optional.class) {
            throw c.error(p, "thiếu trường bắt buộc", "required field is missing");
          }
        } else {
          walk(value, rc.getGenericType(), p, c, true);
        }
      }
    } else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), argument(type, 0), path + "[" + i + "]", c, result);
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), argument(type, 1), path + "." + e.getKey(), c, result);
      }
    } else if (raw == Optional.class) {
      walk(node, argument(type, 0), path, c, result);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
