package io.github.thidua.emulation.cli.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.thidua.emulation.core.Emulation;
import io.github.thidua.emulation.core.year.EmulationYear;
import io.github.thidua.emulation.core.year.GroupYear;
import io.github.thidua.emulation.core.year.YearInputs;
import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.GroupId;
import io.github.thidua.emulation.core.GroupKind;
import io.github.thidua.emulation.core.Organiser;
import io.github.thidua.emulation.core.OrganiserId;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.Unit;
import io.github.thidua.emulation.core.UnitId;
import io.github.thidua.emulation.core.YearFacts;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.AwardPlan;
import io.github.thidua.emulation.core.awards.Grant;
import io.github.thidua.emulation.core.awards.HistoryYear;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.awards.ProposedAward;
import io.github.thidua.emulation.core.ranking.Ranking;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.rules.RuleSet;
import io.github.thidua.emulation.core.rules.RuleSets;
import io.github.thidua.emulation.core.scoring.Claim;
import io.github.thidua.emulation.core.scoring.GroupScores;
import io.github.thidua.emulation.core.scoring.ScoreEntry;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.scoring.ScorerRole;
import io.github.thidua.emulation.core.scoring.UnitScore;
import io.github.thidua.emulation.core.voting.Ballot;
import io.github.thidua.emulation.core.voting.VotePurpose;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.jackson.DocumentFormat;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the sample dataset of the command-line demo: Hưng Yên, emulation year 2024.
 *
 * <p>The organisation ({@code province.json}: units, organisers, clusters and blocs, with their seven deliberate
 * validation violations) is the input: the generator reads it, sets each group's pledge date and the units' 2024
 * facts, and writes it back in the library's canonical form. Everything else is made here, from fixed seeds: one
 * ORGANISER rule-set layer per organiser with its 2024 scoring scale ({@code layers/*.yaml}), the score sheets, the
 * honouring-vote ballots, five years of flag history and the award proposals. The same input always gives the
 * same bytes, and {@code SampleDatasetTest} checks that the committed files are exactly what this class makes.
 *
 * <p>Scores are designed, not drawn: every member gets a planned total (distinct within its group, except the
 * planned ties), and its sheets are built to reach it exactly. Under the blocs' trimmed mean, the peers' differences
 * from the agreed value are symmetric, so the trimmed mean is exactly the agreed value. The generator then runs the
 * annual cycle through the library (score, rank, vote, rank again, allocate) and derives the ballots and
 * proposals from it, so that the files agree with what the library computes.
 *
 * <p>Regenerate after a change: {@code mvn -B -q install -DskipTests}, then
 * {@code mvn -B test -pl emulation-cli-demo -Dtest=SampleDatasetTest -Dsample.update=true}, or run {@link #main}
 * with the module folder as working directory.
 */
public final class SampleDatasetGenerator {

  /** The dataset's folder, relative to the {@code emulation-cli-demo} module. */
  public static final Path SAMPLE_DIR =
      Path.of("src", "main", "resources", "io", "github", "thidua", "emulation", "cli", "sample");

  static final String PROVINCE = "province.json";
  static final String SHEETS = "sheets.json";
  static final String BALLOTS = "ballots.json";
  static final String HISTORY = "history.json";
  static final String PROPOSALS = "proposals.json";

  static final int YEAR = 2024;
  static final long SEED = 20_240_315L;
  static final String PARENT = "vn-hung-yen";
  static final String FLAG = "PROV_FLAG";
  static final String CERT = "CHAIRMAN_CERT";

  // ------------------------------------------------------------------ the interesting cases

  /** The bloc member whose self-score is well above its peers' verdict ({@code score.self.exceeds-verified}). */
  static final String SELF_CHECK_UNIT = "so-gtvt";
  /** The commune merged on 1 October 2024: it sent no sheet ({@code score.sheet.missing}). */
  static final String MERGED_UNIT = "tp-hung-yen-xa-hoang-hanh";
  /** The group whose final ranking keeps an unresolved tie at the edge of the certificate quota. */
  static final String TIE_GROUP = "cum-so-y-te-3";
  /** The group whose two leading units tie on score and are separated by the honouring vote. */
  static final String VOTE_TIE_GROUP = "cum-tp-hung-yen-3";
  /** The group with a tie separated by the criterion-group-1 subtotal. */
  static final String SUBTOTAL_TIE_GROUP = "cum-so-gddt-3";
  /** The bloc whose honouring vote ties and needs a run-off. */
  static final String RUNOFF_GROUP = "khoi-mttq-doan-the";
  /** The bloc that rotated its flag through the members in 2019–2023. */
  static final String ROTATION_GROUP = "khoi-doanh-nghiep";
  /** The cluster that proposes a division-level unit for the provincial flag. */
  static final String DIVISION_PROPOSAL_GROUP = "cum-so-tai-chinh-1";
  /** The bloc whose 2022 top-ranked unit was ineligible (an inspection was pending). */
  static final String INELIGIBLE_HISTORY_GROUP = "khoi-kinh-te-ky-thuat";
  /** The bloc whose leading unit was top-ranked and flagged every year. */
  static final String STEADY_GROUP = "khoi-co-quan-trung-uong";
  /** The unit under investigation in 2024 (already in the organisation data). */
  static final String INVESTIGATED_UNIT = "so-tnmt";
  /** The commune with a disciplinary matter pending in 2024 (already in the organisation data). */
  static final String DISCIPLINE_UNIT = "huyen-van-lam-xa-lac-hong";

  enum TieKind { UNRESOLVED, VOTE, SUBTOTAL }

  /** Positions {@code position} and {@code position + 1} (0-based) of the group's design tie on total. */
  record Tie(int position, TieKind kind) {}

  static final Map<String, Tie> TIES = Map.of(
      TIE_GROUP, new Tie(2, TieKind.UNRESOLVED),
      VOTE_TIE_GROUP, new Tie(0, TieKind.VOTE),
      SUBTOTAL_TIE_GROUP, new Tie(3, TieKind.SUBTOTAL));

  /** The designed head of each group's ranking; the other members follow in a seeded order. */
  static final Map<String, List<String>> TOP = new HashMap<>();

  static {
    top("khoi-tong-hop", "van-phong-ubnd", "so-noi-vu", "so-tai-chinh");
    top("khoi-kinh-te-ky-thuat", "so-cong-thuong", INVESTIGATED_UNIT, "ban-qlkcn", "so-xay-dung", SELF_CHECK_UNIT);
    top("khoi-van-hoa-xa-hoi", "so-y-te", "dai-pttt-hung-yen", "so-gddt");
    top("khoi-co-quan-dang", "ban-to-chuc-tinh-uy", "van-phong-tinh-uy", "ubkt-tinh-uy");
    top(RUNOFF_GROUP, "ldld-tinh", "hoi-lhpn-tinh");
    top("khoi-hoi-dac-thu", "hoi-nha-bao-tinh", "hoi-chu-thap-do-tinh", "hoi-nguoi-cao-tuoi-tinh", "hoi-nguoi-mu-tinh");
    top("khoi-noi-chinh", "cong-an-tinh", "vksnd-tinh");
    top(STEADY_GROUP, "cuc-thue-tinh", "kbnn-tinh");
    top(ROTATION_GROUP, "cty-nuoc-sach-hung-yen", "cty-kttl-hung-yen");
    top("khoi-huyen-thi-xa-thanh-pho", "huyen-khoai-chau", "tp-hung-yen", "huyen-van-lam");
    top("cum-so-gddt-1", "so-gddt-phong-gdtrh", "so-gddt-phong-khao-thi");
    top("cum-so-gddt-2", "thpt-van-giang", "thpt-duong-quang-ham");
    top(SUBTOTAL_TIE_GROUP, "thpt-khoai-chau", "thpt-tran-quang-khai", "thpt-nguyen-trung-ngan", "thpt-an-thi",
        "thpt-pham-ngu-lao");
    top("cum-so-gddt-4", "thpt-chuyen-hung-yen", "thpt-tien-lu");
    top("cum-so-gddt-5", "so-gddt-ttgdtx-tinh", "so-gddt-truong-gd-chuyen-biet");
    top("cum-so-y-te-1", "so-y-te-chi-cuc-dan-so", "so-y-te-phong-nghiep-vu-y");
    top("cum-so-y-te-2", "bv-da-khoa-tinh", "cdc-tinh", "bv-san-nhi-hung-yen");
    top(TIE_GROUP, "ttyt-khoai-chau", "ttyt-yen-my", "ttyt-kim-dong", "ttyt-van-giang");
    top("cum-so-nnptnt-1", "so-nnptnt-chi-cuc-thu-y", "so-nnptnt-chi-cuc-bvtv");
    top("cum-so-nnptnt-2", "so-nnptnt-tt-khuyen-nong", "so-nnptnt-tt-nuoc-sach");
    top("cum-so-ldtbxh-1", "so-ldtbxh-phong-nguoi-co-cong", "so-ldtbxh-van-phong");
    top("cum-so-ldtbxh-2", "so-ldtbxh-tt-bao-tro-xa-hoi", "so-ldtbxh-tt-dich-vu-viec-lam");
    top("cum-so-vhttdl-1", "so-vhttdl-nha-hat-cheo", "so-vhttdl-phong-qlvh", "so-vhttdl-bao-tang-tinh");
    top(DIVISION_PROPOSAL_GROUP, "so-tai-chinh-phong-quan-ly-ngan-sach", "so-tai-chinh-phong-tc-dau-tu");
    top("cum-so-noi-vu-1", "so-noi-vu-ban-tdkt", "so-noi-vu-chi-cuc-van-thu-luu-tru");
    top("cum-so-tu-phap-1", "so-tu-phap-tt-tro-giup-phap-ly", "so-tu-phap-phong-hanh-chinh-tu-phap");
    top("cum-tp-hung-yen-1", "tp-hung-yen-phong-noi-vu", "tp-hung-yen-phong-tai-chinh-ke-hoach");
    top("cum-tp-hung-yen-2", "tp-hung-yen-phong-gddt", "tp-hung-yen-phong-kinh-te");
    top(VOTE_TIE_GROUP, "tp-hung-yen-phuong-hien-nam", "tp-hung-yen-phuong-lam-son", "tp-hung-yen-phuong-an-tao");
    top("cum-tp-hung-yen-4", "tp-hung-yen-xa-bao-khe", "tp-hung-yen-xa-trung-nghia");
    top("cum-tp-hung-yen-5", "tp-hung-yen-xa-phuong-chieu", "tp-hung-yen-xa-tan-hung");
    top("cum-tp-hung-yen-6", "tp-hung-yen-thcs-hong-bang", "tp-hung-yen-tt-vh-tt-tt");
    top("cum-huyen-van-lam-1", "huyen-van-lam-phong-noi-vu", "huyen-van-lam-van-phong-hdnd-ubnd");
    top("cum-huyen-van-lam-2", "huyen-van-lam-phong-gddt", "huyen-van-lam-phong-nong-nghiep-ptnt");
    top("cum-huyen-van-lam-3", "huyen-van-lam-thi-tran-nhu-quynh", "huyen-van-lam-xa-tan-quang");
    top("cum-huyen-van-lam-4", "huyen-van-lam-xa-minh-hai", DISCIPLINE_UNIT, "huyen-van-lam-xa-dinh-du");
    top("cum-huyen-van-lam-5", "huyen-van-lam-tt-vh-tt-tt", "huyen-van-lam-tt-gdnn-gdtx");
    top("cum-huyen-van-lam-6", "huyen-van-lam-thcs-chi-dao", "huyen-van-lam-thcs-nhu-quynh");
    top("cum-cd-cong-dong-hung-yen-1", "truong-cd-cong-dong-hung-yen-khoa-cntt",
        "truong-cd-cong-dong-hung-yen-khoa-kinh-te");
  }

  private static void top(String group, String... units) {
    TOP.put(group, List.of(units));
  }

  /** The units that held the title "Tập thể lao động xuất sắc" for 2024 in the original organisation data. */
  static final Set<String> ORIGINAL_TLDXS = Set.of("van-phong-ubnd", "so-noi-vu", "so-tai-chinh", "so-cong-thuong",
      "ban-qlkcn", "so-gddt", "so-y-te", "dai-pttt-hung-yen", "van-phong-tinh-uy", "ban-to-chuc-tinh-uy", "ldld-tinh",
      "hoi-lhpn-tinh", "hoi-nha-bao-tinh", "hoi-chu-thap-do-tinh", "hoi-nguoi-cao-tuoi-tinh", "cuc-thue-tinh",
      "kbnn-tinh", "cty-nuoc-sach-hung-yen", "tp-hung-yen", "huyen-van-lam", "huyen-khoai-chau", "thpt-van-giang",
      "thpt-khoai-chau", "thpt-chuyen-hung-yen", "bv-da-khoa-tinh", "cdc-tinh", "so-nnptnt-tt-khuyen-nong",
      "so-tai-chinh-phong-quan-ly-ngan-sach", "tp-hung-yen-phuong-hien-nam", "huyen-van-lam-thi-tran-nhu-quynh");

  // ------------------------------------------------------------------ scales

  enum Method { MANUAL, PASS_FAIL, PER_OCCURRENCE, TARGET_TIERS, TARGET_LINEAR }

  /** A leaf criterion: its method, and for target methods the measure and the range of targets. */
  record Leaf(String code, String vi, String en, int max, Method method, int each, String measure, int targetFrom,
      int targetTo) {}

  /** A criterion group (top-level node). */
  record Node(String code, String vi, String en, int max, List<Leaf> leaves) {}

  /** A listed bonus achievement or deduction, with the reasons a sheet may give. */
  record Item(String code, String vi, String en, int points, Integer cap, List<String> reasons, String evidence) {}

  /** A scale template: criteria, bonuses and deductions. */
  record Template(List<Node> criteria, List<Item> bonuses, int bonusCap, List<Item> deductions, int deductionCap) {

    List<Leaf> leaves() {
      return criteria.stream().flatMap(n -> n.leaves().stream()).toList();
    }

    Template withBonus(Item extra) {
      List<Item> all = new ArrayList<>(bonuses);
      all.add(extra);
      return new Template(criteria, all, bonusCap, deductions, deductionCap);
    }
  }

  /** The tiers of every {@code against-target} leaf with tiers: ratio reached → share of the maximum. */
  static final List<BigDecimal[]> TIERS = List.of(
      new BigDecimal[] {new BigDecimal("0.8"), new BigDecimal("0.6")},
      new BigDecimal[] {new BigDecimal("0.9"), new BigDecimal("0.8")},
      new BigDecimal[] {new BigDecimal("0.95"), new BigDecimal("0.9")},
      new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE});

  private static Leaf manual(String code, String vi, String en, int max) {
    return new Leaf(code, vi, en, max, Method.MANUAL, 0, "", 0, 0);
  }

  private static Leaf passFail(String code, String vi, String en, int max) {
    return new Leaf(code, vi, en, max, Method.PASS_FAIL, 0, "", 0, 0);
  }

  private static Leaf perOccurrence(String code, String vi, String en, int max, int each, String measure) {
    return new Leaf(code, vi, en, max, Method.PER_OCCURRENCE, each, measure, 0, 0);
  }

  private static Leaf tiers(String code, String vi, String en, int max, String measure, int from, int to) {
    return new Leaf(code, vi, en, max, Method.TARGET_TIERS, 0, measure, from, to);
  }

  private static Leaf linear(String code, String vi, String en, int max, String measure, int from, int to) {
    return new Leaf(code, vi, en, max, Method.TARGET_LINEAR, 0, measure, from, to);
  }

  private static Item item(String code, String vi, String en, int points, Integer cap, String evidence,
      String... reasons) {
    return new Item(code, vi, en, points, cap, List.of(reasons), evidence);
  }

  static final Item INITIATIVE = item("INITIATIVE", "Có sáng kiến, đề tài được công nhận cấp cơ sở trở lên",
      "Initiative or study recognised", 1, null, "Quyết định công nhận sáng kiến số %d/QĐ-HĐSK",
      "Sáng kiến \"Số hóa hồ sơ, tài liệu lưu trữ\" được công nhận",
      "Sáng kiến \"Quy trình xử lý văn bản trên môi trường mạng\" được công nhận",
      "Sáng kiến \"Sổ tay nghiệp vụ điện tử\" được công nhận",
      "Đề tài khoa học cấp cơ sở được nghiệm thu loại Khá");

  static final Item LATE_REPORT = item("LATE_REPORT", "Gửi báo cáo chậm so với thời hạn quy định",
      "Report sent late", 1, 3, null,
      "Báo cáo sơ kết 6 tháng gửi chậm %d ngày", "Báo cáo tổng kết thi đua, khen thưởng năm gửi chậm %d ngày",
      "Báo cáo chuyên đề quý III gửi chậm %d ngày");

  static final Item DISCIPLINE = item("DISCIPLINE",
      "Có cán bộ, công chức, viên chức bị kỷ luật từ hình thức khiển trách trở lên",
      "Staff disciplined (reprimand or more)", 3, 6, null,
      "01 viên chức bị kỷ luật hình thức khiển trách trong năm 2024",
      "01 công chức bị kỷ luật hình thức khiển trách do vi phạm quy chế làm việc");

  static final Template BLOC = new Template(List.of(
      new Node("1", "Thực hiện nhiệm vụ chính trị, chuyên môn được giao", "Assigned political and professional tasks",
          60, List.of(
              tiers("1.1", "Kết quả thực hiện các chỉ tiêu, nhiệm vụ trọng tâm năm 2024 được UBND tỉnh giao",
                  "Key 2024 targets and tasks assigned by the provincial committee", 30, "nhiệm vụ", 20, 40),
              manual("1.2", "Chất lượng công tác tham mưu, xây dựng và ban hành văn bản",
                  "Quality of advice and of the documents issued", 15),
              manual("1.3", "Cải cách hành chính, chuyển đổi số, giải quyết thủ tục hành chính đúng hạn",
                  "Administrative reform, digital transformation, procedures handled on time", 15))),
      new Node("2", "Công tác thi đua, khen thưởng", "Emulation and commendation work", 20, List.of(
          passFail("2.1", "Phát động thi đua, ký kết giao ước thi đua", "Emulation launched, pledge signed", 4),
          manual("2.2", "Tổ chức phong trào thi đua theo đợt, chuyên đề", "Periodic and thematic campaigns", 4),
          perOccurrence("2.3", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
              "Exemplary models found and spread", 4, 1, "điển hình"),
          manual("2.4", "Báo cáo thi đua, khen thưởng đầy đủ, đúng thời hạn", "Reports complete and on time", 4),
          manual("2.5", "Hồ sơ đề nghị khen thưởng đúng quy định, đúng thời hạn", "Award files correct and on time",
              4))),
      new Node("3", "Xây dựng Đảng, đoàn thể; kỷ luật, kỷ cương hành chính",
          "Party and mass-organisation building; discipline", 10, List.of(
              passFail("3.1", "Tổ chức đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                  "Party cell rated at least 'good'", 4),
              manual("3.2", "Chấp hành kỷ luật, kỷ cương; phòng, chống tham nhũng, lãng phí",
                  "Discipline; fight against corruption and waste", 6))),
      new Node("4", "Tham gia hoạt động của Khối", "Taking part in the bloc's activities", 10, List.of(
          perOccurrence("4.1", "Tham gia hội nghị, hội thảo, giao lưu văn hóa, thể thao của Khối",
              "Bloc meetings, workshops, cultural and sports exchanges attended", 6, 2, "hoạt động"),
          passFail("4.2", "Kiểm tra chéo, chấm điểm chéo đúng thời hạn", "Cross-inspection and cross-scoring on time",
              4)))),
      List.of(
          item("NATIONAL_AWARD", "Được Thủ tướng Chính phủ tặng Bằng khen hoặc Cờ thi đua của Chính phủ trong năm",
              "Prime Minister's certificate or Government flag this year", 3, null, "Quyết định số %d/QĐ-TTg",
              "Được Thủ tướng Chính phủ tặng Bằng khen vì thành tích xuất sắc trong công tác",
              "Được tặng Cờ thi đua của Chính phủ năm 2024"),
          INITIATIVE,
          item("MODEL_PRAISED", "Có mô hình, điển hình tiên tiến được UBND tỉnh biểu dương, nhân rộng",
              "Model praised by the province", 1, null, "Công văn số %d/UBND-TĐKT",
              "Mô hình \"Dân vận khéo\" được UBND tỉnh biểu dương",
              "Mô hình \"Cơ quan không giấy tờ\" được nhân rộng trong toàn tỉnh"),
          item("HOST_BLOC", "Hoàn thành tốt nhiệm vụ Trưởng khối hoặc Phó trưởng khối", "Head or deputy of the bloc",
              1, null, null, "Hoàn thành tốt nhiệm vụ Trưởng khối năm 2024",
              "Hoàn thành tốt nhiệm vụ Phó trưởng khối năm 2024")),
      5,
      List.of(
          LATE_REPORT,
          item("ABSENT", "Không tham gia hội nghị, hoạt động của Khối không có lý do",
              "Bloc meeting missed without reason", 1, 2, null, "Vắng hội nghị sơ kết 6 tháng của Khối không có lý do",
              "Không cử người tham gia giao lưu thể thao của Khối"),
          DISCIPLINE),
      10);

  static final Template DEPARTMENT = new Template(List.of(
      new Node("1", "Thực hiện nhiệm vụ chuyên môn được giao", "Assigned professional tasks", 55, List.of(
          tiers("1.1", "Hoàn thành các chỉ tiêu, nhiệm vụ kế hoạch năm 2024 do Giám đốc Sở giao",
              "2024 plan targets and tasks set by the department's director", 30, "chỉ tiêu, nhiệm vụ", 20, 36),
          manual("1.2", "Chất lượng, hiệu quả thực hiện nhiệm vụ chuyên môn", "Quality of professional work", 15),
          manual("1.3", "Cải cách hành chính, ứng dụng công nghệ thông tin, chuyển đổi số",
              "Administrative reform, IT and digital transformation", 10))),
      new Node("2", "Công tác thi đua, khen thưởng", "Emulation and commendation work", 20, List.of(
          passFail("2.1", "Phát động thi đua, ký kết giao ước thi đua", "Emulation launched, pledge signed", 5),
          manual("2.2", "Phong trào thi đua theo đợt, chuyên đề", "Periodic and thematic campaigns", 5),
          perOccurrence("2.3", "Nhân rộng điển hình tiên tiến, gương người tốt, việc tốt",
              "Exemplary models and good deeds spread", 5, 1, "điển hình"),
          manual("2.4", "Báo cáo, hồ sơ thi đua, khen thưởng đúng thời hạn, đúng quy định",
              "Reports and award files on time and correct", 5))),
      new Node("3", "Xây dựng tổ chức đảng, đoàn thể và chấp hành kỷ luật",
          "Party and mass organisations; discipline", 15, List.of(
              passFail("3.1", "Chi bộ, công đoàn, đoàn thanh niên hoàn thành tốt nhiệm vụ trở lên",
                  "Party cell, union and youth union rated at least 'good'", 5),
              manual("3.2", "Chấp hành kỷ luật, kỷ cương, nội quy, quy chế dân chủ ở cơ sở",
                  "Discipline, internal rules, grassroots democracy", 10))),
      new Node("4", "Tham gia hoạt động chung của Cụm và của Sở", "Cluster and department activities", 10, List.of(
          perOccurrence("4.1", "Tham gia hội thi, hội diễn, hoạt động văn hóa, thể thao",
              "Contests, performances, cultural and sports events attended", 6, 2, "hoạt động"),
          passFail("4.2", "Kiểm tra chéo, chấm điểm đúng thời hạn", "Cross-inspection and scoring on time", 4)))),
      List.of(
          INITIATIVE,
          item("PROVINCE_AWARD", "Được Bộ, ngành Trung ương hoặc Chủ tịch UBND tỉnh tặng Bằng khen trong năm",
              "Certificate of merit of a ministry or of the provincial chairman this year", 2, null,
              "Quyết định số %d/QĐ-UBND",
              "Được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc năm 2023",
              "Được Bộ trưởng tặng Bằng khen về thành tích thực hiện nhiệm vụ chuyên môn")),
      5,
      List.of(
          LATE_REPORT,
          item("COMPLAINT", "Để xảy ra đơn thư khiếu nại, tố cáo vượt cấp có cơ sở",
              "Founded complaint sent over the unit's head", 2, 4, null,
              "01 đơn tố cáo vượt cấp được kết luận có cơ sở một phần"),
          DISCIPLINE),
      10);

  static final Template LOCALITY = new Template(List.of(
      new Node("1", "Thực hiện nhiệm vụ chính trị, chỉ tiêu phát triển kinh tế - xã hội",
          "Political tasks and socio-economic targets", 55, List.of(
              linear("1.1", "Số chỉ tiêu kinh tế - xã hội, nhiệm vụ được giao đạt và vượt kế hoạch",
                  "Socio-economic targets and tasks met", 25, "chỉ tiêu", 25, 50),
              manual("1.2", "Hoàn thành nhiệm vụ trọng tâm, đột xuất do Ủy ban nhân dân giao",
                  "Key and unforeseen tasks assigned by the People's Committee", 15),
              manual("1.3", "Cải cách hành chính, chuyển đổi số, giải quyết thủ tục hành chính",
                  "Administrative reform, digital transformation, procedures", 15))),
      new Node("2", "Công tác thi đua, khen thưởng", "Emulation and commendation work", 20, List.of(
          passFail("2.1", "Phát động thi đua, ký kết giao ước thi đua", "Emulation launched, pledge signed", 5),
          manual("2.2", "Phong trào thi đua theo đợt, chuyên đề", "Periodic and thematic campaigns", 5),
          perOccurrence("2.3", "Xây dựng, nhân rộng điển hình tiên tiến", "Exemplary models built and spread", 5, 1,
              "điển hình"),
          manual("2.4", "Báo cáo, hồ sơ thi đua, khen thưởng đúng thời hạn, đúng quy định",
              "Reports and award files on time and correct", 5))),
      new Node("3", "Xây dựng hệ thống chính trị; quốc phòng, an ninh, trật tự an toàn xã hội",
          "Political system; defence, security and public order", 15, List.of(
              passFail("3.1", "Tổ chức đảng, chính quyền, đoàn thể hoàn thành tốt nhiệm vụ trở lên",
                  "Party, administration and mass organisations rated at least 'good'", 5),
              manual("3.2", "Giữ vững an ninh chính trị, trật tự an toàn xã hội; không để xảy ra điểm nóng",
                  "Security and public order kept; no hot spot", 10))),
      new Node("4", "Tham gia hoạt động của Cụm", "Taking part in the cluster's activities", 10, List.of(
          perOccurrence("4.1", "Tham gia hội nghị, giao lưu, hội thi do Cụm tổ chức",
              "Cluster meetings, exchanges and contests attended", 6, 2, "hoạt động"),
          passFail("4.2", "Kiểm tra chéo, chấm điểm đúng thời hạn", "Cross-inspection and scoring on time", 4)))),
      List.of(
          INITIATIVE,
          item("NTM_STANDARD",
              "Được công nhận đạt chuẩn nông thôn mới nâng cao, kiểu mẫu hoặc văn minh đô thị trong năm",
              "Recognised this year as advanced new-rural, model or civilised-urban", 2, null,
              "Quyết định số %d/QĐ-UBND",
              "Được công nhận đạt chuẩn nông thôn mới nâng cao năm 2024",
              "Được công nhận phường đạt chuẩn văn minh đô thị năm 2024"),
          item("PROVINCE_AWARD", "Được Chủ tịch UBND tỉnh tặng Bằng khen trong năm",
              "Provincial chairman's certificate of merit this year", 2, null, "Quyết định số %d/QĐ-UBND",
              "Được Chủ tịch UBND tỉnh tặng Bằng khen trong phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"",
              "Được Chủ tịch UBND tỉnh tặng Bằng khen về công tác cải cách hành chính")),
      5,
      List.of(
          LATE_REPORT,
          item("HOT_SPOT", "Để xảy ra vụ việc phức tạp về an ninh, trật tự hoặc khiếu kiện đông người",
              "Complex security incident or mass complaint", 3, 6, null,
              "Để xảy ra khiếu kiện đông người về bồi thường giải phóng mặt bằng"),
          DISCIPLINE),
      10);

  static final Template COLLEGE = new Template(List.of(
      new Node("1", "Công tác đào tạo, giảng dạy", "Training and teaching", 50, List.of(
          tiers("1.1", "Hoàn thành kế hoạch giảng dạy (giờ chuẩn) năm học", "Teaching plan (standard hours) completed",
              20, "giờ chuẩn", 1800, 3200),
          tiers("1.2", "Học sinh, sinh viên tốt nghiệp so với kế hoạch", "Graduates against the plan", 15,
              "học sinh, sinh viên", 80, 160),
          manual("1.3", "Chất lượng giảng dạy: dự giờ, hội giảng, đổi mới phương pháp",
              "Teaching quality: observed lessons, teaching contests, new methods", 15))),
      new Node("2", "Nghiên cứu khoa học, tuyển sinh và quan hệ doanh nghiệp",
          "Research, enrolment and links with businesses", 20, List.of(
              perOccurrence("2.1", "Đề tài nghiên cứu khoa học, giáo trình, sáng kiến được nghiệm thu",
                  "Studies, textbooks and initiatives accepted", 8, 2, "đề tài, giáo trình"),
              manual("2.2", "Tuyển sinh và liên kết đào tạo với doanh nghiệp", "Enrolment and training with businesses",
                  12))),
      new Node("3", "Công tác thi đua, khen thưởng và xây dựng tổ chức",
          "Emulation work and organisation building", 20, List.of(
              passFail("3.1", "Phát động thi đua, ký kết giao ước thi đua", "Emulation launched, pledge signed", 5),
              manual("3.2", "Báo cáo, hồ sơ thi đua, khen thưởng đúng quy định", "Reports and award files correct",
                  5),
              manual("3.3", "Xây dựng chi bộ, công đoàn, đoàn thanh niên; chấp hành kỷ luật",
                  "Party cell, union and youth union; discipline", 10))),
      new Node("4", "Tham gia hoạt động phong trào của Trường", "Taking part in the college's activities", 10,
          List.of(
              perOccurrence("4.1", "Tham gia hội thao, hội diễn, hoạt động tình nguyện",
                  "Sports days, performances and volunteer work attended", 6, 2, "hoạt động"),
              passFail("4.2", "Kiểm tra chéo, chấm điểm đúng thời hạn", "Cross-inspection and scoring on time", 4)))),
      List.of(
          item("SKILL_CONTEST", "Có học sinh, sinh viên đạt giải Hội thi kỹ năng nghề cấp tỉnh trở lên",
              "Students placed in a provincial or national skills contest", 2, null, "Quyết định số %d/QĐ-SLĐTBXH",
              "Có 02 sinh viên đạt giải Ba Hội thi kỹ năng nghề tỉnh Hưng Yên năm 2024",
              "Có 01 học sinh đạt giải Khuyến khích Hội thi kỹ năng nghề quốc gia"),
          item("TEACHER_CONTEST", "Có giảng viên đạt giải Hội giảng nhà giáo giáo dục nghề nghiệp cấp tỉnh trở lên",
              "Teacher placed in the provincial vocational teaching contest", 2, null, "Quyết định số %d/QĐ-SLĐTBXH",
              "Có 01 giảng viên đạt giải Nhì Hội giảng nhà giáo giáo dục nghề nghiệp cấp tỉnh"),
          INITIATIVE),
      5,
      List.of(
          LATE_REPORT,
          item("EXAM_ERROR", "Để xảy ra sai sót trong quản lý đào tạo, tổ chức thi, cấp phát văn bằng",
              "Error in training records, examinations or certificates", 2, 4, null,
              "Sai sót trong nhập điểm thi kết thúc học phần, phải điều chỉnh"),
          DISCIPLINE),
      10);

  // ------------------------------------------------------------------ organisers

  /** One organiser's layer: its scale template, the decision adopting it, and its pledge calendar. */
  record Org(String id, Template template, String subjectVi, String subjectEn, String decision, LocalDate adoptedOn,
      LocalDate firstPledge, String council) {}

  private static Item sector(String code, String vi, String en, String evidence, String... reasons) {
    return item(code, vi, en, 2, null, evidence, reasons);
  }

  static final List<Org> ORGS = List.of(
      new Org("ubnd-tinh", BLOC, "các Khối thi đua thuộc Ủy ban nhân dân tỉnh",
          "the blocs of the provincial People's Committee",
          "Quyết định số 412/QĐ-UBND ngày 28/02/2024 của UBND tỉnh Hưng Yên ban hành Bảng tiêu chí chấm điểm thi đua "
              + "các Khối thi đua năm 2024 (ví dụ)",
          LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 5),
          "Hội đồng Thi đua - Khen thưởng tỉnh"),
      new Org("org-so-gddt", DEPARTMENT.withBonus(sector("NATIONAL_PRIZE",
              "Có học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia hoặc cuộc thi khoa học kỹ thuật cấp quốc gia",
              "Students placed in a national olympiad or science fair", "Quyết định số %d/QĐ-BGDĐT",
              "Có 03 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia năm học 2023-2024",
              "Có 01 dự án đạt giải Tư cuộc thi khoa học kỹ thuật cấp quốc gia")),
          "các cụm thi đua thuộc Sở Giáo dục và Đào tạo", "the clusters of the Department of Education and Training",
          "Quyết định số 186/QĐ-SGDĐT ngày 20/02/2024 của Giám đốc Sở Giáo dục và Đào tạo (ví dụ)",
          LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 1),
          "Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo"),
      new Org("org-so-y-te", DEPARTMENT.withBonus(sector("NEW_TECHNIQUE",
              "Triển khai kỹ thuật mới, kỹ thuật vượt tuyến được Sở Y tế phê duyệt",
              "New or higher-level medical technique approved", "Quyết định số %d/QĐ-SYT",
              "Triển khai thành công kỹ thuật can thiệp mạch vành qua da",
              "Triển khai kỹ thuật phẫu thuật nội soi khớp gối được Sở Y tế phê duyệt")),
          "các cụm thi đua thuộc Sở Y tế", "the clusters of the Department of Health",
          "Quyết định số 245/QĐ-SYT ngày 26/02/2024 của Giám đốc Sở Y tế (ví dụ)",
          LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 5),
          "Hội đồng Thi đua - Khen thưởng Sở Y tế"),
      new Org("org-so-nnptnt", DEPARTMENT.withBonus(sector("FARM_MODEL",
              "Có mô hình sản xuất nông nghiệp, mô hình nông thôn mới được tỉnh công nhận, nhân rộng",
              "Farming or new-rural model recognised by the province", "Quyết định số %d/QĐ-UBND",
              "Mô hình trồng nhãn theo tiêu chuẩn VietGAP được tỉnh công nhận, nhân rộng",
              "Mô hình chăn nuôi an toàn sinh học được nhân rộng")),
          "các cụm thi đua thuộc Sở Nông nghiệp và Phát triển nông thôn",
          "the clusters of the Department of Agriculture and Rural Development",
          "Quyết định số 131/QĐ-SNN ngày 22/02/2024 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn (ví dụ)",
          LocalDate.of(2024, 2, 22), LocalDate.of(2024, 3, 4),
          "Hội đồng Thi đua - Khen thưởng Sở Nông nghiệp và Phát triển nông thôn"),
      new Org("org-so-ldtbxh", DEPARTMENT.withBonus(sector("SOCIAL_MODEL",
              "Có mô hình an sinh xã hội được Bộ Lao động - Thương binh và Xã hội hoặc tỉnh biểu dương",
              "Social-welfare model praised by the ministry or the province", "Quyết định số %d/QĐ-LĐTBXH",
              "Mô hình \"Ngôi nhà an toàn cho trẻ em\" được Bộ biểu dương",
              "Mô hình kết nối việc làm trực tuyến được tỉnh biểu dương")),
          "các cụm thi đua thuộc Sở Lao động - Thương binh và Xã hội",
          "the clusters of the Department of Labour, Invalids and Social Affairs",
          "Quyết định số 88/QĐ-SLĐTBXH ngày 21/02/2024 của Giám đốc Sở Lao động - Thương binh và Xã hội (ví dụ)",
          LocalDate.of(2024, 2, 21), LocalDate.of(2024, 3, 6),
          "Hội đồng Thi đua - Khen thưởng Sở Lao động - Thương binh và Xã hội"),
      new Org("org-so-vhttdl", DEPARTMENT.withBonus(sector("ART_PRIZE",
              "Đạt huy chương tại liên hoan, hội diễn, giải thể thao toàn quốc",
              "Medal at a national festival, performance or sports event", "Quyết định số %d/QĐ-BVHTTDL",
              "Đạt Huy chương Vàng Liên hoan Chèo toàn quốc năm 2024",
              "Đạt Huy chương Bạc tại Giải vô địch quốc gia")),
          "các đơn vị thuộc Sở Văn hóa, Thể thao và Du lịch",
          "the units of the Department of Culture, Sports and Tourism",
          "Quyết định số 97/QĐ-SVHTTDL ngày 23/02/2024 của Giám đốc Sở Văn hóa, Thể thao và Du lịch (ví dụ)",
          LocalDate.of(2024, 2, 23), LocalDate.of(2024, 3, 7),
          "Hội đồng Thi đua - Khen thưởng Sở Văn hóa, Thể thao và Du lịch"),
      new Org("org-so-tai-chinh", DEPARTMENT.withBonus(sector("BUDGET_SAVING",
              "Có giải pháp tiết kiệm chi, tăng thu ngân sách được UBND tỉnh ghi nhận",
              "Budget saving or revenue measure acknowledged by the province", "Công văn số %d/UBND-KT",
              "Đề xuất rà soát, tiết kiệm 10% chi thường xuyên được UBND tỉnh ghi nhận")),
          "các phòng, Văn phòng, Thanh tra Sở Tài chính", "the divisions of the Department of Finance",
          "Quyết định số 64/QĐ-STC ngày 19/02/2024 của Giám đốc Sở Tài chính (ví dụ)",
          LocalDate.of(2024, 2, 19), LocalDate.of(2024, 3, 1),
          "Hội đồng Thi đua - Khen thưởng Sở Tài chính"),
      new Org("org-so-noi-vu", DEPARTMENT.withBonus(sector("REFORM_MODEL",
              "Có mô hình cải cách hành chính, cải cách công vụ được tỉnh công nhận",
              "Administrative or civil-service reform model recognised by the province", "Quyết định số %d/QĐ-UBND",
              "Mô hình quản lý hồ sơ cán bộ điện tử được tỉnh công nhận")),
          "các phòng, ban, chi cục thuộc Sở Nội vụ", "the divisions of the Department of Home Affairs",
          "Quyết định số 52/QĐ-SNV ngày 16/02/2024 của Giám đốc Sở Nội vụ (ví dụ)",
          LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 29),
          "Hội đồng Thi đua - Khen thưởng Sở Nội vụ"),
      new Org("org-so-tu-phap", DEPARTMENT.withBonus(sector("LAW_MODEL",
              "Có mô hình phổ biến, giáo dục pháp luật hoặc trợ giúp pháp lý được Bộ Tư pháp biểu dương",
              "Legal-education or legal-aid model praised by the Ministry of Justice", "Quyết định số %d/QĐ-BTP",
              "Mô hình \"Tủ sách pháp luật điện tử\" được Bộ Tư pháp biểu dương")),
          "các phòng, đơn vị thuộc Sở Tư pháp", "the divisions and units of the Department of Justice",
          "Quyết định số 58/QĐ-STP ngày 20/02/2024 của Giám đốc Sở Tư pháp (ví dụ)",
          LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5),
          "Hội đồng Thi đua - Khen thưởng Sở Tư pháp"),
      new Org("org-tp-hung-yen", LOCALITY, "các cụm thi đua thuộc Ủy ban nhân dân thành phố Hưng Yên",
          "the clusters of the People's Committee of Hưng Yên city",
          "Quyết định số 642/QĐ-UBND ngày 01/3/2024 của UBND thành phố Hưng Yên (ví dụ)",
          LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 8),
          "Hội đồng Thi đua - Khen thưởng thành phố Hưng Yên"),
      new Org("org-huyen-van-lam", LOCALITY, "các cụm thi đua thuộc Ủy ban nhân dân huyện Văn Lâm",
          "the clusters of the People's Committee of Văn Lâm district",
          "Quyết định số 715/QĐ-UBND ngày 04/3/2024 của UBND huyện Văn Lâm (ví dụ)",
          LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11),
          "Hội đồng Thi đua - Khen thưởng huyện Văn Lâm"),
      new Org("org-cd-cong-dong-hung-yen", COLLEGE, "các khoa thuộc Trường Cao đẳng Cộng đồng Hưng Yên",
          "the faculties of Hưng Yên Community College",
          "Quyết định số 35/QĐ-CĐCĐ ngày 27/02/2024 của Hiệu trưởng Trường Cao đẳng Cộng đồng Hưng Yên (ví dụ)",
          LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 6),
          "Hội đồng Thi đua - Khen thưởng Trường Cao đẳng Cộng đồng Hưng Yên"));

  static Org org(OrganiserId id) {
    return ORGS.stream().filter(o -> o.id().equals(id.value())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no scale for organiser " + id));
  }

  static String layerId(String organiser) {
    return "hung-yen-2024." + organiser;
  }

  static String scaleId(String organiser) {
    return organiser + "-2024";
  }

  static String layerFile(String organiser) {
    return "layers/" + organiser + ".yaml";
  }

  // ------------------------------------------------------------------ entry point

  private SampleDatasetGenerator() {}

  /**
   * Writes the dataset into a folder (by default {@link #SAMPLE_DIR}, relative to the working directory), reading
   * the organisation from the {@code province.json} already there.
   *
   * @param args optionally the folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : SAMPLE_DIR;
    Map<String, String> files = generate(EmulationFiles.readProvince(dir.resolve(PROVINCE)));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), UTF_8);
    }
    System.out.println("wrote " + files.size() + " files to " + dir);
  }

  /**
   * Generates every file of the dataset.
   *
   * @param organisation the province whose units, organisers and groups the dataset uses
   * @return the files by path relative to the dataset folder, sorted
   */
  public static Map<String, String> generate(Province organisation) {
    return new Run(organisation).files();
  }

  // ------------------------------------------------------------------ one run

  /** The value of one leaf on a sheet: the entry's value, and a target for target methods. */
  record Val(BigDecimal value, Integer target) {

    Val withValue(BigDecimal newValue) {
      return new Val(newValue, target);
    }
  }

  /** The designed result of one member: its total and verified (or agreed) sheet. */
  record Plan(UnitId unit, BigDecimal total, LinkedHashMap<String, Val> verified, List<Claim> bonuses,
      List<Claim> deductions) {}

  private static final class Run {
    private final Province organisation;
    private final Map<String, String> files = new TreeMap<>();
    private final Map<GroupId, List<Plan>> plans = new LinkedHashMap<>();
    private final List<ScoreSheet> sheets = new ArrayList<>();
    private Province province;
    private RuleBook book;

    Run(Province organisation) {
      this.organisation = organisation;
    }

    Map<String, String> files() {
      for (Org o : ORGS) {
        files.put(layerFile(o.id()), layerYaml(o));
      }
      List<RuleSet> layers = new ArrayList<>(RuleSets.embedded(PARENT).layers());
      for (Org o : ORGS) {
        String file = layerFile(o.id());
        layers.add(EmulationFiles.readRuleSet(new ByteArrayInputStream(files.get(file).getBytes(UTF_8)), file));
      }
      book = RuleBook.of(layers);

      int index = 0;
      for (EmulationGroup group : organisation.groups()) {
        design(group, index++);
      }
      province = withFactsAndPledges();
      files.put(PROVINCE, EmulationFiles.writeProvince(province));
      files.put(SHEETS, EmulationFiles.writeScoreSheets(sheets));

      List<VoteSession> sessions = new ArrayList<>();
      List<Proposal> proposals = new ArrayList<>();
      List<AwardHistory> histories = new ArrayList<>();
      index = 0;
      for (EmulationGroup group : province.groups()) {
        cycle(group, index++, sessions, proposals, histories);
      }
      files.put(BALLOTS, EmulationFiles.writeBallots(sessions, DocumentFormat.JSON));
      files.put(PROPOSALS, EmulationFiles.writeProposals(proposals, DocumentFormat.JSON));
      files.put(HISTORY, EmulationFiles.writeHistory(histories, DocumentFormat.JSON));
      return Collections.unmodifiableMap(files);
    }

    // ---------------------------------------------------------------- design of one group's scores

    private void design(EmulationGroup group, int index) {
      Random rng = new Random(SEED + 7_919L * index);
      Org org = org(group.organiser());
      Template tpl = org.template();
      List<UnitId> members = new ArrayList<>(group.distinctMembers());
      List<UnitId> scored = members.stream().filter(u -> !u.value().equals(MERGED_UNIT)).toList();

      List<UnitId> order = new ArrayList<>();
      for (String id : TOP.getOrDefault(group.id().value(), List.of())) {
        UnitId unit = UnitId.of(id);
        if (!scored.contains(unit)) {
          throw new IllegalStateException(id + " is not a scored member of " + group.id());
        }
        order.add(unit);
      }
      List<UnitId> rest = new ArrayList<>(scored);
      rest.removeAll(order);
      Collections.shuffle(rest, rng);
      order.addAll(rest);

      Tie tie = TIES.get(group.id().value());
      List<BigDecimal> totals = totals(order.size(), tie, rng);
      List<Plan> groupPlans = new ArrayList<>();
      for (int p = 0; p < order.size(); p++) {
        UnitId unit = order.get(p);
        boolean leader = group.heads().contains(unit) || group.deputies().contains(unit);
        if (tie != null && p == tie.position() + 1) {
          groupPlans.add(tiedWith(groupPlans.get(p - 1), unit, tie.kind(), tpl, rng));
          continue;
        }
        // The first unit of a designed tie keeps some points to move, so that its partner can differ.
        BigDecimal most = tie != null && p == tie.position() ? new BigDecimal("98") : BigDecimal.valueOf(100);
        groupPlans.add(plan(unit, totals.get(p), p, order.size(), leader, most, tpl, rng));
      }
      plans.put(group.id(), groupPlans);
      sheets.addAll(sheetsOf(group, org, groupPlans, rng));
    }

    /** Distinct descending totals (a multiple of 0.5 each), with the designed tie. */
    private static List<BigDecimal> totals(int n, Tie tie, Random rng) {
      BigDecimal first = new BigDecimal("95.5").add(half(rng.nextInt(6)));
      BigDecimal floor = new BigDecimal("83.5");
      int[] steps = n >= 10 ? new int[] {1, 1, 1, 2, 2, 3} : new int[] {1, 2, 2, 3, 3, 4, 5};
      List<BigDecimal> totals = new ArrayList<>();
      BigDecimal t = first;
      for (int p = 0; p < n; p++) {
        if (p > 0) {
          boolean tied = tie != null && p == tie.position() + 1;
          if (!tied) {
            BigDecimal next = t.subtract(half(steps[rng.nextInt(steps.length)]));
            t = next.compareTo(floor) < 0 ? t.subtract(half(1)) : next;
          }
        }
        totals.add(t);
      }
      return totals;
    }

    private Plan plan(UnitId unit, BigDecimal total, int position, int n, boolean leader, BigDecimal most,
        Template tpl, Random rng) {
      int bonusChance = unit.value().equals(SELF_CHECK_UNIT) ? 0
          : position == 0 ? 60 : position < (n + 2) / 3 ? 35 : 12;
      List<Claim> bonuses = new ArrayList<>();
      for (Item item : tpl.bonuses()) {
        int chance = item.code().equals("HOST_BLOC") ? (leader && bonusChance > 0 ? 70 : 0)
            : item.points() >= 3 ? bonusChance / 2 : bonusChance;
        if (rng.nextInt(100) < chance) {
          bonuses.add(claim(item, 1, rng));
        }
      }
      List<Claim> deductions = new ArrayList<>();
      boolean lowerHalf = position >= n / 2;
      for (Item item : unit.value().equals(SELF_CHECK_UNIT) ? List.<Item>of() : tpl.deductions()) {
        if (item == LATE_REPORT) {
          if (rng.nextInt(100) < (lowerHalf ? 45 : 8)) {
            deductions.add(claim(item, 1 + (lowerHalf ? rng.nextInt(2) : 0), rng));
          }
        } else if (item == DISCIPLINE) {
          if (position == n - 1 && rng.nextInt(100) < 30) {
            deductions.add(claim(item, 1, rng));
          }
        } else if (lowerHalf && rng.nextInt(100) < 10) {
          deductions.add(claim(item, 1, rng));
        }
      }
      BigDecimal criteria = total.subtract(bonus(tpl, bonuses)).add(deduction(tpl, deductions));
      while (criteria.compareTo(most) > 0 && !bonuses.isEmpty()) {
        bonuses.remove(bonuses.size() - 1);
        criteria = total.subtract(bonus(tpl, bonuses)).add(deduction(tpl, deductions));
      }
      if (criteria.compareTo(most) > 0) {
        throw new IllegalStateException("total " + total + " out of reach for " + unit);
      }
      LinkedHashMap<String, Val> verified = full(tpl, rng);
      if (unit.value().equals(SELF_CHECK_UNIT)) {
        // The peers found two key works behind schedule: 1.1 drops to the 90 % tier.
        Leaf leaf = tpl.leaves().get(0);
        verified.put(leaf.code(), tierValue(verified.get(leaf.code()), 1));
      }
      BigDecimal deficit = BigDecimal.valueOf(100).subtract(criteria).subtract(deficitOf(tpl, verified));
      if (deficit.signum() < 0) {
        throw new IllegalStateException("total " + total + " too high for " + unit);
      }
      spend(tpl, verified, deficit, rng);
      return new Plan(unit, total, verified, bonuses, deductions);
    }

    /** The second unit of a designed tie, built from the first. */
    private static Plan tiedWith(Plan first, UnitId unit, TieKind kind, Template tpl, Random rng) {
      LinkedHashMap<String, Val> values = new LinkedHashMap<>(first.verified());
      // UNRESOLVED, VOTE: the same criterion-group-1 subtotal, the points split otherwise;
      // SUBTOTAL: one point less in group 1, one more elsewhere.
      String[][] moves = kind == TieKind.SUBTOTAL ? new String[][] {{"1", "3"}, {"1", "2"}}
          : new String[][] {{"2", "3"}, {"3", "2"}, {"1", "1"}, {"2", "2"}, {"3", "3"}};
      boolean moved = false;
      for (BigDecimal step : List.of(BigDecimal.ONE, half(1))) {
        for (String[] m : moves) {
          if (!moved && move(tpl, values, m[0], m[1], step, rng)) {
            moved = true;
          }
        }
      }
      if (!moved) {
        throw new IllegalStateException("cannot split the points of " + unit + " otherwise");
      }
      for (Leaf leaf : tpl.leaves()) {
        if (leaf.method() == Method.TARGET_TIERS) {
          values.put(leaf.code(), retarget(leaf, values.get(leaf.code()), rng));
        }
      }
      List<Claim> bonuses = first.bonuses().stream().map(c -> reworded(c, tpl, rng)).toList();
      List<Claim> deductions = first.deductions().stream().map(c -> reworded(c, tpl, rng)).toList();
      return new Plan(unit, first.total(), values, bonuses, deductions);
    }

    /** Moves one point from a manual leaf of group {@code from} to a manual leaf of group {@code to}, if it can. */
    private static boolean move(Template tpl, Map<String, Val> values, String from, String to, BigDecimal step,
        Random rng) {
      List<Leaf> give = manualLeaves(tpl, from).stream()
          .filter(l -> values.get(l.code()).value().compareTo(BigDecimal.valueOf(l.max()).multiply(half(1))
              .add(step)) >= 0).toList();
      List<Leaf> take = manualLeaves(tpl, to).stream()
          .filter(l -> values.get(l.code()).value().add(step).compareTo(BigDecimal.valueOf(l.max())) <= 0)
          .toList();
      if (give.isEmpty() || take.isEmpty()) {
        return false;
      }
      Leaf a = give.get(rng.nextInt(give.size()));
      List<Leaf> others = take.stream().filter(l -> !l.equals(a)).toList();
      if (others.isEmpty()) {
        return false;
      }
      Leaf b = others.get(rng.nextInt(others.size()));
      values.put(a.code(), values.get(a.code()).withValue(values.get(a.code()).value().subtract(step)));
      values.put(b.code(), values.get(b.code()).withValue(values.get(b.code()).value().add(step)));
      return true;
    }

    /** The same tier of a target leaf reached against another target (another unit's own figures). */
    private static Val retarget(Leaf leaf, Val v, Random rng) {
      int index = tierIndex(v);
      int target = leaf.targetFrom() + rng.nextInt(leaf.targetTo() - leaf.targetFrom() + 1);
      Val moved = new Val(BigDecimal.valueOf(target), target);
      return index == TIERS.size() - 1 ? moved : tierValue(moved, index);
    }

    private static List<Leaf> manualLeaves(Template tpl, String node) {
      return tpl.criteria().stream().filter(n -> n.code().equals(node)).flatMap(n -> n.leaves().stream())
          .filter(l -> l.method() == Method.MANUAL).toList();
    }

    private static Claim reworded(Claim c, Template tpl, Random rng) {
      Item item = itemOf(tpl, c.code());
      return claim(item, c.count(), rng);
    }

    private static Item itemOf(Template tpl, String code) {
      return Stream.concat(tpl.bonuses().stream(), tpl.deductions().stream())
          .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static Claim claim(Item item, int count, Random rng) {
      String reason = item.reasons().get(rng.nextInt(item.reasons().size()));
      if (reason.contains("%d")) {
        reason = String.format(reason, 2 + rng.nextInt(6));
      }
      LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays(30 + rng.nextInt(300));
      List<String> evidence = item.evidence() == null ? List.of()
          : List.of(String.format(item.evidence(), 100 + rng.nextInt(2900)) + " ngày " + vi(day));
      return new Claim(item.code(), count, reason, evidence);
    }

    // ---------------------------------------------------------------- sheets of one group

    private List<ScoreSheet> sheetsOf(EmulationGroup group, Org org, List<Plan> groupPlans, Random rng) {
      Template tpl = org.template();
      Map<UnitId, Plan> byUnit = new HashMap<>();
      groupPlans.forEach(p -> byUnit.put(p.unit(), p));
      List<UnitId> members = new ArrayList<>(group.distinctMembers());
      boolean bloc = group.kind() == GroupKind.BLOC;
      List<ScoreSheet> out = new ArrayList<>();
      for (UnitId unit : members) {
        Plan plan = byUnit.get(unit);
        if (plan == null) {
          continue;     // the merged commune sent nothing
        }
        String g = group.id().value();
        // The unit's own sheet.
        LinkedHashMap<String, Val> self = new LinkedHashMap<>(plan.verified());
        if (unit.value().equals(SELF_CHECK_UNIT)) {
          Leaf first = tpl.leaves().get(0);
          Val v = self.get(first.code());
          self.put(first.code(), new Val(BigDecimal.valueOf(v.target()), v.target()));
          raise(tpl, self, BigDecimal.valueOf(3), rng);
        } else {
          if (!bloc) {
            for (Leaf leaf : tpl.leaves()) {
              Val v = self.get(leaf.code());
              if (leaf.method() == Method.TARGET_TIERS && rng.nextInt(100) < 60
                  && v.value().compareTo(BigDecimal.valueOf(v.target())) < 0) {
                self.put(leaf.code(), new Val(BigDecimal.valueOf(v.target()), v.target()));
              }
            }
          }
          raise(tpl, self, half(rng.nextInt(bloc ? 7 : 5)), rng);
        }
        List<Claim> selfBonuses = new ArrayList<>(plan.bonuses());
        List<Claim> selfDeductions = new ArrayList<>(plan.deductions());
        if (!bloc) {
          if (rng.nextInt(100) < 20) {
            Item extra = tpl.bonuses().get(rng.nextInt(tpl.bonuses().size()));
            if (selfBonuses.stream().noneMatch(c -> c.code().equals(extra.code()))) {
              selfBonuses.add(claim(extra, 1, rng));
            }
          }
          if (rng.nextInt(100) < 50) {
            selfDeductions.clear();
          }
        }
        out.add(sheet(unit, g, ScorerRole.SELF, unit.value(), tpl, self, selfBonuses, selfDeductions, null, true));

        if (bloc) {
          out.addAll(peerSheets(unit, g, members, plan, tpl, rng));
        } else {
          String scorer;
          ScorerRole role;
          if (group.heads().isEmpty()) {
            role = ScorerRole.COUNCIL;
            scorer = org.council();
          } else if (group.heads().contains(unit)) {
            role = ScorerRole.HEAD;
            scorer = group.deputies().get(0).value();
          } else {
            role = ScorerRole.HEAD;
            scorer = group.heads().get(0).value();
          }
          out.add(sheet(unit, g, role, scorer, tpl, plan.verified(), plan.bonuses(), plan.deductions(), self, false));
        }
      }
      return out;
    }

    /** Every other member scores the unit: the agreed value plus symmetric differences on manual leaves. */
    private List<ScoreSheet> peerSheets(UnitId unit, String group, List<UnitId> members, Plan plan, Template tpl,
        Random rng) {
      List<UnitId> peers = members.stream().filter(m -> !m.equals(unit) && !m.value().equals(MERGED_UNIT)).toList();
      List<LinkedHashMap<String, Val>> values = new ArrayList<>();
      peers.forEach(p -> values.add(new LinkedHashMap<>(plan.verified())));
      for (Leaf leaf : tpl.leaves()) {
        if (leaf.method() != Method.MANUAL) {
          continue;
        }
        BigDecimal agreed = plan.verified().get(leaf.code()).value();
        BigDecimal room = agreed.min(BigDecimal.valueOf(leaf.max()).subtract(agreed)).min(new BigDecimal("1.5"));
        int maxHalves = room.multiply(BigDecimal.valueOf(2)).intValueExact();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
          slots.add(i);
        }
        Collections.shuffle(slots, rng);
        for (int i = 0; i + 1 < slots.size(); i += 2) {
          BigDecimal d = half(maxHalves == 0 ? 0 : rng.nextInt(maxHalves + 1));
          Map<String, Val> up = values.get(slots.get(i));
          Map<String, Val> down = values.get(slots.get(i + 1));
          up.put(leaf.code(), up.get(leaf.code()).withValue(agreed.add(d)));
          down.put(leaf.code(), down.get(leaf.code()).withValue(agreed.subtract(d)));
        }
      }
      List<ScoreSheet> out = new ArrayList<>();
      for (int i = 0; i < peers.size(); i++) {
        out.add(sheet(unit, group, ScorerRole.PEER, peers.get(i).value(), tpl, values.get(i), List.of(), List.of(),
            null, false));
      }
      return out;
    }

    private static ScoreSheet sheet(UnitId unit, String group, ScorerRole role, String scorer, Template tpl,
        Map<String, Val> values, List<Claim> bonuses, List<Claim> deductions, Map<String, Val> self,
        boolean reported) {
      List<ScoreEntry> entries = new ArrayList<>();
      for (Leaf leaf : tpl.leaves()) {
        Val v = values.get(leaf.code());
        String note = "";
        if (v.target() != null) {
          if (reported) {
            note = "Đạt " + plain(v.value()) + "/" + v.target() + " " + leaf.measure();
          } else if (self != null && self.get(leaf.code()).value().compareTo(v.value()) != 0) {
            note = "Thẩm định: đạt " + plain(v.value()) + "/" + v.target() + " " + leaf.measure()
                + " (đơn vị tự báo cáo " + plain(self.get(leaf.code()).value()) + ")";
          }
        }
        entries.add(new ScoreEntry(leaf.code(), norm(v.value()),
            Optional.ofNullable(v.target()).map(BigDecimal::valueOf), note, List.of()));
      }
      return new ScoreSheet(unit, GroupId.of(group), YEAR, role, scorer, entries, bonuses, deductions);
    }

    // ---------------------------------------------------------------- values and points

    /** Full marks on every leaf: targets drawn, achievements at or above them. */
    private static LinkedHashMap<String, Val> full(Template tpl, Random rng) {
      LinkedHashMap<String, Val> values = new LinkedHashMap<>();
      for (Leaf leaf : tpl.leaves()) {
        Val v = switch (leaf.method()) {
          case MANUAL -> new Val(BigDecimal.valueOf(leaf.max()), null);
          case PASS_FAIL -> new Val(BigDecimal.ONE, null);
          case PER_OCCURRENCE -> new Val(BigDecimal.valueOf(leaf.max() / leaf.each() + (rng.nextInt(3) == 0 ? 1 : 0)),
              null);
          case TARGET_TIERS -> {
            int target = leaf.targetFrom() + rng.nextInt(leaf.targetTo() - leaf.targetFrom() + 1);
            int over = rng.nextInt(3) == 0 ? 1 + rng.nextInt(Math.max(1, target / 20)) : 0;
            yield new Val(BigDecimal.valueOf(target + over), target);
          }
          case TARGET_LINEAR -> {
            int target = rng.nextBoolean() ? leaf.targetFrom() : leaf.targetTo();
            yield new Val(BigDecimal.valueOf(target + (rng.nextInt(4) == 0 ? 1 : 0)), target);
          }
        };
        values.put(leaf.code(), v);
      }
      return values;
    }

    /** The achievement that reaches tier {@code index} of {@link #TIERS} exactly (the least that does). */
    private static Val tierValue(Val v, int index) {
      BigDecimal min = TIERS.get(index)[0].multiply(BigDecimal.valueOf(v.target())).setScale(0, RoundingMode.CEILING);
      return v.withValue(min);
    }

    private static int tierIndex(Val v) {
      int index = -1;
      for (int i = 0; i < TIERS.size(); i++) {
        if (v.value().compareTo(TIERS.get(i)[0].multiply(BigDecimal.valueOf(v.target()))) >= 0) {
          index = i;
        }
      }
      return index;
    }

    static BigDecimal points(Leaf leaf, Val v) {
      BigDecimal max = BigDecimal.valueOf(leaf.max());
      return switch (leaf.method()) {
        case MANUAL -> v.value().max(BigDecimal.ZERO).min(max);
        case PASS_FAIL -> v.value().compareTo(BigDecimal.ONE) >= 0 ? max : BigDecimal.ZERO;
        case PER_OCCURRENCE -> v.value().multiply(BigDecimal.valueOf(leaf.each())).min(max);
        case TARGET_TIERS -> {
          int i = tierIndex(v);
          yield i < 0 ? BigDecimal.ZERO : max.multiply(TIERS.get(i)[1]);
        }
        case TARGET_LINEAR -> max.multiply(v.value().min(BigDecimal.valueOf(v.target())))
            .divide(BigDecimal.valueOf(v.target()));
      };
    }

    private static BigDecimal deficitOf(Template tpl, Map<String, Val> values) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Leaf leaf : tpl.leaves()) {
        sum = sum.add(BigDecimal.valueOf(leaf.max()).subtract(points(leaf, values.get(leaf.code()))));
      }
      return sum;
    }

    /** Takes exactly {@code deficit} points off the sheet, in steps each leaf's method allows. */
    private static void spend(Template tpl, Map<String, Val> values, BigDecimal deficit, Random rng) {
      BigDecimal left = deficit;
      while (left.signum() > 0) {
        List<Map.Entry<Leaf, Val>> options = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Leaf leaf : tpl.leaves()) {
          Val v = values.get(leaf.code());
          BigDecimal now = points(leaf, v);
          Val next = null;
          int weight = 0;
          switch (leaf.method()) {
            case MANUAL -> {
              if (v.value().subtract(half(1)).compareTo(BigDecimal.valueOf(leaf.max()).multiply(half(1))) >= 0) {
                next = v.withValue(v.value().subtract(half(1)));
                weight = 12;
              }
            }
            case PASS_FAIL -> {
              if (v.value().signum() > 0 && left.compareTo(BigDecimal.valueOf(leaf.max() + 4)) >= 0) {
                next = v.withValue(BigDecimal.ZERO);
                weight = 1;
              }
            }
            case PER_OCCURRENCE -> {
              if (v.value().compareTo(BigDecimal.valueOf(Math.max(0, leaf.max() / leaf.each() - 2))) > 0) {
                next = v.withValue(v.value().subtract(BigDecimal.ONE));
                weight = 3;
              }
            }
            case TARGET_TIERS -> {
              int i = tierIndex(v);
              if (i >= 1) {
                next = tierValue(v, i - 1);
                weight = 2;
              }
            }
            case TARGET_LINEAR -> {
              if (v.value().compareTo(BigDecimal.valueOf(v.target() - 3)) > 0) {
                next = v.withValue(v.value().min(BigDecimal.valueOf(v.target())).subtract(BigDecimal.ONE));
                weight = 3;
              }
            }
            default -> throw new IllegalStateException();
          }
          if (next != null) {
            BigDecimal cost = now.subtract(points(leaf, next));
            if (cost.compareTo(left) <= 0) {
              options.add(Map.entry(leaf, next));
              weights.add(weight);
            }
          }
        }
        if (options.isEmpty()) {
          throw new IllegalStateException("cannot take " + left + " more points off");
        }
        int pick = rng.nextInt(weights.stream().mapToInt(Integer::intValue).sum());
        int i = 0;
        while (pick >= weights.get(i)) {
          pick -= weights.get(i++);
        }
        Leaf leaf = options.get(i).getKey();
        Val next = options.get(i).getValue();
        left = left.subtract(points(leaf, values.get(leaf.code())).subtract(points(leaf, next)));
        values.put(leaf.code(), next);
      }
    }

    /** Adds up to {@code amount} points on manual leaves that have room (a unit's own, more generous view). */
    private static void raise(Template tpl, Map<String, Val> values, BigDecimal amount, Random rng) {
      BigDecimal left = amount;
      List<Leaf> manual = tpl.leaves().stream().filter(l -> l.method() == Method.MANUAL).toList();
      int guard = 0;
      while (left.signum() > 0 && guard++ < 200) {
        Leaf leaf = manual.get(rng.nextInt(manual.size()));
        Val v = values.get(leaf.code());
        if (v.value().add(half(1)).compareTo(BigDecimal.valueOf(leaf.max())) <= 0) {
          values.put(leaf.code(), v.withValue(v.value().add(half(1))));
          left = left.subtract(half(1));
        }
      }
    }

    private static BigDecimal bonus(Template tpl, List<Claim> claims) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Claim c : claims) {
        sum = sum.add(BigDecimal.valueOf(itemOf(tpl, c.code()).points()));
      }
      return sum.min(BigDecimal.valueOf(tpl.bonusCap()));
    }

    private static BigDecimal deduction(Template tpl, List<Claim> claims) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Claim c : claims) {
        Item item = itemOf(tpl, c.code());
        BigDecimal d = BigDecimal.valueOf((long) item.points() * c.count());
        sum = sum.add(item.cap() == null ? d : d.min(BigDecimal.valueOf(item.cap())));
      }
      return sum.min(BigDecimal.valueOf(tpl.deductionCap()));
    }

    static BigDecimal half(int halves) {
      return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
    }

    /** The value without trailing zeros, never in exponent form: 14.0 → 14, 13.50 → 13.5. */
    static BigDecimal norm(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal value) {
      return value.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- facts and pledges

    private Province withFactsAndPledges() {
      Set<String> titled = new TreeSet<>(ORIGINAL_TLDXS);
      for (EmulationGroup group : organisation.groups()) {
        List<Plan> groupPlans = plans.get(group.id());
        int leading = groupPlans.size() >= 8 ? 3 : 2;
        for (int p = 0; p < Math.min(leading, groupPlans.size()); p++) {
          titled.add(groupPlans.get(p).unit().value());
        }
      }
      titled.remove(INVESTIGATED_UNIT);
      titled.remove(DISCIPLINE_UNIT);
      List<Unit> units = new ArrayList<>();
      for (Unit u : organisation.units()) {
        Map<Integer, YearFacts> facts = new TreeMap<>(u.facts());
        facts.remove(YEAR);
        String id = u.id().value();
        boolean investigated = id.equals(INVESTIGATED_UNIT);
        boolean disciplined = id.equals(DISCIPLINE_UNIT);
        if (titled.contains(id) || investigated || disciplined) {
          facts.put(YEAR, new YearFacts(titled.contains(id) ? Set.of("TLDXS") : Set.of(), disciplined, investigated));
        }
        units.add(new Unit(u.id(), u.name(), u.kind(), u.level(), u.parent(), u.staffCount(), u.divisionLevel(),
            u.lifecycle(), facts));
      }
      List<EmulationGroup> groups = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (EmulationGroup g : organisation.groups()) {
        int i = seen.merge(g.organiser().value(), 1, Integer::sum) - 1;
        groups.add(g.toBuilder().pledgeSignedOn(org(g.organiser()).firstPledge().plusDays(2L * i)).build());
      }
      return organisation.toBuilder().clear().units(units).organisers(organisation.organisers()).groups(groups)
          .build();
    }

    // ---------------------------------------------------------------- the annual cycle

    private void cycle(EmulationGroup group, int index, List<VoteSession> sessions, List<Proposal> proposals,
        List<AwardHistory> histories) {
      // the year without votes gives the preliminary ranking the ballots are drawn from; then the year with them
      GroupYear before = EmulationYear.group(YearInputs.builder(province, book).sheets(sheetsOf(group.id())).build(),
          group.id());
      GroupScores scores = before.scores();
      for (Plan plan : plans.get(group.id())) {
        BigDecimal total = scores.unit(plan.unit()).map(UnitScore::total)
            .orElseThrow(() -> new IllegalStateException(plan.unit() + " was not scored"));
        if (total.compareTo(plan.total()) != 0) {
          throw new IllegalStateException(plan.unit() + " scores " + total + ", designed " + plan.total());
        }
      }
      List<VoteSession> votes = votes(group, before.preliminary().order(), new Random(SEED * 3 + 131L * index));
      sessions.addAll(votes);
      GroupYear year = EmulationYear.group(YearInputs.builder(province, book).sheets(sheetsOf(group.id()))
          .votes(votes).build(), group.id());
      Optional<UnitId> leader = year.leadingUnit().unit();
      if (leader.isEmpty() || !leader.get().equals(plans.get(group.id()).get(0).unit())) {
        throw new IllegalStateException("the vote of " + group.id() + " does not elect its leading unit");
      }
      Ranking ranking = year.ranking();
      proposals.add(proposal(group, ranking, leader.get(), year.plan()));
      histories.add(history(group, ranking.order(), new Random(SEED * 5 + 17L * index)));
    }

    private List<ScoreSheet> sheetsOf(GroupId group) {
      return sheets.stream().filter(s -> s.group().equals(group)).toList();
    }

    /** The honouring vote for the leading unit; a run-off for one bloc. */
    private List<VoteSession> votes(EmulationGroup group, List<UnitId> ranked, Random rng) {
      String g = group.id().value();
      int members = group.distinctMembers().size();
      boolean merged = group.distinctMembers().contains(UnitId.of(MERGED_UNIT));
      if (g.equals(RUNOFF_GROUP)) {
        String a = ranked.get(0).value();
        String b = ranked.get(1).value();
        VoteSession first = VoteSession.builder(g, YEAR, VotePurpose.LEADER).present(members).candidates(a, b)
            .ballots(tokens(shuffled(rng, List.of(Ballot.approving(a, b), Ballot.approving(a, b),
                Ballot.approving(a, b), Ballot.approving(a), Ballot.approving(b), Ballot.blank()))))
            .build();
        VoteSession runoff = VoteSession.builder(g, YEAR, VotePurpose.LEADER).present(members).candidates(a, b)
            .round(1)
            .ballots(tokens(shuffled(rng, List.of(Ballot.approving(a), Ballot.approving(a), Ballot.approving(a),
                Ballot.approving(a), Ballot.approving(b), Ballot.approving(b)))))
            .build();
        return List.of(first, runoff);
      }
      int k = members >= 8 && !g.equals(TIE_GROUP) ? 3 : 2;
      List<UnitId> candidates = List.copyOf(ranked.subList(0, k));
      int absent = (merged ? 1 : 0) + (rng.nextInt(100) < 25 ? 1 : 0);
      int present = members - absent;
      int needed = members / 2 + 1;
      int top = needed + rng.nextInt((present - needed) / 2 + 1);
      List<Ballot> ballots = new ArrayList<>();
      int second = 0;
      for (int i = 0; i < top; i++) {
        boolean both = rng.nextInt(100) < 15 && second + 1 < top - 1;
        if (both) {
          second++;
          ballots.add(Ballot.approving(List.of(candidates.get(0), candidates.get(1))));
        } else {
          ballots.add(Ballot.approving(List.of(candidates.get(0))));
        }
      }
      for (int i = top; i < present; i++) {
        int r = rng.nextInt(100);
        if (r < 55 && second + 1 < top) {
          second++;
          ballots.add(Ballot.approving(List.of(candidates.get(1))));
        } else if (r < 80 && k == 3) {
          ballots.add(Ballot.approving(List.of(candidates.get(2))));
        } else if (r < 92) {
          ballots.add(Ballot.blank());
        } else {
          ballots.add(Ballot.abstention());
        }
      }
      return List.of(VoteSession.builder(g, YEAR, VotePurpose.LEADER).present(present).candidates(candidates)
          .ballots(tokens(shuffled(rng, ballots))).build());
    }

    private static List<Ballot> shuffled(Random rng, List<Ballot> ballots) {
      List<Ballot> copy = new ArrayList<>(ballots);
      Collections.shuffle(copy, rng);
      return copy;
    }

    private static List<Ballot> tokens(List<Ballot> ballots) {
      List<Ballot> out = new ArrayList<>();
      for (int i = 0; i < ballots.size(); i++) {
        out.add(ballots.get(i).withToken(String.format("phieu-%02d", i + 1)));
      }
      return out;
    }

    /**
     * The group's proposal: what the plan grants; one division cluster proposes its runner-up, a division-level unit
     * that does not lead the cluster, for the flag (refused: R30), and its leading unit for the certificate.
     */
    private static Proposal proposal(EmulationGroup group, Ranking ranking, UnitId leader, AwardPlan awards) {
      String achievement = group.id().value() + "-" + YEAR;
      List<ProposedAward> lines = new ArrayList<>();
      if (group.id().value().equals(DIVISION_PROPOSAL_GROUP)) {
        lines.add(new ProposedAward(ranking.order().get(1), FLAG, achievement));
        lines.add(new ProposedAward(leader, CERT, achievement));
      } else {
        for (Grant grant : awards.grants()) {
          lines.add(new ProposedAward(grant.unit(), grant.award(), achievement));
        }
      }
      return new Proposal(group.id(), YEAR, Optional.of(leader), lines);
    }

    /** Five past years of the provincial flag, 2019–2023. */
    private AwardHistory history(EmulationGroup group, List<UnitId> ranked2024, Random rng) {
      String g = group.id().value();
      Set<UnitId> division = new LinkedHashSet<>();
      for (UnitId member : group.distinctMembers()) {
        if (province.unit(member).map(Unit::divisionLevel).orElse(false)) {
          division.add(member);
        }
      }
      List<UnitId> base = new ArrayList<>(ranked2024);
      group.distinctMembers().stream().filter(m -> !base.contains(m)).forEach(m -> base.add(base.size() / 2, m));
      List<HistoryYear> years = new ArrayList<>();
      for (int year = 2019; year <= 2023; year++) {
        List<UnitId> ranking = new ArrayList<>(base);
        if (g.equals(ROTATION_GROUP)) {
          // The same two enterprises lead every year; the flag still went round all of them.
          for (int i = 2; i + 1 < ranking.size(); i++) {
            if (rng.nextInt(100) < 40) {
              Collections.swap(ranking, i, i + 1);
              i++;
            }
          }
          if (rng.nextBoolean()) {
            Collections.swap(ranking, 0, 1);
          }
        } else if (!g.equals(STEADY_GROUP)) {
          for (int i = 0; i + 1 < ranking.size(); i++) {
            if (rng.nextInt(100) < 30) {
              Collections.swap(ranking, i, i + 1);
              i++;
            }
          }
        } else {
          Collections.swap(ranking, 1 + rng.nextInt(ranking.size() - 2), ranking.size() - 1);
        }
        List<UnitId> ineligible = ranking.stream().filter(division::contains).toList();
        if (g.equals(INELIGIBLE_HISTORY_GROUP) && year == 2022) {
          ranking.remove(UnitId.of(INVESTIGATED_UNIT));
          ranking.add(0, UnitId.of(INVESTIGATED_UNIT));
          ineligible = List.of(UnitId.of(INVESTIGATED_UNIT));
        }
        List<UnitId> eligible = ranking.stream().filter(u -> !division.contains(u)).toList();
        List<UnitId> awardees;
        if (g.equals(ROTATION_GROUP)) {
          awardees = List.of(rotation(year));
        } else {
          List<UnitId> finalIneligible = ineligible;
          awardees = eligible.stream().filter(u -> !finalIneligible.contains(u)).limit(1).toList();
        }
        years.add(new HistoryYear(year, ranking, ineligible, awardees));
      }
      return new AwardHistory(group.id(), FLAG, years);
    }

    /** The bloc that took turns: a different enterprise each year, whatever its rank. */
    private static UnitId rotation(int year) {
      return UnitId.of(switch (year) {
        case 2019 -> "cty-moi-truong-do-thi-hung-yen";
        case 2020 -> "cty-xskt-hung-yen";
        case 2021 -> "cty-nuoc-sach-hung-yen";
        case 2022 -> "cty-phat-hanh-sach-hung-yen";
        default -> "cty-ql-xd-giao-thong-hung-yen";
      });
    }

    // ---------------------------------------------------------------- layers in YAML

    private String layerYaml(Org o) {
      Organiser organiser = organisation.organiser(OrganiserId.of(o.id())).orElseThrow();
      List<EmulationGroup> groups = organisation.groupsOrganisedBy(organiser.id());
      Yaml y = new Yaml();
      y.line("# Quy định chấm điểm thi đua năm 2024 của " + organiser.name() + ": lớp quy tắc cấp cơ quan tổ chức");
      y.line("# (ORGANISER), áp dụng cho " + o.subjectVi() + ":");
      int i = 0;
      for (EmulationGroup g : groups) {
        y.line("#   " + g.id().value() + " (ký giao ước thi đua ngày " + vi(o.firstPledge().plusDays(2L * i++)) + ")");
      }
      y.line("#");
      y.line("# DỮ LIỆU MẪU (tổng hợp) của emulation-cli-demo. Các văn bản ghi \"(ví dụ)\" là giả định, "
          + "không phải văn");
      y.line("# bản thật. Tệp do SampleDatasetGenerator (mã kiểm thử của emulation-cli-demo) sinh ra: sửa ở đó rồi");
      y.line("# sinh lại, vì SampleDatasetTest so từng byte.");
      y.line("schemaVersion: 2");
      y.line("document: rule-set");
      y.line("id: " + layerId(o.id()));
      y.line("version: \"2024.1\"");
      y.line("level: ORGANISER");
      y.line("extends: " + PARENT + "   # hướng dẫn của tỉnh (bộ quy tắc có sẵn)");
      y.line("target: " + o.id());
      y.line("name:");
      y.line("  vi: " + q("Quy định chấm điểm thi đua năm 2024 của " + organiser.name() + " (dữ liệu mẫu)"));
      y.line("  en: " + q("2024 emulation scoring rules for " + o.subjectEn() + " (sample data)"));
      y.line("validFrom: 2024-01-01");
      y.line("validTo: 2024-12-31");
      y.line("citation:");
      y.line("  document: " + q(o.decision()));
      if (o.template() == BLOC) {
        y.line("");
        y.line("rules:");
        y.line("  # Các thành viên Khối chấm chéo lẫn nhau; thay thứ tự mặc định COUNCIL > HEAD > SELF "
            + "của vn-hung-yen.");
        y.line("  - kind: scoring.aggregation");
        y.line("    scope: LOCAL");
        y.line("    citation:");
        y.line("      document: " + q(o.decision()));
        y.line("      provision: " + q("Điều 5: các thành viên Khối chấm chéo; điểm mỗi tiêu chí là trung bình cộng "
            + "sau khi loại một điểm cao nhất và một điểm thấp nhất; đơn vị tự chấm cao hơn kết quả chấm chéo quá "
            + "5 điểm phải giải trình (ví dụ)"));
        y.line("    params:");
        y.line("      method: trimmed-mean");
        y.line("      trim: 1              # loại 1 điểm cao nhất và 1 điểm thấp nhất của mỗi tiêu chí");
        y.line("      minRaters: 3         # cần ít nhất 3 phiếu chấm chéo");
        y.line("      chain: [COUNCIL, HEAD, SELF]   # phiếu nào kê khai điểm thưởng, điểm trừ");
        y.line("      selfMargin: 5        # cảnh báo khi tự chấm cao hơn kết quả quá 5 điểm");
        y.line("");
        y.line("  # Suy tôn đơn vị dẫn đầu bằng phiếu kín tại hội nghị tổng kết Khối.");
        y.line("  - kind: vote.honouring");
        y.line("    scope: LOCAL");
        y.line("    citation:");
        y.line("      document: " + q("Quyết định số 1013/QĐ-UBND ngày 24/4/2018 của UBND tỉnh Hưng Yên ban hành "
            + "Quy chế tổ chức và hoạt động của các Khối thi đua"));
        y.line("      provision: " + q("Bình xét, suy tôn: có mặt từ 2/3 số thành viên; đơn vị được trên 50% tổng số "
            + "thành viên Khối tán thành (nội dung ví dụ)"));
        y.line("    params:");
        y.line("      threshold: 0.5");
        y.line("      comparison: greater    # trên 50%");
        y.line("      base: members          # tính trên tổng số thành viên, không phải số có mặt");
        y.line("      quorum: 0.6666         # có mặt ít nhất 2/3 thành viên");
        y.line("      candidatesFromTop: 3   # chỉ suy tôn trong 3 đơn vị điểm cao nhất");
      }
      y.line("");
      y.line("scales:");
      y.line("  - id: " + scaleId(o.id()));
      y.line("    version: \"1\"");
      y.line("    name:");
      y.line("      vi: " + q("Thang điểm thi đua " + o.subjectVi() + " năm 2024"));
      y.line("      en: " + q("2024 emulation scale of " + o.subjectEn()));
      y.line("    base: 100");
      y.line("    arithmetic: {decimals: 2, rounding: HALF_UP, point: TOTAL}");
      y.line("    # Thông qua trước hội nghị ký giao ước thi đua sớm nhất (" + vi(o.firstPledge()) + ").");
      y.line("    binding: {organiser: " + o.id() + ", year: 2024, adoptedOn: " + o.adoptedOn() + "}");
      y.line("    citation:");
      y.line("      document: " + q(o.decision()));
      y.line("      provision: " + q("Phụ lục: Bảng tiêu chí và thang điểm thi đua"));
      y.line("    criteria:");
      for (Node node : o.template().criteria()) {
        y.line("      # " + node.code() + ". " + node.vi() + ": " + node.max() + " điểm");
        y.line("      - code: " + q(node.code()));
        y.line("        text:");
        y.line("          vi: " + q(node.vi()));
        y.line("          en: " + q(node.en()));
        y.line("        max: " + node.max());
        y.line("        children:");
        for (Leaf leaf : node.leaves()) {
          y.line("          - code: " + q(leaf.code()));
          y.line("            text:");
          y.line("              vi: " + q(leaf.vi()));
          y.line("              en: " + q(leaf.en()));
          y.line("            max: " + leaf.max());
          switch (leaf.method()) {
            case MANUAL -> y.line("            method: {type: manual}");
            case PASS_FAIL -> y.line("            method: {type: pass-fail}   # 1 = đạt, 0 = không đạt");
            case PER_OCCURRENCE -> y.line("            method: {type: per-occurrence, pointsEach: " + leaf.each()
                + "}   # " + leaf.each() + " điểm cho mỗi " + leaf.measure());
            case TARGET_TIERS -> {
              y.line("            # giá trị: số " + leaf.measure() + " đạt được; chỉ tiêu: số " + leaf.measure()
                  + " theo kế hoạch");
              y.line("            method:");
              y.line("              type: against-target");
              y.line("              tiers:   # đạt 100%: đủ điểm; từ 95%: 90%; từ 90%: 80%; từ 80%: 60%; dưới 80%: 0");
              for (BigDecimal[] tier : TIERS) {
                y.line("                - {minRatio: " + plain(tier[0]) + ", fraction: " + plain(tier[1]) + "}");
              }
            }
            case TARGET_LINEAR -> y.line("            method: {type: against-target, capRatio: 1}   # điểm tỷ lệ với "
                + "số " + leaf.measure() + " đạt / giao, tối đa đủ điểm");
            default -> throw new IllegalStateException();
          }
        }
      }
      y.line("    # Điểm thưởng: mỗi thành tích được cộng một lần; tổng điểm thưởng không quá "
          + o.template().bonusCap()
          + " điểm.");
      y.line("    bonuses:");
      items(y, o.template().bonuses());
      y.line("    bonusCap: " + o.template().bonusCap());
      y.line("    # Điểm trừ: tính theo số lần vi phạm, có mức trừ tối đa cho từng nội dung và cho tổng điểm trừ.");
      y.line("    deductions:");
      items(y, o.template().deductions());
      y.line("    deductionCap: " + o.template().deductionCap());
      return y.toString();
    }

    private static void items(Yaml y, List<Item> items) {
      for (Item item : items) {
        y.line("      - code: " + item.code());
        y.line("        text:");
        y.line("          vi: " + q(item.vi()));
        y.line("          en: " + q(item.en()));
        y.line("        points: " + item.points());
        if (item.cap() != null) {
          y.line("        cap: " + item.cap());
        }
      }
    }

    static String vi(LocalDate date) {
      return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String q(String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /** Lines of YAML. */
  private static final class Yaml {
    private final StringBuilder out = new StringBuilder();

    void line(String text) {
      out.append(text.stripTrailing()).append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
