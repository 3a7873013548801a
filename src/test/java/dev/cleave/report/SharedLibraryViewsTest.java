package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared library appears in every view beside the services, marked as a library. */
class SharedLibraryViewsTest {

  private final Analysis analysis = SmallAnalysis.withSharedLibrary();

  @TempDir
  Path folder;

  @Test
  void overviewMarksLibraryRow() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    assertThat(page.select("#overview-services tbody td:first-child").eachText())
        .containsExactly("alpha", "gamma", "shared shared library");
  }

  @Test
  void libraryUsedByTwoServicesIsShared() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    assertThat(page.select("#shared-dependencies tbody td").eachText())
        .containsExactly("shared-library class", "p.b.B", "2", "alpha, gamma");
  }

  @Test
  void libraryPageShowsClusteringReason() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(analysis, "1.0"));

    assertThat(page.select("#s2-classes tbody td:last-child").first().text())
        .startsWith("used by 2 classes of 2 services");
  }

  @Test
  void groupDependenciesIncludeLibrary() {
    Assignment assignment = new Assignment(analysis);

    assertThat(assignment.dependencies().stream()
        .map(d -> d.source() + "->" + d.target() + ":" + d.weight()))
        .containsExactly("alpha->shared:3", "gamma->alpha:2", "gamma->shared:1",
            "shared->alpha:1");
  }

  @Test
  void csvNamesLibraryForItsClasses() throws IOException {
    Reports.write(analysis, folder.resolve("report"), "1.0");
    String csv = Files.readString(folder.resolve("report").resolve(Reports.CLASSES_CSV));

    assertThat(csv.lines()).containsExactly("class,service", "p.a.A1,alpha", "p.a.A2,alpha",
        "p.b.B,shared", "p.c.C,gamma");
  }

  @Test
  void mermaidDrawsLibraryAsCylinder() throws IOException {
    Reports.write(analysis, folder.resolve("report"), "1.0");
    String mermaid = Files.readString(folder.resolve("report").resolve(Reports.SERVICES_MERMAID));

    assertThat(mermaid.lines()).contains("  s2[(\"shared (1 class)\")]");
    assertThat(List.of(mermaid.split("\n"))).contains("  s0 -->|3| s2");
  }
}
