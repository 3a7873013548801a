package dev.cleave.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSettingsTest {

  @TempDir
  Path folder;

  @Test
  void defaultsFillEveryWeight() {
    ClusterSettings settings = ClusterSettings.defaults(7);

    assertThat(settings.weight(SignalKind.STRUCTURAL)).isEqualTo(1.0);
    assertThat(settings.weight(SignalKind.AUTHORS)).isEqualTo(0.25);
    assertThat(settings.minServiceSize()).isEqualTo(ClusterSettings.DEFAULT_MIN_SERVICE_SIZE);
    assertThat(settings.services()).isNull();
    assertThat(settings.seed()).isEqualTo(7);
  }

  @Test
  void yamlSectionOverridesAndCommandLineWins() throws IOException, ConfigException {
    Path file = folder.resolve("cleave.yaml");
    Files.writeString(file, """
        clustering:
          weights:
            vocabulary: 0
            data: 2.5
          services: 6
          minServiceSize: 3
          pin:
            billing: [com.acme.billing.**]
          apart:
            - [com.acme.A, com.acme.B]
        """);
    ProjectConfig config = ConfigLoader.load(file);

    ClusterSettings settings = ClusterSettings.of(config.clustering(), 4, null, 30, 1);

    assertThat(settings.weight(SignalKind.VOCABULARY)).isZero();
    assertThat(settings.weight(SignalKind.DATA)).isEqualTo(2.5);
    assertThat(settings.services()).isEqualTo(4);
    assertThat(settings.minServiceSize()).isEqualTo(3);
    assertThat(settings.maxServiceSize()).isEqualTo(30);
    assertThat(settings.pin()).containsKey("billing");
    assertThat(settings.apart()).hasSize(1);
  }

  @Test
  void unknownWeightIsRejectedWithLine() throws IOException {
    Path file = folder.resolve("cleave.yaml");
    Files.writeString(file, "clustering:\n  weights:\n    gravity: 1\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .hasMessageContaining(":3")
        .hasMessageContaining("unknown key 'gravity'");
  }

  @Test
  void negativeWeightIsRejected() {
    ProjectConfig.Clustering clustering = new ProjectConfig.Clustering(
        new ProjectConfig.Weights(-1.0, null, null, null, null, null, null, null), null, null, null, null,
        null, null, null, null);

    assertThatThrownBy(() -> ClusterSettings.of(clustering, null, null, null, 1))
        .hasMessageContaining("structural must be a number of at least 0, was -1.0");
  }

  @Test
  void minimumAboveMaximumIsRejected() {
    assertThatThrownBy(() -> ClusterSettings.of(ProjectConfig.defaults().clustering(), null, 9,
        5, 1)).hasMessageContaining("were 9 and 5");
  }
}
