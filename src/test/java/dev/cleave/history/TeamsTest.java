package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.id;
import static dev.cleave.history.HistoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Team;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsTest {

  private static final String ALICE = "alice@example.com";
  private static final String BOB = "bob@example.com";
  private static final String CAROL = "carol@example.com";
  private static final String DAN = "dan@example.com";

  @TempDir Path temp;

  /** Alice and Bob change billing, Carol and Dan shipping; Dan once changes billing too. */
  private void twoGroups() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("billing/Invoice.java", "1\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("billing/Invoice.java", "2\n").commit("Bob", BOB, "2024-01-02");
      repo.write("billing/Tax.java", "1\n").commit("Bob", BOB, "2024-01-03");
      repo.write("shipping/Parcel.java", "1\n").commit("Carol", CAROL, "2024-01-04");
      repo.write("shipping/Parcel.java", "2\n").commit("Dan", DAN, "2024-01-05");
      repo.write("shipping/Route.java", "1\n").commit("Dan", DAN, "2024-01-06");
      repo.write("billing/Tax.java", "2\n").commit("Dan", DAN, "2024-01-07");
    }
  }

  private static ChangeStats stats(History history, String path) {
    return history.files().stream().filter(f -> f.path().equals(path))
        .map(FileHistory::stats).findFirst().orElseThrow();
  }

  @Test
  void inferredTeamsGroupAuthorsOfSameFolders() throws Exception {
    twoGroups();

    History history = read(temp, HistoryFixtures.tenDayHalfLife(), new JGitLog(2));

    assertThat(history.teamSource()).isEqualTo(History.TeamSource.INFERRED);
    assertThat(history.teams()).extracting(Team::name).containsExactly("inferred-1",
        "inferred-2");
    Team shipping = history.teams().get(0);
    assertThat(shipping.members()).containsExactlyElementsOf(
        List.of(id(CAROL), id(DAN)).stream().sorted().toList());
    assertThat(shipping.inferred()).isTrue();
    assertThat(shipping.focus()).containsExactly("shipping", "billing");
    assertThat(history.teams().get(1).members()).containsExactlyElementsOf(
        List.of(id(ALICE), id(BOB)).stream().sorted().toList());
    assertThat(stats(history, "billing/Tax.java").recentByTeam()).isEqualTo(Map.of(
        "inferred-1", 1.0, "inferred-2", Math.pow(0.5, 0.4)));
    assertThat(history.notes()).contains("The teams were inferred from who changes the same"
        + " folders, because cleave.yaml declares none and the repository has no CODEOWNERS.");
  }

  @Test
  void declaredTeamsCountByMemberThenPath() throws Exception {
    twoGroups();
    ProjectConfig config = HistoryFixtures.tenDayHalfLife().withTeams(List.of(
        new ProjectConfig.Team("payments", List.of("alice@*", "Bob"), List.of("billing/**")),
        new ProjectConfig.Team("logistics", List.of("carol@example.com"),
            List.of("shipping/**"))));

    History history = read(temp, config, new JGitLog(2));

    assertThat(history.teamSource()).isEqualTo(History.TeamSource.DECLARED);
    assertThat(history.teams()).extracting(Team::name).containsExactly("payments", "logistics");
    assertThat(history.teams().get(0).members()).containsExactlyElementsOf(
        List.of(id(ALICE), id(BOB)).stream().sorted().toList());
    assertThat(history.teams().get(0).paths()).containsExactly("billing/**");
    assertThat(history.teams().get(1).members()).containsExactlyElementsOf(
        List.of(id(CAROL), id(DAN)).stream().sorted().toList());
    assertThat(stats(history, "billing/Tax.java").recentByTeam())
        .isEqualTo(Map.of("payments", Math.pow(0.5, 0.4) + 1.0));
    assertThat(stats(history, "shipping/Route.java").recentByTeam())
        .isEqualTo(Map.of("logistics", Math.pow(0.5, 0.1)));
  }

  @Test
  void teamWithoutPathsLeavesChangesUnattributed() throws Exception {
    twoGroups();
    ProjectConfig config = HistoryFixtures.tenDayHalfLife().withTeams(List.of(
        new ProjectConfig.Team("payments", List.of("alice@example.com"), List.of())));

    History history = read(temp, config, new JGitLog(2));

    assertThat(stats(history, "billing/Invoice.java").recentByTeam())
        .isEqualTo(Map.of("payments", Math.pow(0.5, 0.6)));
    assertThat(stats(history, "shipping/Route.java").recentByTeam()).isEmpty();
    assertThat(history.teams().get(0).members()).containsExactly(id(ALICE));
  }

  @Test
  void codeOwnersTeamsCountByPath() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write(".github/CODEOWNERS", """
          # owners
          /billing/  @acme/payments
          /shipping/ @acme/logistics carol@example.com
          """);
      repo.write("billing/Invoice.java", "1\n").commit("Alice", ALICE, "2024-01-10");
      repo.write("shipping/Parcel.java", "1\n").commit("Carol", CAROL, "2024-01-10");
      repo.write("shipping/Parcel.java", "2\n").commit("Alice", ALICE, "2024-01-10");
    }

    History history = read(temp, HistoryFixtures.tenDayHalfLife(), new JGitLog(2));

    assertThat(history.teamSource()).isEqualTo(History.TeamSource.CODEOWNERS);
    assertThat(history.teams()).extracting(Team::name)
        .containsExactly("@acme/logistics", "@acme/payments", "carol@example.com");
    assertThat(stats(history, "shipping/Parcel.java").recentByTeam())
        .isEqualTo(Map.of("@acme/logistics", 1.0, "carol@example.com", 1.0));
    assertThat(stats(history, "billing/Invoice.java").recentByTeam())
        .isEqualTo(Map.of("@acme/payments", 1.0));
    assertThat(stats(history, ".github/CODEOWNERS").recentByTeam()).isEmpty();
    Team carol = history.teams().get(2);
    assertThat(carol.members()).containsExactly(id(CAROL));
    assertThat(carol.paths()).containsExactly("/shipping/");
    assertThat(history.teams().get(1).paths()).containsExactly("/billing/");
    assertThat(history.teams().get(1).members()).containsExactly(id(ALICE));
    assertThat(history.notes()).contains("The teams are the owners in .github/CODEOWNERS.");
  }

  @Test
  void declaredTeamsWinOverCodeOwners() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("CODEOWNERS", "* @acme/everyone\n");
      repo.write("a.txt", "1\n").commit("Alice", ALICE, "2024-01-10");
    }
    ProjectConfig config = ProjectConfig.defaults().withTeams(List.of(
        new ProjectConfig.Team("core", List.of("*"), List.of())));

    History history = read(temp, config, new JGitLog(2));

    assertThat(history.teams()).extracting(Team::name).containsExactly("core");
    assertThat(history.teams().get(0).activeMembers()).containsExactly(id(ALICE));
  }

  @Test
  void activeMembersCommittedWithinHalfLife() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("a.txt", "2\n").commit("Bob", BOB, "2024-01-20");
      repo.write("a.txt", "3\n").commit("Carol", CAROL, "2024-01-30");
    }

    History history = read(temp, HistoryFixtures.tenDayHalfLife(), new JGitLog(2));

    assertThat(history.teams()).hasSize(1);
    assertThat(history.teams().get(0).members()).hasSize(3);
    assertThat(history.teams().get(0).activeMembers()).containsExactlyElementsOf(
        List.of(id(BOB), id(CAROL)).stream().sorted().toList());
  }
}
