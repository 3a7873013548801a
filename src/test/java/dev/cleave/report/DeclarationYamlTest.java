package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.config.ConfigLoader;
import dev.cleave.model.AllowedDependency;
import dev.cleave.model.DeclaredLibrary;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationYamlTest {

  @TempDir Path temp;

  @Test
  void declarationRoundTripsThroughLoader() throws Exception {
    ProjectConfig config = new ProjectConfig(
        new ProjectConfig.Analysis(true, "ISO-8859-1", List.of("src/**"), List.of("*: <odd>")),
        null,
        List.of(
            new DeclaredService("orders", List.of("Ordres & Co: \"team\""), 1,
                List.of("com.shop.orders"), List.of("com.shop.web.Order*"), List.of(
                    AllowedDependency.valueOf("catalog"),
                    new AllowedDependency("pay-ments", AllowedDependency.Mode.ASYNC))),
            new DeclaredService("catalog", List.of(), null, List.of("com.shop.catalog"),
                List.of(), List.of()),
            new DeclaredService("pay-ments", List.of("a", "b"), 4, List.of(), List.of(),
                List.of())),
        List.of(new DeclaredLibrary("kernel", List.of("com.shop.common"), List.of())));
    Path file = temp.resolve("cleave.yaml");

    Files.writeString(file, DeclarationYaml.write(config));
    ProjectConfig read = ConfigLoader.load(file);

    assertThat(read).isEqualTo(config);
  }

  @Test
  void yamlShowsEveryKeyPlainly() throws Exception {
    ProjectConfig config = new ProjectConfig(null, null, List.of(new DeclaredService("orders", null,
        null, List.of("com.shop.orders"), null, List.of(AllowedDependency.valueOf("catalog"),
            new AllowedDependency("catalog2", AllowedDependency.Mode.FALLBACK)))), null);

    String yaml = DeclarationYaml.write(config);

    assertThat(yaml).startsWith(DeclarationYaml.HEADER);
    String body = yaml.substring(DeclarationYaml.HEADER.length());
    assertThat(body).startsWith("""
        analysis:
          includeTests: null
          encoding: null
          include: []
          exclude: []
        """);
    assertThat(body).contains("\nclustering:\n");
    assertThat(body.substring(body.indexOf("\nservices:\n") + 1,
        body.indexOf("\nhistory:\n") + 1)).isEqualTo("""
        services:
          - name: orders
            team: ""
            tier: null
            packages:
              - com.shop.orders
            classes: []
            allowedDependencies:
              - catalog
              - service: catalog2
                mode: fallback
        sharedLibraries: []
        """);
    assertThat(body.substring(body.indexOf("\nteams:") + 1)).isEqualTo("""
        teams: []
        ownership:
          clearOwnerShare: 0.5
          closeMargin: 0.15
          servicesPerMember: 0.5
          knowledgeRiskShare: 0.8
        plan:
          tiers: {}
          targets:
            "1": 99.95
            "2": 99.9
            "3": 99.5
            "4": 99.0
          availability: 99.9
          serviceAvailability: {}
          async: []
        """);
  }
}
