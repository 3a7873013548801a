package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.graph.DependencyGraphs;
import dev.cleave.graph.GraphStage;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.Progress;
import dev.cleave.model.Service;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ParseStage;
import dev.cleave.parse.ParsedSources;
import dev.cleave.report.Reports;
import dev.cleave.resolve.Resolution;
import dev.cleave.resolve.ResolveStage;
import dev.cleave.resolve.SqlUse;
import dev.cleave.source.ExcludedFile;
import dev.cleave.source.SourceDiscovery;
import dev.cleave.source.SourceFile;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each stage on the bundled shop monolith and checks the facts its README states: the
 * files, the classes, the SQL, the entry points, the dependencies and the package cycle.
 */
class ShopFixtureTest {

  private static final Path SHOP = Path.of("test-fixtures/shop");
  private static final String ROOT = "com.northwind.shop.";

  private static SourceSet sources;
  private static ParsedSources parsed;
  private static Resolution resolution;

  @BeforeAll
  static void runStages() throws IOException {
    AnalysisOptions options = AnalysisOptions.builder(SHOP.toRealPath()).threads(2).build();
    sources = new SourceDiscovery(options, List.of()).discover();
    parsed = new ParseStage(2, Progress.NONE).parse(sources);
    resolution = new ResolveStage(2, Progress.NONE).resolve(parsed);
  }

  private static ClassInfo classInfo(String simpleId) {
    return resolution.classes().stream().filter(c -> c.id().equals(ROOT + simpleId))
        .findFirst().orElseThrow(() -> new AssertionError("no class " + simpleId));
  }

  private static Dependency dependency(String source, String target) {
    return resolution.dependencies().stream()
        .filter(d -> d.source().equals(ROOT + source) && d.target().equals(ROOT + target))
        .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " -> " + target));
  }

  @Nested
  class Discovery {

    @Test
    void findsMainSourcesOnly() {
      assertThat(sources.files()).hasSize(116);
      assertThat(sources.modules()).containsExactly("");
      assertThat(sources.files()).extracting(SourceFile::sourceRoot).containsOnly("src/main/java");
      assertThat(sources.files()).extracting(f -> f.encoding().name()).containsOnly("UTF-8");
    }

    @Test
    void excludesTheFourTests() {
      assertThat(sources.excluded()).extracting(ExcludedFile::path).containsExactly(
          "src/test/java/com/northwind/shop/common/MoneyTest.java",
          "src/test/java/com/northwind/shop/common/ShopUtilsTest.java",
          "src/test/java/com/northwind/shop/orders/DiscountServiceTest.java",
          "src/test/java/com/northwind/shop/payments/CardNumberMaskerTest.java");
      assertThat(sources.excluded()).extracting(ExcludedFile::reason)
          .containsOnly(ExcludedFile.Reason.TEST_SOURCE);
    }
  }

  @Nested
  class Parsing {

    @Test
    void parsesEveryFile() {
      assertThat(parsed.files()).allMatch(FileFacts::parsed);
      assertThat(parsed.files()).allMatch(f -> f.problems().isEmpty());
      assertThat(parsed.files().stream().mapToInt(FileFacts::lines).sum()).isEqualTo(5836);
    }

    @Test
    void findsQueriesInTheTenClassesThatHoldThem() {
      Set<String> classes = new TreeSet<>();
      for (SqlUse use : resolution.sql()) {
        classes.add(use.classId().substring(ROOT.length()));
      }

      // Eight classes hold SQL; ProductRepository and ShipmentService hold JPQL, which reads
      // the same way until the data stage tells entities from tables.
      assertThat(classes).containsExactly("admin.PriceImportTool", "persistence.CustomerJdbcDao",
          "persistence.NotificationLogDao", "persistence.OrderJdbcDao",
          "persistence.ProductRepository", "persistence.RefundDao", "persistence.ReportingDao",
          "persistence.StockJdbcDao", "persistence.TrackingEventDao", "shipping.ShipmentService");
    }

    @Test
    void joinsConcatenatedSql() {
      assertThat(resolution.sql()).extracting(SqlUse::text)
          .anyMatch(text -> text.startsWith("SELECT") && text.contains("stock_level")
              && text.contains("JOIN"));
    }
  }

  @Nested
  class Resolution_ {

    @Test
    void findsEveryClass() {
      assertThat(resolution.classes()).hasSize(116);
      assertThat(resolution.classes()).extracting(ClassInfo::packageName).map(p -> p)
          .containsOnly("com.northwind.shop", "com.northwind.shop.admin",
              "com.northwind.shop.catalog", "com.northwind.shop.common",
              "com.northwind.shop.customers", "com.northwind.shop.inventory",
              "com.northwind.shop.notify", "com.northwind.shop.orders",
              "com.northwind.shop.payments", "com.northwind.shop.persistence",
              "com.northwind.shop.shipping", "com.northwind.shop.web");
    }

    @Test
    void resolvesEntryPointAnnotations() {
      assertThat(classInfo("web.CartController").annotations())
          .contains("org.springframework.web.bind.annotation.RestController");
      assertThat(classInfo("admin.ReservationCleanupJob").methodAnnotations())
          .contains("org.springframework.scheduling.annotation.Scheduled");
      assertThat(classInfo("notify.OrderEventListener").methodAnnotations())
          .contains("org.springframework.jms.annotation.JmsListener");
      assertThat(classInfo("admin.AdminDashboardServlet").supertypes())
          .containsExactly("jakarta.servlet.http.HttpServlet");
      assertThat(classInfo("admin.PriceImportTool").flags())
          .contains(ClassInfo.Flag.MAIN_METHOD);
    }

    @Test
    void findsTheCycleBetweenOrdersAndPayments() {
      assertThat(dependency("orders.OrderService", "payments.RefundService").kinds())
          .containsKey(DependencyKind.METHOD_CALL);
      assertThat(dependency("payments.RefundService", "orders.OrderService").kinds())
          .containsKey(DependencyKind.METHOD_CALL);
    }

    @Test
    void findsMisplacedClassesThroughTheirUse() {
      assertThat(dependency("notify.NotificationService", "customers.WelcomeEmailTemplate")
          .codeCount()).isPositive();
      assertThat(dependency("shipping.ShipmentService", "orders.ShippingRateCalculator")
          .codeCount()).isPositive();
    }

    @Test
    void javadocOnlyEdgeWeighsNothing() {
      assertThat(dependency("web.RequestContext", "web.SessionFilter").kinds().keySet())
          .containsExactly(DependencyKind.JAVADOC);
    }

    @Test
    void countsDependenciesAndUnresolved() {
      assertThat(resolution.dependencies()).hasSize(377);
      assertThat(resolution.unresolved().total()).isEqualTo(17);
    }
  }

  @Nested
  class Graphs {

    @Test
    void findsOnePackageCycleOfTen() {
      DependencyGraphs graphs = GraphStage.build(resolution.classes(), resolution.dependencies());

      assertThat(graphs.packageCycles()).hasSize(1);
      assertThat(graphs.packageCycles().get(0)).hasSize(10)
          .doesNotContain("com.northwind.shop.web", "com.northwind.shop.common");
      assertThat(graphs.classes().vertexSet()).hasSize(116);
    }
  }

  @Nested
  class Reports_ {

    @Test
    void everyClassIsInOneServiceOrLibrary() throws IOException {
      Analysis analysis = new Cleave(
          AnalysisOptions.builder(SHOP.toRealPath()).readHistory(false).build(),
          Progress.NONE).analyze(List.of());

      List<String> assigned = java.util.stream.Stream.concat(
          analysis.proposal().services().stream().flatMap(service -> service.classes().stream()),
          analysis.proposal().sharedLibraries().stream()
              .flatMap(library -> library.classes().stream())).toList();
      assertThat(assigned).hasSize(116).doesNotHaveDuplicates();
      assertThat(analysis.proposal().services()).extracting(Service::name).doesNotHaveDuplicates();
    }

    @Test
    void writesTheSameBytesTwice(@TempDir Path temp) throws IOException {
      Path first = temp.resolve("first");
      Path second = temp.resolve("second");
      for (Path output : List.of(first, second)) {
        Analysis analysis = new Cleave(AnalysisOptions.builder(SHOP.toRealPath()).threads(
            output == first ? 1 : 2).readHistory(false).build(), Progress.NONE).analyze(List.of());
        Reports.write(analysis, output, "test");
      }

      assertThat(Files.readAllBytes(first.resolve("analysis.json")))
          .isEqualTo(Files.readAllBytes(second.resolve("analysis.json")));
      assertThat(Files.readAllBytes(first.resolve("index.html")))
          .isEqualTo(Files.readAllBytes(second.resolve("index.html")));
    }

    @Test
    void jsonHasTheDocumentedFields(@TempDir Path temp) throws IOException {
      Analysis analysis = new Cleave(
          AnalysisOptions.builder(SHOP.toRealPath()).readHistory(false).build(),
          Progress.NONE).analyze(List.of());
      Reports.write(analysis, temp, "test");

      JsonNode json = new ObjectMapper().readTree(
          Files.readString(temp.resolve("analysis.json"), StandardCharsets.UTF_8));

      assertThat(json.get("classes")).hasSize(116);
      JsonNode product = json.get("classes").get(0);
      assertThat(product.get("name").asText()).isEqualTo("com.northwind.shop.ShopConfiguration");
      assertThat(product.get("path").asText())
          .isEqualTo("src/main/java/com/northwind/shop/ShopConfiguration.java");
      assertThat(product.get("lines").asInt()).isPositive();
      JsonNode firstDependency = json.get("dependencies").get(0);
      assertThat(firstDependency.get("kinds").fieldNames()).toIterable().isNotEmpty();
      assertThat(json.get("services").get(0).get("classes")).isNotEmpty();
      assertThat(json.get("diagnostics")).isEmpty();
    }
  }
}
