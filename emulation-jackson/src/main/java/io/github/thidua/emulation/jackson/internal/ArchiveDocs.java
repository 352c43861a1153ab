package io.github.thidua.emulation.jackson.internal;

import java.util.List;

/**
 * Wire records of archives (see {@code docs/archives.md}), exactly as written in files; like {@link Docs}, every
 * field may be null here and {@link ArchiveRecords} reports what is missing with its JSON path.
 */
final class ArchiveDocs {
  private ArchiveDocs() {}

  /** The province a record belongs to: its id and Vietnamese name. */
  record ProvinceRefDoc(String id, String name) {}

  /**
   * One emulation group in one year with everything needed to process it alone. In JSON Lines each record carries
   * {@code schemaVersion} and {@code document}; inside an archive document it carries neither (both are null).
   */
  record GroupYearDoc(Integer schemaVersion, String document, ProvinceRefDoc province, Integer year,
      Docs.OrganiserDoc organiser, Docs.GroupDoc group, List<Docs.UnitDoc> units, List<Docs.SheetDoc> sheets,
      List<Docs.SessionDoc> sessions) {}
}
