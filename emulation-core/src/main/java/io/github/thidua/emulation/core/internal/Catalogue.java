package io.github.thidua.emulation.core.internal;

import io.github.thidua.emulation.core.LocalizedText;
import io.github.thidua.emulation.core.awards.ApportionmentRule;
import io.github.thidua.emulation.core.awards.QuotaRule;
import io.github.thidua.emulation.core.rules.ParameterSpec;
import io.github.thidua.emulation.core.rules.ParameterType;
import io.github.thidua.emulation.core.rules.ResolvedRule;
import io.github.thidua.emulation.core.rules.RuleKind;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.validation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The closed catalogue of rule kinds: each kind's public description and, for organisation rules, its check.
 * Kinds of later stages (scoring, ranking, awards) are described here so rule data can carry them before their
 * checks exist.
 */
public final class Catalogue {

  /**
   * Reads a rule of one kind into its typed value, once per run, after its parameters passed the catalogue's type
   * checks; a value the types allow but the kind does not (a share above 1, a quota that is both a count and a
   * percentage) is refused with {@link Invalid}. Organisation kinds read into {@link OrganisationRules}, which check
   * a group or an organiser.
   */
  @FunctionalInterface
  interface Reader {
    Object read(ResolvedRule rule);
  }

  /** A parameter value the kind refuses: what was observed, and what the kind requires. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Value observed;
    final Value limit;

    Invalid(Value observed, Value limit) {
      super(observed.en() + " (" + limit.en() + ")", null, false, false);
      this.observed = observed;
      this.limit = limit;
    }
  }

  /** A kind with its reader. */
  record Entry(RuleKind kind, Reader reader) {}

  static final ParameterSpec SEVERITY = param("severity", ParameterType.SEVERITY, false,
      "Mức độ vi phạm: ERROR, WARNING hoặc INFO (mặc định ERROR)",
      "Severity of a breach: ERROR, WARNING or INFO (default ERROR)");
  static final ParameterSpec GROUP_KINDS = param("groupKinds", ParameterType.GROUP_KINDS, false,
      "Loại cụm, khối áp dụng (CLUSTER, BLOC); mặc định cả hai",
      "Group kinds it applies to (CLUSTER, BLOC); both by default");

  /** The awards an eligibility rule concerns. */
  static final ParameterSpec AWARDS = param("awards", ParameterType.TEXT_LIST, true,
      "Mã các danh hiệu, hình thức khen thưởng", "Codes of the awards concerned");

  private static final Map<String, Entry> ENTRIES = new TreeMap<>();

  static {
    group("group.min-members", "Số đơn vị thành viên tối thiểu của cụm, khối",
        "Minimum number of member units of a group", List.of("group.members.too-few"),
        List.of(param("min", ParameterType.COUNT, true, "Số thành viên tối thiểu", "Minimum members")),
        OrganisationRules.MinMembers::read);
    group("group.max-members", "Số đơn vị thành viên tối đa của cụm, khối",
        "Maximum number of member units of a group", List.of("group.members.too-many"),
        List.of(param("max", ParameterType.COUNT, true, "Số thành viên tối đa", "Maximum members")),
        OrganisationRules.MaxMembers::read);
    group("unit.min-staff", "Số cán bộ, công chức, viên chức, người lao động tối thiểu của mỗi đơn vị thành viên",
        "Minimum staff of each member unit", List.of("unit.staff.too-few"),
        List.of(param("min", ParameterType.COUNT, true, "Số người tối thiểu", "Minimum staff")),
        OrganisationRules.MinStaff::read);
    group("group.head-count", "Mỗi cụm, khối có đúng một trưởng", "Each group has exactly its number of heads",
        List.of("group.head.missing", "group.head.multiple"),
        List.of(param("count", ParameterType.COUNT, true, "Số trưởng cụm, khối", "Number of heads")),
        OrganisationRules.HeadCount::read);
    group("group.deputy-count", "Số phó trưởng cụm, khối thống nhất", "The unified number of deputy heads",
        List.of("group.deputies.count"),
        List.of(param("count", ParameterType.COUNT, true, "Số phó trưởng", "Number of deputy heads")),
        OrganisationRules.DeputyCount::read);
    group("group.leader-membership", "Trưởng, phó trưởng phải là thành viên của cụm, khối",
        "Heads and deputies must be members of their group", List.of("group.leader.not-member"), List.of(),
        OrganisationRules.LeadersAreMembers::read);
    group("unit.active-membership", "Đơn vị đã giải thể, sáp nhập không còn là thành viên",
        "Dissolved or merged units are no longer members", List.of("unit.inactive"),
        List.of(param("statuses", ParameterType.STATUSES, false,
            "Các trạng thái không được là thành viên (không ghi: MERGED, DISSOLVED; danh sách rỗng: không trạng thái nào)",
            "Statuses that may not be members (absent: MERGED, DISSOLVED; an empty list: none)")),
        OrganisationRules.ActiveMembers::read);
    organiser("organiser.cluster-count", "Số cụm thi đua mỗi đơn vị tổ chức được thành lập",
        "Number of clusters each organiser sets up", List.of("organiser.clusters.count"),
        List.of(
            param("default", ParameterType.COUNT, true, "Số cụm mặc định", "Default number of clusters"),
            param("byKind", ParameterType.COUNT_MAP, false, "Số cụm theo loại đơn vị tổ chức",
                "Clusters by organiser kind"),
            param("bySector", ParameterType.COUNT_MAP, false, "Số cụm theo ngành, lĩnh vực",
                "Clusters by organiser sector"),
            param("byOrganiser", ParameterType.COUNT_MAP, false, "Số cụm theo từng đơn vị tổ chức (mã)",
                "Clusters by organiser id"),
            param("organiserKinds", ParameterType.TEXT_LIST, false,
                "Chỉ áp dụng cho các loại đơn vị tổ chức này (mặc định tất cả)",
                "Only organisers of these kinds (all by default)"),
            choice("comparison", List.of("exactly", "at-most", "at-least"),
                "So sánh: exactly (mặc định), at-most hoặc at-least",
                "Comparison: exactly (default), at-most or at-least")),
        OrganisationRules.ClusterCount::read);
    organiser("unit.single-membership",
        "Một đơn vị chỉ là thành viên của một cụm, khối cùng loại, cùng đơn vị tổ chức trong một năm",
        "A unit belongs to one group of a kind and organiser per year", List.of("unit.membership.duplicate"),
        List.of(GROUP_KINDS), OrganisationRules.SingleMembership::read);
    described("scoring.aggregation", "Cách tổng hợp các phiếu chấm thành điểm cuối cùng",
        "How score sheets become the final score",
        List.of("score.raters.too-few", "score.self.exceeds-verified"),
        List.of(
            choice("method", List.of("override-chain", "mean", "median", "trimmed-mean"),
                "Cách tổng hợp: override-chain (mặc định), mean, median, trimmed-mean",
                "Method: override-chain (default), mean, median or trimmed-mean"),
            param("chain", ParameterType.ROLES, false,
                "Thứ tự ưu tiên các vai trò (mặc định COUNCIL, HEAD, SELF)",
                "Roles in priority order (default COUNCIL, HEAD, SELF)"),
            param("minRaters", ParameterType.COUNT, false, "Số phiếu chấm chéo tối thiểu (mặc định 1)",
                "Fewest peer sheets (default 1)"),
            param("trim", ParameterType.COUNT, false, "Số giá trị thấp nhất và cao nhất bị loại (mặc định 1)",
                "Lowest and highest values dropped by the trimmed mean (default 1)"),
            param("selfMargin", ParameterType.DECIMAL, false,
                "Cảnh báo khi điểm tự chấm cao hơn điểm cuối cùng quá mức này",
                "Warn when a self-score exceeds the final score by more than this")),
        ScoringEngine::readPolicy);
    described("ranking.convention", "Cách xếp hạng khi có đồng điểm", "Ranking convention for equal scores",
        List.of(),
        List.of(choice("convention", List.of("standard", "modified", "dense", "ordinal", "fractional"),
            "standard (1224, mặc định), modified (1334), dense (1223), ordinal (1234), fractional (1 2,5 2,5 4)",
            "standard (1224, default), modified (1334), dense (1223), ordinal (1234), fractional (1 2.5 2.5 4)")),
        StagePolicies.Convention::read);
    described("ranking.tie-break", "Thứ tự các tiêu chí phân định khi đồng điểm",
        "Ordered tie-break chain for equal totals", List.of("ranking.tie.unresolved"),
        List.of(param("steps", ParameterType.TEXT_LIST, true,
            "Các bước theo thứ tự: group-subtotal:<mã nhóm tiêu chí>, fewer-deductions, more-bonus, vote",
            "Steps in order: group-subtotal:<criterion group code>, fewer-deductions, more-bonus, vote")),
        StagePolicies.TieBreak::read);
    described("vote.honouring", "Bình xét, suy tôn: túc số, tỷ lệ phiếu và cách tính phiếu",
        "Honouring vote: quorum, threshold and how ballots count",
        List.of("vote.quorum.not-met", "vote.threshold.not-met"),
        List.of(
            param("quorum", ParameterType.DECIMAL, false,
                "Tỷ lệ thành viên có mặt tối thiểu, ví dụ 0.5 (mặc định: không yêu cầu)",
                "Least share of members present, e.g. 0.5 (default: none)"),
            param("threshold", ParameterType.DECIMAL, true, "Tỷ lệ phiếu đồng ý, ví dụ 0.5, 0.6667, 0.8",
                "Share of approving votes, e.g. 0.5, 0.6667, 0.8"),
            choice("comparison", List.of("greater", "at-least"), "greater (>) hoặc at-least (≥, mặc định)",
                "greater (>) or at-least (≥, default)"),
            choice("base", List.of("members", "present", "valid"),
                "Mẫu số: members (tổng số thành viên, mặc định), present (có mặt) hoặc valid (phiếu hợp lệ)",
                "Base: members (default), present, or valid ballots"),
            choice("blank", List.of("against", "excluded"),
                "Phiếu trắng, không chọn: against (tính là không đồng ý, mặc định) hoặc excluded (không tính)",
                "Blank ballots and abstentions: against (default) or excluded from the base"),
            param("candidatesFromTop", ParameterType.COUNT, false,
                "Ứng viên phải nằm trong số này đơn vị xếp đầu (0: không giới hạn, mặc định)",
                "Candidates must be among this many top-ranked units (0: any, default)"),
            param("runoffOnTie", ParameterType.BOOLEAN, false,
                "Bỏ phiếu lại khi đồng phiếu (mặc định true)", "Run-off when candidates tie (default true)")),
        VotingEngine::readPolicy);
    described("award.quota", "Số lượng khen thưởng tối đa mỗi cụm, khối", "Award quota per group",
        List.of("award.quota.exceeded"),
        List.of(
            param("award", ParameterType.TEXT, true, "Mã danh hiệu, hình thức khen thưởng", "Award code"),
            param("count", ParameterType.COUNT, false, "Số lượng cố định", "A fixed count"),
            param("percent", ParameterType.DECIMAL, false, "Tỷ lệ phần trăm của mẫu số", "A percentage of the base"),
            choice("base", List.of("members", "eligible"), "Mẫu số: members (mặc định) hoặc eligible",
                "Base: members (default) or eligible units"),
            choice("rounding", List.of("floor", "ceiling", "half-up"), "Làm tròn: floor (mặc định), ceiling, half-up",
                "Rounding: floor (default), ceiling or half-up")),
        Catalogue::quota);
    described("award.apportionment", "Phân bổ chỉ tiêu khen thưởng toàn tỉnh cho các cụm, khối",
        "Apportioning a province-wide quota across groups", List.of("award.apportionment.lots-needed",
            "award.apportionment.lots-used", "award.apportionment.alabama-paradox"),
        List.of(
            param("award", ParameterType.TEXT, true, "Mã danh hiệu, hình thức khen thưởng", "Award code"),
            param("total", ParameterType.COUNT, true, "Tổng chỉ tiêu toàn tỉnh", "Province-wide total"),
            choice("method", List.of("hamilton", "dhondt", "sainte-lague"),
                "Phương pháp: hamilton (số dư lớn nhất, mặc định), dhondt hoặc sainte-lague",
                "Method: hamilton (largest remainder, default), dhondt or sainte-lague")),
        Catalogue::apportionment);
    described("award.type", "Danh hiệu thi đua hoặc hình thức khen thưởng", "An award type",
        List.of("award.type.unknown"),
        List.of(
            param("code", ParameterType.TEXT, true, "Mã, ví dụ PROV_FLAG", "Code, e.g. PROV_FLAG"),
            param("vi", ParameterType.TEXT, true, "Tên tiếng Việt", "Vietnamese name"),
            param("en", ParameterType.TEXT, true, "Tên tiếng Anh", "English name"),
            choice("form", List.of("title", "form"), "title (danh hiệu) hoặc form (hình thức khen thưởng)",
                "title (emulation title) or form (form of commendation)"),
            param("authority", ParameterType.TEXT, false, "Cấp có thẩm quyền tặng", "Granting authority"),
            param("precedence", ParameterType.COUNT, false, "Thứ tự xét (nhỏ xét trước, mặc định 100)",
                "Allocation order, lower first (default 100)")),
        AwardEngine::readType);
    described("award.eligibility.no-pending",
        "Không khen thưởng khi đang xem xét kỷ luật, thanh tra, điều tra, giải quyết khiếu nại",
        "No award while discipline, inspection, investigation or a complaint is pending",
        List.of("award.ineligible.pending"),
        List.of(AWARDS),
        Eligibility::read);
    described("award.eligibility.requires-title", "Phải đạt danh hiệu điều kiện trong năm",
        "The unit must hold a prerequisite title that year", List.of("award.prerequisite.missing"),
        List.of(AWARDS,
            param("title", ParameterType.TEXT, true, "Mã danh hiệu điều kiện, ví dụ TLDXS",
                "Code of the prerequisite title, e.g. TLDXS")),
        Eligibility::read);
    described("award.eligibility.leader-only", "Chỉ tặng cho đơn vị dẫn đầu cụm, khối",
        "Only for the leading unit of the group", List.of("award.not-leader"),
        List.of(AWARDS),
        Eligibility::read);
    described("award.eligibility.active", "Không khen thưởng đơn vị đang hoặc đã sáp nhập, giải thể",
        "No award for units being or having been merged or dissolved", List.of("award.ineligible.inactive"),
        List.of(AWARDS,
            param("statuses", ParameterType.STATUSES, false,
                "Các trạng thái không được khen thưởng (mặc định MERGING, DISSOLVING, MERGED, DISSOLVED)",
                "Statuses barred (default MERGING, DISSOLVING, MERGED, DISSOLVED)")),
        Eligibility::read);
    described("award.rotation-check", "Phát hiện suy tôn, khen thưởng luân phiên",
        "Detecting awards handed out in turn", List.of("award.not-top-ranked", "award.rotation.suspected"),
        List.of(param("minYears", ParameterType.COUNT, false, "Số năm tối thiểu để xét (mặc định 3)",
                "Fewest years to judge (default 3)"),
            param("minNotTopShare", ParameterType.DECIMAL, false,
                "Tỷ lệ năm khen thưởng không cho đơn vị xếp đầu tối thiểu (mặc định 0.5)",
                "Least share of years the award skipped the top-ranked unit (default 0.5)")),
        StagePolicies.Rotation::read);
    described("award.eligibility.not-division-level",
        "Không đề nghị danh hiệu, hình thức khen thưởng cho đơn vị cấp phòng",
        "No award of the listed types for division-level units", List.of("award.ineligible.division-level"),
        List.of(AWARDS),
        Eligibility::read);
    described("award.eligibility.voted", "Chỉ tặng cho đơn vị được cụm, khối biểu quyết đề nghị",
        "Only for units the group's vote of a purpose elected", List.of("award.not-voted"),
        List.of(AWARDS, new ParameterSpec("purpose", ParameterType.CHOICE, true,
            List.of("FLAG", "CERTIFICATE", "LEADER"), new LocalizedText(
                "Mục đích cuộc biểu quyết: FLAG (cờ thi đua), CERTIFICATE (bằng khen) hoặc LEADER (đơn vị dẫn đầu)",
                "The vote's purpose: FLAG, CERTIFICATE or LEADER"))),
        Eligibility::read);
    described("group.leading-unit", "Cách xác định đơn vị dẫn đầu cụm, khối",
        "How a group's leading unit is decided",
        List.of("award.leader.none", "award.leader.not-top-ranked"),
        List.of(choice("by", List.of("vote", "ranking"),
            "vote (đơn vị được bình xét, suy tôn; mặc định) hoặc ranking (đơn vị đủ điều kiện xếp hạng cao nhất)",
            "vote (the unit the honouring vote acclaims; default) or ranking (the best-ranked eligible unit)")),
        StagePolicies.LeadingUnit::read);
    described("award.eligibility.provincial-system",
        "Chỉ tặng cho đơn vị dẫn đầu cụm, khối thi đua thuộc hệ thống cụm, khối của tỉnh",
        "Only for the leading unit of a cluster or bloc of the provincial system",
        List.of("award.not-leader", "award.group.outside-system", "award.leader.ineligible",
            "award.leader.fallback", "award.leader.new-vote-needed"),
        List.of(AWARDS,
            param("organiserKinds", ParameterType.TEXT_LIST, false,
                "Loại đơn vị tổ chức có cụm, khối thuộc hệ thống của tỉnh (không ghi cả hai: mọi cụm, khối)",
                "Kinds of organiser whose groups belong to the provincial system (neither given: every group)"),
            param("organisers", ParameterType.TEXT_LIST, false,
                "Mã các đơn vị tổ chức có cụm, khối thuộc hệ thống của tỉnh",
                "Ids of organisers whose groups belong to the provincial system"),
            choice("fallback", List.of("none", "new-vote", "next-eligible"),
                "Khi đơn vị dẫn đầu không đủ điều kiện: none (không tặng, mặc định), new-vote (bình xét lại),"
                    + " next-eligible (đơn vị đủ điều kiện xếp kế tiếp)",
                "When the leading unit is not eligible: none (not granted, default), new-vote (vote again) or"
                    + " next-eligible (the next eligible unit)")),
        Eligibility::read);
    described("award.council-review", "Hội đồng Thi đua - Khen thưởng tỉnh xét, cắt giảm đề nghị theo chỉ tiêu",
        "The provincial council reviews the groups' proposals and cuts them to the province's quota",
        List.of("award.council.cut", "award.council.tie", "award.council.vote-missing"),
        List.of(param("award", ParameterType.TEXT, true, "Mã danh hiệu, hình thức khen thưởng", "Award code"),
            param("total", ParameterType.COUNT, true, "Chỉ tiêu toàn tỉnh", "The province's quota"),
            choice("by", List.of("vote", "ranking"),
                "vote (biểu quyết của Hội đồng, mặc định) hoặc ranking (thứ hạng trong cụm, khối rồi điểm)",
                "vote (the council's vote, default) or ranking (rank in the group, then score)"),
            param("threshold", ParameterType.DECIMAL, false,
                "Tỷ lệ phiếu đồng ý của thành viên Hội đồng (mặc định 0.5)",
                "Share of the council's members approving (default 0.5)"),
            choice("comparison", List.of("greater", "at-least"), "greater (>, mặc định) hoặc at-least (≥)",
                "greater (>, default) or at-least (≥)")),
        CouncilReviews::readRule);
  }

  private Catalogue() {}

  private static QuotaRule quota(ResolvedRule rule) {
    try {
      return QuotaRule.fromRule(rule);
    } catch (IllegalArgumentException ambiguous) {
      RuleParameters p = rule.rule().params();
      List<Value> given = new ArrayList<>();
      for (String name : List.of("count", "percent")) {
        p.get(name).ifPresent(v -> given.add(Value.phrase("param-value", name, String.valueOf(v))));
      }
      throw new Invalid(given.isEmpty() ? Value.phrase("none") : new Value.Items(given),
          Value.phrase("count-or-percent"));
    }
  }

  private static ApportionmentRule apportionment(ResolvedRule rule) {
    try {
      return ApportionmentRule.fromRule(rule);
    } catch (IllegalArgumentException wrong) {
      throw new Invalid(Value.of(rule.rule().params().names().stream().sorted().toList()),
          Value.phrase("apportionment-params"));
    }
  }

  private static ParameterSpec param(String name, ParameterType type, boolean required, String vi, String en) {
    return new ParameterSpec(name, type, required, List.of(), new LocalizedText(vi, en));
  }

  private static ParameterSpec choice(String name, List<String> choices, String vi, String en) {
    return new ParameterSpec(name, ParameterType.CHOICE, false, choices, new LocalizedText(vi, en));
  }

  private static List<ParameterSpec> withCommon(List<ParameterSpec> own, boolean groupScoped) {
    List<ParameterSpec> all = new ArrayList<>(own);
    if (groupScoped && !all.contains(GROUP_KINDS)) {
      all.add(GROUP_KINDS);
    }
    all.add(SEVERITY);
    return all;
  }

  private static void group(String id, String vi, String en, List<String> codes, List<ParameterSpec> params,
      Reader reader) {
    put(new Entry(new RuleKind(id, new LocalizedText(vi, en), withCommon(params, true), codes), reader));
  }

  private static void organiser(String id, String vi, String en, List<String> codes, List<ParameterSpec> params,
      Reader reader) {
    put(new Entry(new RuleKind(id, new LocalizedText(vi, en), withCommon(params, false), codes), reader));
  }

  /** A kind applied by a later stage; it takes only its own parameters (no common severity). */
  private static void described(String id, String vi, String en, List<String> codes, List<ParameterSpec> params,
      Reader reader) {
    put(new Entry(new RuleKind(id, new LocalizedText(vi, en), params, codes), reader));
  }

  private static void put(Entry entry) {
    if (ENTRIES.put(entry.kind().id(), entry) != null) {
      throw new IllegalStateException("kind defined twice: " + entry.kind().id());
    }
  }

  static Optional<Entry> entry(String kind) {
    return Optional.ofNullable(ENTRIES.get(kind));
  }

  /**
   * Returns every kind's description, sorted by id.
   *
   * @return the kinds
   */
  public static List<RuleKind> kinds() {
    return ENTRIES.values().stream().map(Entry::kind).toList();
  }

}
