package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.cleave.model.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds a project whose names, paths and strings carry HTML and script payloads through every
 * report file, and checks that none of them comes out as markup.
 */
class ReportEscapingTest {

  /** The elements the page itself uses; a payload would add svg, img or iframe. */
  private static final Set<String> PAGE_ELEMENTS = Set.of("html", "head", "meta", "title", "link",
      "style", "body", "header", "div", "h1", "h2", "h3", "h4", "p", "input", "ol", "ul", "li",
      "nav", "a", "main", "section", "table", "thead", "tbody", "tr", "th", "td", "meter",
      "label", "button", "span", "aside", "noscript", "select", "option", "article", "dl", "dt",
      "dd", "code", "br", "details", "summary", "em", "caption", "script", "#root");

  @TempDir
  static Path folder;

  private static Analysis analysis;
  private static Path report;

  @BeforeAll
  static void writeReport() throws IOException {
    analysis = HostileProject.analyze(HostileProject.write(folder));
    report = folder.resolve("report");
    Reports.write(analysis, report, "test");
  }

  @Test
  void pageHasOnlyItsOwnElements() throws IOException {
    Document page = page();

    List<String> foreign = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (!PAGE_ELEMENTS.contains(element.normalName())) {
        foreign.add(element.normalName());
      }
    }

    assertThat(foreign).isEmpty();
  }

  @Test
  void pageHasNoEventHandlerOrSource() throws IOException {
    List<String> attributes = new ArrayList<>();
    for (Element element : page().getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("on") || name.equals("src") || name.equals("srcdoc")) {
          attributes.add(element.normalName() + " " + name);
        }
      }
    }

    assertThat(attributes).isEmpty();
  }

  @Test
  void pageScriptsAreExactlyItsOwn() throws IOException {
    List<Element> scripts = page().select("script");

    assertThat(scripts).hasSize(7);
    assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
    assertThat(scripts.stream().skip(1).map(script -> script.attributes().size()))
        .containsOnly(0);
  }

  @Test
  void pageShowsNamesAsText() throws IOException {
    Document page = page();

    assertThat(page.selectFirst("h1").wholeText()).isEqualTo(HostileProject.NAME);
    assertThat(page.select("#excluded-files code").eachText())
        .anyMatch(path -> path.contains(HostileProject.TEST_FOLDER));
    assertThat(page.select("article.service code[title]").eachAttr("title"))
        .anyMatch(path -> path.startsWith(HostileProject.ROOT + "/"));
  }

  @Test
  void embeddedJsonHasNoMarkupCharacters() throws IOException {
    String json = page().getElementById("cleave-data").data();

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    JsonNode data = new ObjectMapper().readTree(json);
    assertThat(data.get("project").asText()).isEqualTo(HostileProject.NAME);
    List<String> classes = new ArrayList<>();
    data.get("classes").forEach(entry -> classes.add(entry.get(0).asText()));
    assertThat(classes).contains("com.shop.order.Order@" + HostileProject.ROOT);
  }

  @Test
  void graphMlHasOnlyGraphMlElements() throws IOException {
    for (String file : List.of(Reports.SERVICES_GRAPHML, Reports.PACKAGES_GRAPHML)) {
      Document xml = Jsoup.parse(read(file), "", Parser.xmlParser());

      assertThat(xml.getAllElements().stream().map(Element::normalName).distinct())
          .as(file)
          .isSubsetOf("#root", "graphml", "key", "default", "graph", "node", "edge", "data");
    }
  }

  @Test
  void graphMlKeepsNonAsciiLabels() throws IOException {
    Document xml = Jsoup.parse(read(Reports.PACKAGES_GRAPHML), "", Parser.xmlParser());

    assertThat(xml.select("node > data[key=key0]").eachText()).containsExactly(
        "com.shop.billing", "com.shop.order", "com.shop.straße");
  }

  @Test
  void dotAndMermaidHaveNoMarkup() throws IOException {
    for (String file : List.of(Reports.SERVICES_DOT, Reports.PACKAGES_DOT,
        Reports.SERVICES_MERMAID)) {
      assertThat(read(file)).as(file).doesNotContain("<", ">\"", "onload", "onerror");
    }
    assertThat(read(Reports.SERVICES_MERMAID))
        .containsPattern("s\\d+\\[\"stra#223;e \\(2 classes\\)\"]");
  }

  @Test
  void csvReadsBackTheExactAssignment() throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> iterator = mapper.readerForListOf(String.class)
        .readValues(read(Reports.CLASSES_CSV))) {
      iterator.forEachRemaining(rows::add);
    }

    assertThat(rows.get(0)).containsExactly("class", "service");
    String hostile = "com.shop.order.Order@" + HostileProject.ROOT;
    assertThat(rows).contains(List.of(hostile, analysis.proposal().serviceOf(hostile).name()));
    assertThat(rows).contains(List.of("com.shop.straße.Größe", "straße"));
    assertThat(rows).hasSize(analysis.structure().classes().size() + 1);
  }

  private static Document page() throws IOException {
    return Jsoup.parse(read(Reports.HTML));
  }

  private static String read(String file) throws IOException {
    return Files.readString(report.resolve(file), StandardCharsets.UTF_8);
  }
}
