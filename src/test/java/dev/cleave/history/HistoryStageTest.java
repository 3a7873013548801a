package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.id;
import static dev.cleave.history.HistoryFixtures.read;
import static dev.cleave.history.HistoryFixtures.tenDayHalfLife;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.Person;
import dev.cleave.model.ProjectConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HistoryStageTest {

  private static final String ALICE = "alice@example.com";
  private static final String BOB = "bob@example.com";

  @TempDir Path temp;

  static java.util.stream.Stream<LogReader> readers() {
    return HistoryFixtures.readers();
  }

  private static FileHistory file(History history, String path) {
    return history.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void statsCountCommitsLinesAndRecentWork(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("A.java", "one\ntwo\nthree\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("A.java", "one\nTWO\nthree\n").write("B.java", "b\nb\n")
          .commit("Bob", BOB, "2024-01-11");
      repo.write("A.java", "one\nTWO\nthree\nfour\n").commit("Alice", ALICE, "2024-01-21");
    }

    History history = read(temp, tenDayHalfLife(), reader);

    assertThat(history.status()).isEqualTo(History.Status.COMPLETE);
    assertThat(history.reason()).isEmpty();
    assertThat(history.reader()).isEqualTo(reader.name());
    assertThat(history.commitsRead()).isEqualTo(3);
    assertThat(history.newestCommit()).isEqualTo(Instant.parse("2024-01-21T12:00:00Z"));
    assertThat(history.oldestCommit()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
    assertThat(history.files()).extracting(FileHistory::path).containsExactly("A.java", "B.java");
    ChangeStats a = file(history, "A.java").stats();
    assertThat(a.commits()).isEqualTo(3);
    assertThat(a.linesAdded()).isEqualTo(5);
    assertThat(a.linesRemoved()).isEqualTo(1);
    assertThat(a.lastChange()).isEqualTo(Instant.parse("2024-01-21T12:00:00Z"));
    assertThat(a.recentChanges()).isEqualTo(1.75);
    assertThat(a.commitsByAuthor()).isEqualTo(Map.of(id(ALICE), 2, id(BOB), 1));
    assertThat(a.recentByAuthor()).isEqualTo(Map.of(id(ALICE), 1.25, id(BOB), 0.5));
    ChangeStats b = file(history, "B.java").stats();
    assertThat(b.commits()).isEqualTo(1);
    assertThat(b.linesAdded()).isEqualTo(2);
    assertThat(b.recentChanges()).isEqualTo(0.5);
    assertThat(history.people()).extracting(Person::id).containsExactlyInAnyOrder(id(ALICE),
        id(BOB));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void renamedFileKeepsItsHistory(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.lines("old/Account.java", "line", 20).commit("Alice", ALICE, "2024-01-01");
      repo.lines("old/Account.java", "line", 21).commit("Bob", BOB, "2024-01-02");
      repo.move("old/Account.java", "billing/Account.java")
          .lines("billing/Account.java", "line", 22).commit("Alice", ALICE, "2024-01-03");
    }

    History history = read(temp, tenDayHalfLife(), reader);

    assertThat(history.files()).extracting(FileHistory::path)
        .containsExactly("billing/Account.java");
    ChangeStats stats = file(history, "billing/Account.java").stats();
    assertThat(stats.commits()).isEqualTo(3);
    assertThat(stats.linesAdded()).isEqualTo(22);
    assertThat(stats.linesRemoved()).isEqualTo(0);
    assertThat(stats.commitsByAuthor()).isEqualTo(Map.of(id(ALICE), 2, id(BOB), 1));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void fileAddedAgainStartsNewHistory(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("A.java", "first life\n").commit("Alice", ALICE, "2024-01-01");
      repo.delete("A.java").write("keep.txt", "x\n").commit("Alice", ALICE, "2024-01-02");
      repo.write("A.java", "second\nlife\n").commit("Bob", BOB, "2024-01-03");
    }

    History history = read(temp, tenDayHalfLife(), reader);

    ChangeStats stats = file(history, "A.java").stats();
    assertThat(stats.commits()).isEqualTo(1);
    assertThat(stats.linesAdded()).isEqualTo(2);
    assertThat(stats.commitsByAuthor()).isEqualTo(Map.of(id(BOB), 1));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void botCommitsAreLeftOut(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("pom.xml", "<project/>\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("pom.xml", "<project>1</project>\n").commit("dependabot[bot]",
          "49699333+dependabot[bot]@users.noreply.github.com", "2024-01-05");
      repo.write("pom.xml", "<project>2</project>\n").commit("Renovate Bot",
          "bot@renovateapp.com", "2024-01-06");
    }

    History history = read(temp, tenDayHalfLife(), reader);

    assertThat(history.commitsRead()).isEqualTo(1);
    assertThat(history.botCommits()).isEqualTo(2);
    assertThat(history.newestCommit()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
    assertThat(history.people()).extracting(Person::id).containsExactly(id(ALICE));
    assertThat(file(history, "pom.xml").stats().commits()).isEqualTo(1);
    assertThat(history.notes()).contains("2 commits by bot accounts were left out.");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void configuredBotPatternsReplaceDefaults(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("a.txt", "2\n").commit("Release Robot", "releases@example.com", "2024-01-02");
      repo.write("a.txt", "3\n").commit("dependabot[bot]", "dependabot@example.com",
          "2024-01-03");
    }
    ProjectConfig config = ProjectConfig.defaults().withHistory(new ProjectConfig.History(
        null, null, List.of("release*"), null, null, null, null));

    History history = read(temp, config, reader);

    assertThat(history.botCommits()).isEqualTo(1);
    assertThat(history.commitsRead()).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("readers")
  void sinceLeavesOutOlderCommits(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "1\n").commit("Alice", ALICE, "2023-12-31");
      repo.write("a.txt", "2\n").commit("Bob", BOB, "2024-01-01");
      repo.write("a.txt", "3\n").commit("Bob", BOB, "2024-02-01");
    }
    ProjectConfig config = ProjectConfig.defaults().withHistory(new ProjectConfig.History(
        "2024-01-01", null, null, null, null, null, null));

    History history = read(temp, config, reader);

    assertThat(history.commitsRead()).isEqualTo(2);
    assertThat(history.since()).hasToString("2024-01-01");
    assertThat(history.people()).extracting(Person::id).containsExactly(id(BOB));
    assertThat(history.notes()).contains("Only commits committed on or after 2024-01-01 were"
        + " read.");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void subfolderOfRepositoryIsAnalysed(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.lines("legacy/Order.java", "order", 20).write("docs/readme.txt", "r\n")
          .commit("Alice", ALICE, "2024-01-01");
      repo.move("legacy/Order.java", "app/src/Order.java").write("app/pom.xml", "<p/>\n")
          .commit("Bob", BOB, "2024-01-02");
      repo.write("docs/readme.txt", "r2\n").commit("Bob", BOB, "2024-01-03");
    }

    History history = read(temp.resolve("app"), tenDayHalfLife(), reader);

    assertThat(history.files()).extracting(FileHistory::path)
        .containsExactly("pom.xml", "src/Order.java");
    assertThat(file(history, "src/Order.java").stats().commits()).isEqualTo(2);
    assertThat(history.commitsRead()).isEqualTo(2);
  }
}
