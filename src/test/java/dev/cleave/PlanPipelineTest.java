package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Plan;
import dev.cleave.model.Progress;
import dev.cleave.model.Risk;
import dev.cleave.model.RiskFactor;
import dev.cleave.model.ServiceRisk;
import dev.cleave.report.JsonReport;
import dev.cleave.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration plan through the whole pipeline, with a real git history and cleave.yaml. */
class PlanPipelineTest {

  private static final Path SHOP = Path.of("test-fixtures", "shop").toAbsolutePath();

  @TempDir Path root;

  @Test
  void historyFeedsChurnAndOwnership() throws IOException, GitAPIException {
    copyShop();
    Files.writeString(root.resolve("cleave.yaml"), "teams:\n"
        + "  - name: team-checkout\n    members: [\"priya@northwind.example\"]\n"
        + "  - name: team-fulfilment\n    members: [\"olu@northwind.example\"]\n"
        + "  - name: team-platform\n    members: [\"marta@northwind.example\"]\n");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "Marta Nowak", "marta@northwind.example", "2024-01-01");
      // Fulfilment and checkout change the shipping classes equally: no clear owner.
      for (String day : List.of("2024-03-01", "2024-03-02")) {
        touch("shipping", day);
        commit(git, "Olu Adeyemi", "olu@northwind.example", day);
      }
      for (String day : List.of("2024-03-03", "2024-03-04")) {
        touch("shipping", day);
        commit(git, "Priya Raman", "priya@northwind.example", day);
      }
      touch("orders", "2024-03-05");
      commit(git, "Priya Raman", "priya@northwind.example", "2024-03-05");
    }

    Analysis analysis = analyse(AnalysisOptions.builder(root).threads(2).build());
    Plan plan = analysis.plan();
    String shipping = analysis.proposal().serviceOf("com.northwind.shop.shipping.ShipmentService")
        .name();

    assertThat(plan.historyRead()).isTrue();
    for (ServiceRisk service : plan.risks().services()) {
      for (RiskFactor factor : service.factors()) {
        assertThat(factor.note()).as(service.service()).isNotEqualTo("no history");
      }
    }
    Risk conflict = plan.risks().risks().stream()
        .filter(r -> r.id().equals(shipping + ":ownershipConflicts")).findFirst().orElseThrow();
    assertThat(conflict.measure()).contains("team-checkout", "team-fulfilment");
    assertThat(plan.risks().risks()).anyMatch(r -> r.id().equals(shipping + ":churn"));
  }

  @Test
  void planWrittenToJson() throws IOException {
    copyShop();
    Files.writeString(root.resolve("cleave.yaml"), "plan:\n  tiers:\n    admin: 4\n"
        + "  availability: 99.95\n");

    Analysis analysis = analyse(AnalysisOptions.builder(root).threads(2).readHistory(false)
        .build());
    JsonNode json = new ObjectMapper().readTree(JsonReport.write(analysis));

    assertThat(json.get("apis").size()).isEqualTo(analysis.plan().apis().size());
    assertThat(json.get("tables").size()).isEqualTo(23);
    assertThat(json.get("sqlStatements").get("read").asInt()).isEqualTo(35);
    assertThat(json.get("sharedDependencies").size()).isPositive();
    assertThat(json.get("tiers").get("services").size())
        .isEqualTo(analysis.plan().tiers().size());
    assertThat(json.get("availability").get("instanceAvailability").asDouble())
        .isEqualTo(0.9995);
    assertThat(json.get("risks").get("matrix").size()).isEqualTo(5);
    assertThat(json.get("risks").get("historyRead").asBoolean()).isFalse();
    assertThat(json.get("waves").get(0).get("libraries").get(0).asText()).isEqualTo("shared");
    assertThat(json.get("risks").get("services").get(0).get("factors").get(4).get("value")
        .isNull()).isTrue();
  }

  @Test
  void planFillsReportViews(@TempDir Path folder) throws IOException {
    copyShop();
    Analysis analysis = analyse(AnalysisOptions.builder(root).threads(2).readHistory(false)
        .build());

    Document page = Jsoup.parse(Reports.write(analysis, folder, "1.0").toFile(), "UTF-8");

    assertThat(page.select("#risks .not-analysed")).isEmpty();
    assertThat(page.select("#risk-list tbody tr")).hasSize(analysis.plan().risks().risks().size());
    assertThat(page.select("#waves ol.waves > li")).hasSize(analysis.plan().waves().size());
    assertThat(page.select("#waves ol.waves > li").first().text()).contains("shared (library)");
    assertThat(page.select("#tier-list tbody tr")).hasSize(analysis.plan().tiers().size());
    assertThat(page.select("#table-owners tbody tr")).hasSize(23);
    assertThat(page.select("#shared-dependencies tbody tr td:first-child").eachText())
        .contains("shared table", "mutable static state", "singleton", "shared configuration");
    assertThat(page.select("#shared .not-analysed")).isEmpty();
    // Only the owners are missing, since the run read no history.
    assertThat(page.select("#services .not-analysed").eachText())
        .containsOnly("not analysed in this run");
    assertThat(page.select("#services dl.facts").first().text()).contains("Tier 1");
  }

  @Test
  void invalidPlanSettingsRejected() throws IOException {
    copyShop();
    Files.writeString(root.resolve("cleave.yaml"), "plan:\n  tiers:\n    orders: 0\n");

    assertThatThrownBy(() -> analyse(AnalysisOptions.builder(root).readHistory(false).build()))
        .isInstanceOf(Cleave.InvalidSettingsException.class)
        .hasMessage("invalid plan settings in cleave.yaml: plan.tiers.orders: 0 is no tier;"
            + " use 1 (most critical) to 4 (internal)");
  }

  private static Analysis analyse(AnalysisOptions options) throws IOException {
    try {
      AnalysisOptions withConfig = AnalysisOptions.builder(options.root())
          .threads(options.threads()).readHistory(options.readHistory())
          .config(ConfigLoader.load(options.root().resolve("cleave.yaml")))
          .build();
      return new Cleave(withConfig, Progress.NONE).analyze(List.of());
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private void copyShop() throws IOException {
    try (Stream<Path> files = Files.walk(SHOP)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = root.resolve(SHOP.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /** Appends a comment to every Java file of the package, so that a commit changes them. */
  private void touch(String packageName, String day) throws IOException {
    Path folder = root.resolve("src/main/java/com/northwind/shop/" + packageName);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.writeString(file, Files.readString(file) + "// " + day + "\n");
      }
    }
  }

  private static void commit(Git git, String name, String email, String day)
      throws GitAPIException {
    git.add().addFilepattern(".").call();
    PersonIdent ident = new PersonIdent(name, email,
        LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    git.commit().setAuthor(ident).setCommitter(ident).setMessage("change on " + day)
        .setSign(false).call();
  }
}
