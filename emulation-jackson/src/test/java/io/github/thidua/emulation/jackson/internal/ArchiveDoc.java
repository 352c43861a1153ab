package io.github.thidua.emulation.jackson.internal;

import java.util.List;
import java.util.Set;

/**
 * The fields of an archive document, for the schema tests. No wire record binds them: {@code ArchiveRecords} reads
 * the header ({@code schemaVersion}, {@code document}, then {@code records}) token by token and binds each record
 * alone as an {@link ArchiveDocs.GroupYearDoc}, which inside an archive carries neither {@code schemaVersion} nor
 * {@code document} ({@link #RECORD_HEADER}).
 *
 * @param schemaVersion the version, 2
 * @param document the document type, {@code archive}
 * @param records the records
 */
record ArchiveDoc(Integer schemaVersion, String document, List<ArchiveDocs.GroupYearDoc> records) {

  /** The components of a group-year record that a record inside an archive does not carry. */
  static final Set<String> RECORD_HEADER = Set.of("schemaVersion", "document");
}
