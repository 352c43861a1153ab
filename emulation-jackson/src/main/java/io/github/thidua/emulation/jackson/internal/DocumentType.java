package io.github.thidua.emulation.jackson.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document, by the name a file gives in its {@code document} field. */
enum DocumentType {
  RULE_SET("rule-set", "bộ quy tắc", "rule set"),
  PROVINCE("province", "dữ liệu tổ chức của tỉnh", "province"),
  SCALE("scale", "thang điểm", "scoring scale"),
  SCORE_SHEETS("score-sheets", "phiếu chấm điểm", "score sheets"),
  BALLOTS("ballots", "phiếu bầu", "ballots"),
  HISTORY("history", "lịch sử khen thưởng", "award history"),
  PROPOSALS("proposals", "đề nghị khen thưởng", "award proposals"),
  RESULT_VALIDATION("validation-report", "báo cáo kiểm tra", "validation report"),
  RESULT_SCORES("scores", "kết quả chấm điểm", "scores"),
  RESULT_RANKING("ranking", "bảng xếp hạng", "ranking"),
  RESULT_VOTE("vote", "kết quả biểu quyết", "vote result"),
  RESULT_AWARD_PLAN("award-plan", "phương án khen thưởng", "award plan"),
  RESULT_APPORTIONMENT("apportionment", "phân bổ chỉ tiêu", "apportionment"),
  RESULT_ROTATION("rotation", "kiểm tra luân phiên", "rotation report"),
  RESULT_TRACE("trace", "diễn giải", "explanation trace"),
  RESULT_FINGERPRINT("fingerprint", "dấu vân tay", "fingerprint"),
  GROUP_YEAR("group-year", "bản ghi một cụm, khối trong một năm", "group-year record"),
  ARCHIVE("archive", "kho lưu trữ nhiều năm", "multi-year archive");

  private final String wire;
  private final String vi;
  private final String en;

  DocumentType(String wire, String vi, String en) {
    this.wire = wire;
    this.vi = vi;
    this.en = en;
  }

  /** The name in files. */
  String wire() {
    return wire;
  }

  String vi() {
    return vi;
  }

  String en() {
    return en;
  }

  static Optional<DocumentType> ofWire(String wire) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
  }

  static String allowed() {
    return Arrays.toString(Arrays.stream(values()).map(DocumentType::wire).toArray());
  }
}
