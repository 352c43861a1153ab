package io.github.thidua.emulation.jackson.internal;

import io.github.thidua.emulation.core.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a document of an older {@code schemaVersion} up to the current one, step by step, and refuses a newer one.
 * Each step is a change of the tree, so an old file reads exactly as if it had been written in today's format.
 *
 * <ul>
 *   <li>1 → 2: documents name their type in {@code document} (a province file given where a rule set is expected is
 *       then one clear error rather than a list of unknown fields); version 1 files get the expected type.
 * </ul>
 */
final class Migration {
  /** The schema version this library writes, and the newest it reads. */
  static final int CURRENT = 2;

  private Migration() {}

  /**
   * Checks the version and type of a document and migrates it to the current version.
   *
   * @param tree the document as read
   * @param expected the type the caller asked for
   * @param c the conversion context (for located errors)
   * @return the document in the current version
   */
  static ObjectNode migrate(JsonNode tree, DocumentType expected, Convert c) {
    if (!(tree instanceof ObjectNode root)) {
      throw c.error("$", "tài liệu phải là một đối tượng {...} có schemaVersion và document",
          "the document must be an object {...} with schemaVersion and document");
    }
    int version = version(root, c);
    if (version == 1) {
      if (!root.has("document")) {
        root.put("document", expected.wire());
      }
      version = 2;
    }
    root.put("schemaVersion", version);
    checkType(root, expected, c);
    return root;
  }

  private static int version(ObjectNode root, Convert c) {
    JsonNode v = root.get("schemaVersion");
    if (v == null || v.isNull()) {
      throw c.error("$.schemaVersion", missingVersion());
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw c.error("$.schemaVersion", notWhole());
    }
    int version = v.intValue();
    if (version > CURRENT) {
      throw c.error("$.schemaVersion", newer(version));
    }
    if (version < 1) {
      throw c.error("$.schemaVersion", "schemaVersion phải từ 1 trở lên", "schemaVersion must be 1 or more");
    }
    return version;
  }

  private static void checkType(ObjectNode root, DocumentType expected, Convert c) {
    JsonNode d = root.get("document");
    if (d == null || d.isNull()) {
      throw c.error("$.document", missingType(expected));
    }
    if (!d.isString()) {
      throw c.error("$.document", "sai kiểu dữ liệu: cần text", "wrong type: expected text");
    }
    DocumentType given = DocumentType.ofWire(d.stringValue())
        .orElseThrow(() -> c.error("$.document", unknownType(d.stringValue())));
    if (given != expected) {
      throw c.error("$.document", otherType(given, expected));
    }
  }

  // ---------------------------------------------------------------- the header's problems, in plain words

  static LocalizedText missingVersion() {
    return new LocalizedText("thiếu trường bắt buộc schemaVersion (phiên bản hiện tại: " + CURRENT + ")",
        "required field schemaVersion is missing (current version: " + CURRENT + ")");
  }

  static LocalizedText notWhole() {
    return new LocalizedText("schemaVersion phải là một số nguyên", "schemaVersion must be a whole number");
  }

  static LocalizedText newer(int version) {
    return new LocalizedText(
        "schemaVersion " + version + " mới hơn phiên bản thư viện đọc được (" + CURRENT + "); hãy nâng cấp thư viện",
        "schemaVersion " + version + " is newer than this library reads (" + CURRENT + "); upgrade the library");
  }

  static LocalizedText missingType(DocumentType expected) {
    return new LocalizedText("thiếu trường bắt buộc document (ở đây: \"" + expected.wire() + "\")",
        "required field document is missing (here: \"" + expected.wire() + "\")");
  }

  static LocalizedText unknownType(String given) {
    return new LocalizedText("loại tài liệu '" + given + "' không được biết; cho phép: " + DocumentType.allowed(),
        "unknown document type '" + given + "'; expected one of " + DocumentType.allowed());
  }

  static LocalizedText otherType(DocumentType given, DocumentType expected) {
    return new LocalizedText(
        "đây là tài liệu " + given.vi() + " (\"" + given.wire() + "\"), không phải " + expected.vi() + " (\""
            + expected.wire() + "\")",
        "this is a " + given.en() + " document (\"" + given.wire() + "\"), not a " + expected.en() + " (\""
            + expected.wire() + "\")");
  }
}
