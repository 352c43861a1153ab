package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.emulation.core.EmulationGroup;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.jackson.EmulationFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Black-box tests of {@code emulation report}. The page is written in XHTML syntax, so the JDK's XML parser checks
 * that it is well-formed (every element closed, every text escaped); XPath then reads its structure. Two datasets:
 * the embedded sample (no score sheets yet, so no charts) and {@code src/test/resources/report-dataset}, a small
 * province with a scale, sheets, a vote, history and a proposal, an unresolved tie at the quota, a group without
 * sheets, and a unit named {@code <script>alert('x')</script> & "B"}.
 */
class ReportCommandTest {

  static final Path DATASET = Path.of("src/test/resources/report-dataset");
  static final String HOSTILE = "<script>alert('x')</script> & \"B\"";

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  /** Runs the report into {@code file} and returns the exit code. */
  static int report(Path file, String... args) {
    List<String> all = new ArrayList<>(List.of("report", "-o", file.toString()));
    all.addAll(List.of(args));
    Cli.Result r = run(all.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(file.toString());
    return r.code();
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  static NodeList nodes(Node context, String xpath) throws XPathExpressionException {
    XPath x = XPathFactory.newInstance().newXPath();
    return (NodeList) x.evaluate(xpath, context, XPathConstants.NODESET);
  }

  static String text(Node context, String xpath) throws XPathExpressionException {
    return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
  }

  static Element section(Document doc, String id) throws XPathExpressionException {
    NodeList found = nodes(doc, "//section[@id='" + id + "']");
    assertThat(found.getLength()).as("sections with id %s", id).isEqualTo(1);
    return (Element) found.item(0);
  }

  static Province sampleProvince() {
    return DataOptions.sample(DataOptions.PROVINCE, EmulationFiles::readProvince);
  }

  @Test
  void theSampleGivesAWellFormedPageWithASectionPerGroup(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bao-cao.html");
    assertThat(report(file)).isEqualTo(1);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    Document doc = parse(file);
    assertThat(text(doc, "/html/@lang")).isEqualTo("vi");
    assertThat(text(doc, "/html/head/meta[@charset]/@charset")).isEqualTo("utf-8");
    assertThat(text(doc, "/html/head/meta[@name='viewport']/@content")).contains("width=device-width");
    assertThat(text(doc, "/html/head/style")).contains("overflow-x:auto").contains("@media");
    assertThat(text(doc, "//header")).contains("Tỉnh Hưng Yên (dữ liệu mẫu)").contains("2024")
        .contains("vn 2024.1").contains("vn-hung-yen 2024.1");

    Province p = sampleProvince();
    assertThat(p.groups()).isNotEmpty();
    for (EmulationGroup g : p.groups()) {
      Element s = section(doc, g.id().value());
      assertThat(text(s, "h2")).contains(g.id().value()).contains(g.name());
      assertThat(nodes(doc, "//nav//a[@href='#" + g.id().value() + "']").getLength()).isEqualTo(1);
      int ranked = nodes(s, ".//table[thead/tr/th='Hạng'][thead/tr/th='Tổng']/tbody/tr").getLength();
      NodeList charts = nodes(s, ".//*[local-name()='svg']");
      if (ranked > 0) {
        assertThat(charts.getLength()).as("chart of %s", g.id()).isEqualTo(1);
        assertThat(nodes(charts.item(0), ".//*[local-name()='rect']").getLength()).isEqualTo(ranked);
      } else {
        assertThat(charts.getLength()).as("chart of %s", g.id()).isZero();
        assertThat(text(s, ".")).contains("Chưa có điểm: không có biểu đồ.");
      }
    }
    assertThat(text(section(doc, HtmlReport.SUMMARY), ".")).contains("Cụm, khối" + p.groups().size());
    assertThat(text(section(doc, HtmlReport.ORGANISATION), ".")).contains("group.members.too-few")
        .contains("[cụm, khối] khoi-noi-chinh — Khối nội chính").contains("Tổng: 7 lỗi, 0 cảnh báo.");
  }

  @Test
  void theReportIsSelfContained(@TempDir Path dir) throws Exception {
    for (String data : List.of("sample", DATASET.toString())) {
      Path file = dir.resolve("r.html");
      report(file, data.equals("sample") ? new String[0] : new String[] {"--data", data});
      Document doc = parse(file);
      assertThat(nodes(doc, "//*[@src]").getLength()).as("elements with src").isZero();
      assertThat(nodes(doc, "//script | //link | //img | //iframe | //object").getLength()).isZero();
      Set<String> ids = new HashSet<>();
      NodeList withId = nodes(doc, "//*[@id]");
      for (int i = 0; i < withId.getLength(); i++) {
        assertThat(ids.add(((Element) withId.item(i)).getAttribute("id"))).as("unique ids").isTrue();
      }
      NodeList links = nodes(doc, "//*[@href]");
      assertThat(links.getLength()).isPositive();
      for (int i = 0; i < links.getLength(); i++) {
        String href = ((Element) links.item(i)).getAttribute("href");
        assertThat(href).startsWith("#").doesNotContain("http://").doesNotContain("https://");
        assertThat(ids).contains(href.substring(1));
      }
      assertThat(Files.readString(file)).doesNotContainPattern("(src|href)\\s*=\\s*[\"']?https?:")
          .doesNotContain("url(");
    }
  }

  @Test
  void theSameInputGivesTheSameBytes(@TempDir Path dir) throws IOException {
    for (String lang : List.of("vi", "en")) {
      Path a = dir.resolve("a.html");
      Path b = dir.resolve("b.html");
      report(a, "--lang", lang);
      report(b, "--lang", lang);
      assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
      report(a, "--lang", lang, "--data", DATASET.toString());
      report(b, "--lang", lang, "--data", DATASET.toString());
      assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
      LocalDate today = LocalDate.now();
      assertThat(Files.readString(a)).doesNotContain(today.toString())
          .doesNotContain(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
          .doesNotContain(dir.toString()).doesNotContain(DATASET.toAbsolutePath().toString());
    }
  }

  @Test
  void namesFromTheDataAreEscaped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.html");
    report(file, "--data", DATASET.toString());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script").doesNotContain("<thử>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;B&quot;")
        .contains("Cụm thi đua &lt;thử&gt; số 1");
    Document doc = parse(file);
    assertThat(nodes(doc, "//script").getLength()).isZero();
    Element s = section(doc, "cum-thu-1");
    assertThat(text(s, "h2")).isEqualTo("Cụm cum-thu-1 — Cụm thi đua <thử> số 1");
    List<String> cells = new ArrayList<>();
    NodeList tds = nodes(s, ".//td");
    for (int i = 0; i < tds.getLength(); i++) {
      cells.add(tds.item(i).getTextContent());
    }
    assertThat(cells).contains(HOSTILE);
  }

  @Test
  void aScoredGroupHasItsChartRankingVotePlanProposalAndRotation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.html");
    assertThat(report(file, "--data", DATASET.toString())).isEqualTo(1);
    Document doc = parse(file);
    Element s = section(doc, "cum-thu-1");

    NodeList charts = nodes(s, ".//*[local-name()='svg']");
    assertThat(charts.getLength()).isEqualTo(1);
    Element svg = (Element) charts.item(0);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("aria-label")).contains("5 đơn vị").contains("trục từ 0 đến 105")
        .contains("đồng điểm chưa phân định");
    assertThat(text(svg, "*[local-name()='title']")).isEqualTo(svg.getAttribute("aria-label"));
    NodeList labels = nodes(svg, ".//*[local-name()='g'][contains(@class,'bar')]/*[local-name()='text']");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < labels.getLength(); i++) {
      texts.add(labels.item(i).getTextContent());
    }
    assertThat(texts).containsExactly("1. Đơn vị A — 96.00", "2. " + HOSTILE + " — 80.00", "3. Đơn vị D — 80.00",
        "4. Đơn vị C — 70.00", "5. Đơn vị E — 60.00");
    assertThat(nodes(svg, ".//*[local-name()='g'][@class='bar tie']").getLength()).isEqualTo(2);
    NodeList widths = nodes(svg, ".//*[local-name()='rect']/@width");
    assertThat(widths.item(0).getNodeValue()).isEqualTo("336.5");
    assertThat(text(svg, ".//*[local-name()='g'][@class='ticks']").strip().split("\\s+"))
        .containsExactly("0", "25", "50", "75", "100");

    assertThat(nodes(s, ".//table/tbody/tr[@class='tie']").getLength()).isEqualTo(2);
    assertThat(text(s, ".//p[@class='tie']")).startsWith("Đồng điểm chưa phân định từ vị trí 2: ");
    assertThat(text(s, ".")).contains("Kết quả: bầu được — Đơn vị A")
        .contains("Cờ thi đua của Ủy ban nhân dân tỉnh (PROV_FLAG)")
        .contains("năm nay chưa đạt danh hiệu TLDXS")
        .contains("Đề nghị có 1 lỗi, 0 cảnh báo: award.duplicate-achievement")
        .contains("nghi luân phiên")
        .contains("ranking.tie.unresolved").contains("award.tie.at-quota").contains("award.rotation.suspected");
    assertThat(text(s, ".//li[@class='tie']"))
        .isEqualTo("1 × Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (CHAIRMAN_CERT) giữa " + HOSTILE
            + ", Đơn vị D (đồng điểm: cần bốc thăm)");

    Element empty = section(doc, "khoi-thu");
    assertThat(nodes(empty, ".//*[local-name()='svg']").getLength()).isZero();
    assertThat(text(empty, ".")).contains("Chưa có điểm: không có biểu đồ.").contains("score.sheet.missing");

    String summary = text(section(doc, HtmlReport.SUMMARY), ".");
    assertThat(summary).contains("Cụm, khối2").contains("Lỗi6").contains("Đồng điểm chưa phân định1")
        .contains("Suất khen thưởng chưa quyết định1").contains("Nghi luân phiên1")
        .contains("Khen thưởng đề nghị: Cờ thi đua của Ủy ban nhân dân tỉnh (PROV_FLAG)1");
    assertThat(text(doc, "//header")).contains("org-thu-2024 2024.1").contains("report-dataset");
  }

  @Test
  void englishHeadings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    run("report", "--lang", "en", "--data", DATASET.toString(), "-o", file.toString());
    Document doc = parse(file);
    assertThat(text(doc, "/html/@lang")).isEqualTo("en");
    assertThat(text(doc, "/html/head/title"))
        .isEqualTo("Emulation and commendation report: Tỉnh Thử nghiệm, year 2024");
    List<String> headings = new ArrayList<>();
    NodeList hs = nodes(doc, "//h1 | //h2 | //h3 | //h4");
    for (int i = 0; i < hs.getLength(); i++) {
      headings.add(hs.item(i).getTextContent());
    }
    assertThat(headings).contains("Emulation and commendation report", "Contents", "Summary",
        "Organisation and rule-set check", "Cluster cum-thu-1 — Cụm thi đua <thử> số 1",
        "Bloc khoi-thu — Khối thi đua thử",
        "Totals", "Ranking", "Honouring vote for the leading unit", "Award plan", "Passed over", "Undecided places",
        "Check of the group's proposal", "Rotation check", "Violations")
        .doesNotContain("Tổng hợp", "Xếp hạng", "Vi phạm");
    assertThat(text(doc, "//section[@id='cum-thu-1']")).contains("Outcome: elected — Đơn vị A")
        .contains("Unresolved tie from position 2");
  }

  @Test
  void oneGroupOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.html");
    report(file, "--data", DATASET.toString(), "--group", "khoi-thu");
    Document doc = parse(file);
    assertThat(nodes(doc, "//main/section").getLength()).isEqualTo(3);
    section(doc, "khoi-thu");
    assertThat(nodes(doc, "//section[@id='cum-thu-1']").getLength()).isZero();
  }

  @Test
  void oneGroupsReportShowsOnlyTheFindingsThatConcernIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.html");
    assertThat(report(file, "--group", "cum-so-y-te-1", "--lang", "en")).isEqualTo(1);
    Document doc = parse(file);
    assertThat(text(section(doc, HtmlReport.ORGANISATION), "."))
        .contains("Only the findings that concern the chosen groups")
        .as("its member unit is also in cum-so-y-te-2").contains("unit.membership.duplicate")
        .as("another group of the same organiser").doesNotContain("group.deputies.count")
        .as("other organisers, groups and their units").doesNotContain("organiser.clusters.count")
        .doesNotContain("group.members.too-few").doesNotContain("unit.staff.too-few")
        .doesNotContain("group.head.missing").doesNotContain("unit.inactive")
        .contains("Total: 1 errors, 0 warnings.");

    assertThat(report(file, "--group", "khoi-noi-chinh", "--lang", "en")).isEqualTo(1);
    doc = parse(file);
    assertThat(text(section(doc, HtmlReport.ORGANISATION), ".")).contains("group.members.too-few")
        .doesNotContain("unit.membership.duplicate").doesNotContain("organiser.clusters.count");
    assertThat(text(section(doc, HtmlReport.SUMMARY), ".")).contains("Errors1");

    Path all = dir.resolve("all.html");
    report(all, "--lang", "en");
    assertThat(text(section(parse(all), HtmlReport.ORGANISATION), ".")).doesNotContain("Only the findings")
        .contains("group.deputies.count").contains("organiser.clusters.count").contains("unit.membership.duplicate");
  }

  @Test
  void ruleBookProblemsOfTheLayersThatApplyAreShownOnceUnderRules(@TempDir Path dir) throws Exception {
    List<String> layers = new ArrayList<>();
    for (String group : List.of("khoi-noi-chinh", "cum-so-y-te-3")) {
      Path layer = dir.resolve(group + ".json");
      Files.writeString(layer, """
          {"schemaVersion": 2, "document": "rule-set", "id": "thu.%s", "version": "1", "level": "GROUP",
           "extends": "vn-hung-yen", "target": "%s", "name": {"vi": "Thử", "en": "Test"},
           "validFrom": "2024-01-01", "citation": {"document": "Thử nghiệm"},
           "rules": [{"kind": "khong-co.kind", "scope": "LOCAL", "citation": {"document": "Thử nghiệm"},
                      "params": {"x": 1}}]}
          """.formatted(group, group), StandardCharsets.UTF_8);
      layers.addAll(List.of("--layer", layer.toString()));
    }
    Path file = dir.resolve("r.html");
    List<String> args = new ArrayList<>(List.of("--group", "khoi-noi-chinh", "--lang", "en"));
    args.addAll(layers);
    assertThat(report(file, args.toArray(String[]::new))).isEqualTo(1);
    Element organisation = section(parse(file), HtmlReport.ORGANISATION);
    assertThat(text(organisation, "h3")).isEqualTo("Rules");
    NodeList tables = nodes(organisation, ".//table");
    assertThat(tables.getLength()).isEqualTo(2);
    assertThat(text(tables.item(0), ".")).contains("group.members.too-few").doesNotContain("ruleset.kind.unknown");
    assertThat(text(tables.item(1), ".")).contains("[rule set] thu.khoi-noi-chinh#khong-co.kind")
        .contains("ruleset.kind.unknown").doesNotContain("thu.cum-so-y-te-3").doesNotContain("group.members.too-few");
    assertThat(nodes(organisation, ".//tr[@class='subject']/th[contains(., 'thu.khoi-noi-chinh')]").getLength())
        .as("one subject row").isEqualTo(1);
    assertThat(nodes(organisation, ".//code[. = 'ruleset.kind.unknown']").getLength()).as("reported once").isOne();
  }

  @Test
  void helpOffersOnlyWhatTheReportAccepts(@TempDir Path dir) {
    Cli.Result help = run("report", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).doesNotContain("--format").doesNotContainPattern("\\b(table|json|csv)\\b")
        .contains("--lang").contains("--output=FILE").contains("--group").contains("--lots").contains("--data");
    assertThat(run("run", "--help").out()).contains("--format").contains("table | json | csv");
    Path file = dir.resolve("r.html");
    assertThat(run("report", "--format", "table", "-o", file.toString()).code()).as("the default, given").isOne();
    assertThat(file).exists();
  }

  @Test
  void withoutOutputOptionTheReportGoesToTheDefaultFile() {
    ReportCommand c = new ReportCommand();
    c.output = new OutputOptions();
    assertThat(c.target()).isEqualTo(Path.of("bao-cao-thi-dua.html"));
  }

  @Test
  void badUsageExitsWithTwoAndWritesNothing(@TempDir Path dir) {
    Path file = dir.resolve("r.html");
    Cli.Result json = run("report", "--format", "json", "-o", file.toString(), "--lang", "en");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err()).contains("the report is HTML only");
    assertThat(file).doesNotExist();
    assertThat(run("report", "--group", "no-such-group", "-o", file.toString()).code()).isEqualTo(2);
    assertThat(file).doesNotExist();
    Cli.Result unwritable = run("report", "-o", dir.resolve("no-such-folder/r.html").toString());
    assertThat(unwritable.code()).isEqualTo(2);
    assertThat(unwritable.err()).contains("không ghi được tệp");
    assertThat(run("report", "--data", dir.resolve("missing").toString(), "-o", file.toString()).code())
        .isEqualTo(2);
  }

  @Test
  void helpHasExamples() {
    Cli.Result help = run("report", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Examples:").contains("emulation report --lang en -o")
        .contains("bao-cao-thi-dua.html");
    assertThat(run("--help").out()).contains("report");
  }

  @Test
  void escapingAndChartHelpers() {
    assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>\u0001"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;\uFFFD");
    assertThat(new Html().element("p", "1 < 2", "title", "\"q\"").empty("meta", "charset", "utf-8").toString())
        .isEqualTo("<p title=\"&quot;q&quot;\">1 &lt; 2</p>\n<meta charset=\"utf-8\"/>\n");
    assertThat(BarChart.step(new BigDecimal("105"))).isEqualByComparingTo("25");
    assertThat(BarChart.step(new BigDecimal("1000"))).isEqualByComparingTo("250");
    assertThat(BarChart.step(new BigDecimal("1"))).isEqualByComparingTo("0.25");
    assertThat(BarChart.length(new BigDecimal("120"), new BigDecimal("100"))).isEqualTo("368.0");
    assertThat(BarChart.length(new BigDecimal("-3"), new BigDecimal("100"))).isEqualTo("0.0");
  }

  @Test
  void aLongBarLabelIsShortenedInItsNameAndKeepsItsTotal() {
    String label = "4. Công ty TNHH MTV Xổ số kiến thiết Hưng Yên và các đơn vị liên kết — 95.50";
    String shortened = BarChart.shorten(label);
    assertThat(shortened).startsWith("4. Công ty TNHH MTV").endsWith("… — 95.50");
    assertThat(shortened.codePointCount(0, shortened.length())).isLessThanOrEqualTo(52);
    assertThat(BarChart.shorten("1. Sở Y tế — 97.00")).isEqualTo("1. Sở Y tế — 97.00");
  }

  @Test
  void theProvincesStageHasItsSectionWhenTheRulesHaveOne(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain.html");
    report(plain, "--lang", "en");
    assertThat(nodes(parse(plain), "//section[@id='" + HtmlReport.PROVINCE_STAGE + "']").getLength()).isZero();
    Path layer = Cli.testLayer(dir);
    Path file = dir.resolve("tinh.html");
    report(file, "--lang", "en", "--layer", layer.toString());
    Document doc = parse(file);
    String section = "//section[@id='" + HtmlReport.PROVINCE_STAGE + "']";
    assertThat(nodes(doc, section).getLength()).isEqualTo(1);
    assertThat(nodes(doc, section + "//h3").getLength()).isEqualTo(2);
    assertThat(nodes(doc, section + "//td[text()='approved']").getLength()).isEqualTo(10);
    assertThat(nodes(doc, "//nav//a[@href='#" + HtmlReport.PROVINCE_STAGE + "']").getLength()).isEqualTo(1);
  }
}
