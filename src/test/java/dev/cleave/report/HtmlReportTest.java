package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Analysis;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final Analysis analysis = SmallAnalysis.create();

  @Test
  void renderIsByteIdenticalTwice() throws IOException {
    assertThat(HtmlReport.render(analysis, "1.0")).isEqualTo(HtmlReport.render(analysis, "1.0"));
  }

  @Test
  void tablesHoldDataWithoutScripts() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    assertThat(page.select("#overview-services tbody tr td:first-child").eachText())
        .containsExactly("alpha", "gamma");
    assertThat(page.select("#service-dependencies tbody tr").first().select("td").stream()
        .map(Element::text))
        .containsExactly("gamma", "alpha", "2", "2", "1", "");
    assertThat(page.select("#s0-classes tbody td:first-child").eachText())
        .containsExactly("A1", "A2", "B");
    assertThat(page.select("#dsm-packages td.cycle").eachText()).containsExactly("3", "1");
  }

  @Test
  void classRowsSayWhyClassIsThere() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    Element a1 = page.select("#s0-classes tbody tr").first();
    assertThat(a1.select("td").eachText()).containsExactly("A1", "p.a", "class", "40", "3", "2",
        "gamma (2)", "60% of its 5 references stay in this service; the strongest pull"
            + " elsewhere is gamma with 2.");
  }

  @Test
  void missingPlanViewsSayNotAnalysed() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    for (String section : new String[] {"ownership", "risks", "waves", "shared"}) {
      assertThat(page.select("#" + section + " .not-analysed").text())
          .as(section)
          .startsWith("Not analysed in this run: ");
    }
    assertThat(page.select("#risks table.risk-grid.empty tbody tr")).hasSize(5);
    assertThat(page.select("#s0 .not-analysed")).hasSize(5);
  }

  @Test
  void policyAllowsEveryInlineElement() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

    for (Element script : page.select("script:not([type])")) {
      assertThat(policy).contains(ContentSecurityPolicy.hash(script.data()));
    }
    assertThat(policy).contains(ContentSecurityPolicy.hash(page.selectFirst("style").data()));
    assertThat(page.select("script:not([type])")).hasSize(6);
  }
}
