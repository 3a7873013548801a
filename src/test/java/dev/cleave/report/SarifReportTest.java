package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.ShopProject;
import dev.cleave.check.Baseline;
import dev.cleave.model.Analysis;
import dev.cleave.model.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

  @TempDir Path temp;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two forbidden dependencies and an accepted service without a team. */
  private Analysis analysis() throws Exception {
    ShopProject project = new ShopProject(temp.resolve("shop"))
        .java("com.shop.payments.Gateway", "public class Gateway {}")
        .java("com.shop.orders.Cart", "import com.shop.payments.Gateway;",
            "public class Cart {", "  Gateway gateway;", "}")
        .java("com.shop.orders.Straße", "import com.shop.payments.Gateway;",
            "public class Straße {", "  Gateway gateway;", "}")
        .config("services:", "  - name: orders", "    team: a", "    packages: [com.shop.orders]",
            "  - name: payments", "    packages: [com.shop.payments]");
    Path baseline = temp.resolve("baseline.json");
    Baseline.write(baseline, project.analyze().conformance().violations().subList(0, 1));
    return project.baseline(baseline).analyze();
  }

  @Test
  void sarifHasRequiredProperties() throws Exception {
    JsonNode log = JSON.readTree(SarifReport.write(analysis(), "1.2.3"));

    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
    assertThat(log.path("runs").size()).isEqualTo(1);
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("Cleave");
    assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
    List<String> ruleIds = new ArrayList<>();
    driver.path("rules").forEach(rule -> ruleIds.add(rule.path("id").asText()));
    assertThat(ruleIds).containsExactly("forbidden-dependency", "service-cycle",
        "unassigned-class", "ambiguous-class", "ownership", "tier-inversion");
    for (JsonNode rule : driver.path("rules")) {
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
    }
    assertThat(run.path("results").size()).isEqualTo(3);
    for (JsonNode result : run.path("results")) {
      assertThat(result.path("message").path("text").asText()).isNotBlank();
      int index = result.path("ruleIndex").asInt(-1);
      assertThat(index).isBetween(0, ruleIds.size() - 1);
      assertThat(ruleIds.get(index)).isEqualTo(result.path("ruleId").asText());
      JsonNode location = result.path("locations").get(0).path("physicalLocation");
      assertThat(location.path("artifactLocation").path("uri").asText()).isNotBlank();
      assertThat(location.path("region").path("startLine").asInt()).isPositive();
      assertThat(result.path("partialFingerprints").path("cleaveKey/v1").asText())
          .isNotBlank();
    }
  }

  @Test
  void sarifLocationsAndSuppressions() throws Exception {
    JsonNode results = JSON.readTree(SarifReport.write(analysis(), "1.2.3"))
        .path("runs").get(0).path("results");

    List<String> rows = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode location = result.path("locations").get(0).path("physicalLocation");
      rows.add(result.path("ruleId").asText() + " "
          + location.path("artifactLocation").path("uri").asText() + ":"
          + location.path("region").path("startLine").asInt() + " "
          + location.path("artifactLocation").path("uriBaseId").asText() + " "
          + result.path("suppressions").size());
    }
    assertThat(rows).containsExactly(
        "ownership cleave.yaml:5 %SRCROOT% 1",
        "forbidden-dependency src/main/java/com/shop/orders/Cart.java:5 %SRCROOT% 0",
        "forbidden-dependency src/main/java/com/shop/orders/Stra%C3%9Fe.java:5 %SRCROOT% 0");
    assertThat(results.get(0).path("suppressions").get(0).path("kind").asText())
        .isEqualTo("external");
  }

  @Test
  void sarifSameBytesEveryRun() throws Exception {
    Analysis analysis = analysis();

    assertThat(SarifReport.write(analysis, "1")).isEqualTo(SarifReport.write(analysis, "1"));
  }

  @Test
  void uriEncodesSpacesAndSchemeLikePaths() {
    assertThat(SarifReport.uri("src/my app/A.java")).isEqualTo("src/my%20app/A.java");
    assertThat(SarifReport.uri("c:odd/A.java")).isEqualTo("./c:odd/A.java");
    assertThat(SarifReport.uri("a/b:c/A.java")).isEqualTo("a/b:c/A.java");
  }

  @Test
  void ruleIndexIsOrdinal() {
    for (Rule rule : Rule.values()) {
      assertThat(Rule.byId(rule.id())).isSameAs(rule);
    }
  }
}
