package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.options;
import static dev.cleave.history.HistoryFixtures.read;
import static dev.cleave.history.HistoryFixtures.stage;
import static dev.cleave.history.HistoryFixtures.tenDayHalfLife;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HistoryStatusTest {

  private static final String ALICE = "alice@example.com";

  @TempDir Path temp;

  static java.util.stream.Stream<LogReader> readers() {
    return HistoryFixtures.readers();
  }

  @Test
  void folderOutsideRepositoryHasNoHistory() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("plain"));

    History history = read(folder, ProjectConfig.defaults(), new JGitLog(2));

    assertThat(history.status()).isEqualTo(History.Status.NO_REPOSITORY);
    assertThat(history.wasRead()).isFalse();
    assertThat(history.reason()).isEqualTo("No git repository contains the analysed folder,"
        + " so there are no teams, owners or co-change. Analyse a git checkout to get them.");
    assertThat(history.files()).isEmpty();
    assertThat(history.teams()).isEmpty();
  }

  @Test
  void repositoryWithoutCommitsHasNoHistory() throws Exception {
    try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
      History history = read(temp, ProjectConfig.defaults(), new JGitLog(2));

      assertThat(history.status()).isEqualTo(History.Status.NO_COMMITS);
      assertThat(history.reason()).isEqualTo("The git repository has no commit yet, so there"
          + " are no teams, owners or co-change.");
    }
  }

  @Test
  void noHistoryOptionSkipsReading() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "a\n").commit("Alice", ALICE, "2024-01-01");
    }

    History history = stage(options(temp, ProjectConfig.defaults()).readHistory(false).build(),
        new JGitLog(2)).read().files();

    assertThat(history.status()).isEqualTo(History.Status.DISABLED);
    assertThat(history.commitsRead()).isZero();
    assertThat(history.reason()).isEqualTo("Reading the git history was turned off"
        + " (--no-history), so there are no teams, owners or co-change.");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void detachedHeadIsReadAndSaid(LogReader reader) throws Exception {
    RevCommit second;
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "a\n").commit("Alice", ALICE, "2024-01-01");
      second = repo.write("a.txt", "b\n").commit("Alice", ALICE, "2024-01-02");
      repo.write("a.txt", "c\n").commit("Alice", ALICE, "2024-01-03");
      repo.git().checkout().setName(second.name()).call();
    }

    History history = read(temp, tenDayHalfLife(), reader);

    assertThat(history.status()).isEqualTo(History.Status.DETACHED_HEAD);
    assertThat(history.commitsRead()).isEqualTo(2);
    assertThat(history.reason()).isEqualTo("HEAD is detached at "
        + second.abbreviate(7).name() + ", not on a branch; the history of that commit was"
        + " read.");
  }

  @ParameterizedTest
  @MethodSource("readers")
  void shallowCloneReadsCommitsPresent(LogReader reader) throws Exception {
    Path source = temp.resolve("source");
    try (TestRepository repo = TestRepository.init(source)) {
      repo.write("a.txt", "1\n").commit("Alice", ALICE, "2024-01-01");
      repo.write("a.txt", "2\n").commit("Alice", ALICE, "2024-01-02");
      repo.write("a.txt", "3\n").write("b.txt", "b\n").commit("Bob", "bob@example.com",
          "2024-01-03");
    }
    Path clone = temp.resolve("clone");
    git(temp, "clone", "--quiet", "--depth", "2", source.toUri().toString(), clone.toString());

    History history = read(clone, tenDayHalfLife(), reader);

    assertThat(history.status()).isEqualTo(History.Status.SHALLOW);
    assertThat(history.wasRead()).isTrue();
    assertThat(history.commitsRead()).isEqualTo(1);
    assertThat(history.files()).hasSize(2);
    assertThat(history.files().get(0).stats().commits()).isEqualTo(1);
    assertThat(history.reason()).isEqualTo("The clone is shallow: the history stops at 1"
        + " commit whose parents were not fetched, so older changes are missing, and the"
        + " changes of that commit are left out because they cannot be told apart from the"
        + " code before it. Owners and teams show only the commits present. Run git fetch"
        + " --unshallow to read the whole history.");
  }

  @Test
  void failingReaderFallsBackToNext() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write("a.txt", "a\n").commit("Alice", ALICE, "2024-01-01");
    }
    LogReader missingGit = new GitCommandLog(temp.resolve("no-such-git").toString());

    History history = new HistoryStage(options(temp, ProjectConfig.defaults()).build(),
        dev.cleave.model.Progress.NONE, List.of(missingGit, new JGitLog(2))).read().files();

    assertThat(history.status()).isEqualTo(History.Status.COMPLETE);
    assertThat(history.reader()).isEqualTo("JGit");
    assertThat(history.commitsRead()).isEqualTo(1);
    assertThat(history.notes().get(0)).startsWith("The git reader failed (Cannot run program");
    assertThat(history.notes().get(0)).endsWith("; JGit read the history instead.");
  }

  static void git(Path directory, String... arguments) throws IOException,
      InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}
