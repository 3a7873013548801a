package dev.cleave.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderHistoryTest {

  @TempDir Path temp;

  private Path write(String text) throws Exception {
    return Files.writeString(temp.resolve("cleave.yaml"), text);
  }

  @Test
  void historyTeamsAndOwnershipSectionsLoad() throws Exception {
    Path file = write("""
        history:
          since: 2023-06-01
          halfLifeDays: 180
          bots: ["ci-*"]
          minRevisions: 3
          minSharedRevisions: 2
          maxChangeSetSize: 20
          teamSimilarity: 0.5
        teams:
          - name: payments
            members: ["*@payments.example.com", "Alice *"]
            paths: ["billing/**"]
          - name: logistics
            members: ["carol@example.com"]
        ownership:
          clearOwnerShare: 0.6
          closeMargin: 0.1
          servicesPerMember: 0.25
          knowledgeRiskShare: 0.9
        """);

    ProjectConfig config = ConfigLoader.load(file);

    assertThat(config.history().sinceDate()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(config.history().halfLifeDays()).isEqualTo(180.0);
    assertThat(config.history().bots()).containsExactly("ci-*");
    assertThat(config.history().minRevisions()).isEqualTo(3);
    assertThat(config.history().minSharedRevisions()).isEqualTo(2);
    assertThat(config.history().maxChangeSetSize()).isEqualTo(20);
    assertThat(config.history().teamSimilarity()).isEqualTo(0.5);
    assertThat(config.teams()).containsExactly(
        new ProjectConfig.Team("payments", List.of("*@payments.example.com", "Alice *"),
            List.of("billing/**")),
        new ProjectConfig.Team("logistics", List.of("carol@example.com"), List.of()));
    assertThat(config.ownership()).isEqualTo(
        new ProjectConfig.Ownership(0.6, 0.1, 0.25, 0.9));
    assertThat(config.ownership().capacity(7)).isEqualTo(1);
  }

  @Test
  void defaultsApplyWithoutSections() throws Exception {
    ProjectConfig config = ConfigLoader.load(write("analysis:\n  includeTests: true\n"));

    assertThat(config.history().halfLifeDays()).isEqualTo(365.0);
    assertThat(config.history().minRevisions()).isEqualTo(5);
    assertThat(config.history().minSharedRevisions()).isEqualTo(5);
    assertThat(config.history().maxChangeSetSize()).isEqualTo(30);
    assertThat(config.history().bots()).isEqualTo(ProjectConfig.History.DEFAULT_BOTS);
    assertThat(config.teams()).isEmpty();
    assertThat(config.ownership()).isEqualTo(new ProjectConfig.Ownership(0.5, 0.15, 0.5, 0.8));
    assertThat(config.ownership().capacity(1)).isEqualTo(1);
    assertThat(config.ownership().capacity(5)).isEqualTo(2);
  }

  @Test
  void unknownTeamKeyNamesLine() throws Exception {
    Path file = write("""
        teams:
          - name: payments
            member: ["alice@example.com"]
        """);

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":3: unknown key 'member'; the keys allowed here are: members, name,"
            + " paths");
  }

  @Test
  void invalidSinceNamesValue() throws Exception {
    Path file = write("history:\n  since: last year\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("since must be an ISO date such as 2024-01-31, was last year");
  }

  @Test
  void shareAboveOneIsRejected() throws Exception {
    Path file = write("ownership:\n  clearOwnerShare: 1.5\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("clearOwnerShare must be between 0 and 1, was 1.5");
  }
}
