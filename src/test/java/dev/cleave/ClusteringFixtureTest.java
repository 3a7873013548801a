package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Evaluation;
import dev.cleave.model.Progress;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Service;
import dev.cleave.report.JsonReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clustering of the shop fixture, end to end, against its expected services. */
class ClusteringFixtureTest {

  private static final Path SHOP = Path.of("test-fixtures", "shop").toAbsolutePath();
  private static final String PACKAGE = "com.northwind.shop.";

  private static Analysis analysis;

  @BeforeAll
  static void analyseShop() throws IOException {
    analysis = analyse(options().threads(2).build());
  }

  @Test
  void shopMatchesExpectedServices() {
    Evaluation evaluation = analysis.evaluation();

    assertThat(evaluation.scoredClasses()).isEqualTo(116);
    assertThat(evaluation.missingClasses()).isEmpty();
    assertThat(evaluation.mojoFm()).isGreaterThanOrEqualTo(90.0);
  }

  @Test
  void sharedLibraryHoldsUtilities() {
    assertThat(analysis.proposal().sharedLibraries()).hasSize(1);
    assertThat(analysis.proposal().sharedLibraries().get(0).classes()).contains(
        PACKAGE + "common.Money", PACKAGE + "common.ShopUtils", PACKAGE + "common.BaseEntity",
        PACKAGE + "common.ShopConstants", PACKAGE + "common.ShopException");
    assertThat(analysis.proposal().sharedLibraries().get(0).reasons()
        .get(PACKAGE + "common.Money")).startsWith("used by ").contains("services (");
  }

  @Test
  void everyClassOfAServiceHasReason() {
    for (Service service : analysis.proposal().services()) {
      assertThat(service.reasons().keySet()).containsExactlyElementsOf(service.classes());
    }
  }

  @Test
  void metricsAreInTheirRanges() {
    assertThat(analysis.metrics().modularity()).isBetween(0.3, 1.0);
    assertThat(analysis.metrics().interCallPercentage()).isBetween(0.0, 1.0);
    assertThat(analysis.metrics().teamSizeReduction()).isNull();
  }

  @Test
  void sameOutputForOneAndTwoThreads() throws IOException {
    String twoThreads = JsonReport.write(analysis);
    String oneThread = JsonReport.write(analyse(options().threads(1).build()));
    String again = JsonReport.write(analyse(options().threads(2).build()));

    assertThat(oneThread).isEqualTo(twoThreads);
    assertThat(again).isEqualTo(twoThreads);
  }

  @Test
  void constraintsAreRespected() throws IOException {
    ProjectConfig.Clustering clustering = new ProjectConfig.Clustering(null, null, null, null,
        null, null,
        Map.of("warehouse", List.of(PACKAGE + "web.StockController", PACKAGE + "inventory.*")),
        List.of(List.of(PACKAGE + "orders.OrderService", PACKAGE + "shipping.ShipmentService")),
        List.of(List.of(PACKAGE + "orders.Cart", PACKAGE + "orders.CartItem")));
    Analysis constrained = analyse(options()
        .config(new ProjectConfig(null, clustering, null, null)).build());

    Service warehouse = service(constrained, "warehouse");
    assertThat(warehouse.classes()).contains(PACKAGE + "web.StockController",
        PACKAGE + "inventory.StockService", PACKAGE + "inventory.Warehouse");
    assertThat(warehouse.reasons().get(PACKAGE + "web.StockController"))
        .startsWith("pinned to warehouse in cleave.yaml");
    assertThat(serviceOf(constrained, PACKAGE + "orders.OrderService"))
        .isEqualTo(serviceOf(constrained, PACKAGE + "shipping.ShipmentService"));
    assertThat(serviceOf(constrained, PACKAGE + "orders.Cart"))
        .isNotEqualTo(serviceOf(constrained, PACKAGE + "orders.CartItem"));
  }

  @Test
  void servicesOptionAimsAtCount() throws IOException {
    Analysis four = analyse(options().services(4).build());

    long services = four.proposal().services().stream()
        .filter(s -> !s.name().equals("isolated")).count();
    assertThat(services).isEqualTo(4);
  }

  @Test
  void sizeLimitsBoundServices() throws IOException {
    Analysis bounded = analyse(options().minServiceSize(8).maxServiceSize(20).build());

    for (Service service : bounded.proposal().services()) {
      assertThat(service.classes().size()).as(service.name()).isBetween(8, 20);
    }
  }

  private static String serviceOf(Analysis result, String classId) {
    return result.proposal().serviceOf(classId).name();
  }

  private static Service service(Analysis result, String name) {
    return result.proposal().services().stream().filter(s -> s.name().equals(name))
        .findFirst().orElseThrow();
  }

  /**
   * Returns the options of the shop's runs. The shop's history is that of Cleave's repository,
   * which changes and may be shallow, so it is not read.
   */
  private static AnalysisOptions.Builder options() {
    return AnalysisOptions.builder(SHOP).truth(SHOP.resolve("expected-services.csv"))
        .readHistory(false);
  }

  private static Analysis analyse(AnalysisOptions options) throws IOException {
    return new Cleave(options, Progress.NONE).analyze(List.of());
  }
}
