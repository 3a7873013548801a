package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.classAt;
import static dev.cleave.history.HistoryFixtures.options;
import static dev.cleave.history.HistoryFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.MergeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git command line and JGit must read the same commits and give the same history. */
class LogReadersTest {

  private static final String ALICE = "alice@example.com";
  private static final String BOB = "bob@example.com";

  @TempDir Path temp;

  /**
   * Builds a history with a rename, a binary file, a deletion, a branch and its merge, a
   * Latin-1 author with and without an encoding header, a bot and a mailmap.
   */
  @BeforeEach
  void buildRepository() throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      repo.write(".mailmap", "Alice Example <alice@example.com> <alice@old.example>\n");
      repo.lines("app/src/Order.java", "order", 30).lines("app/src/Item.java", "item", 12)
          .commit("Alice", "alice@old.example", "2024-01-01");
      Files.write(temp.resolve("app/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
      repo.lines("app/src/Item.java", "item", 14).commit("Bob", BOB, "2024-01-02");
      repo.git().branchCreate().setName("feature").call();
      repo.move("app/src/Order.java", "app/src/sales/Order.java")
          .lines("app/src/sales/Order.java", "order", 31).commit("Alice", ALICE, "2024-01-03");
      repo.git().checkout().setName("feature").call();
      repo.lines("app/src/Item.java", "item", 15).write("app/src/Util.java", "u\n")
          .commit("Bob", BOB, "2024-01-04");
      repo.git().checkout().setName("main").call();
      MergeResult merge = repo.git().merge().include(repo.git().getRepository()
          .resolve("feature")).setCommit(false).call();
      assertThat(merge.getMergeStatus().isSuccessful()).isTrue();
      repo.commit("Alice", ALICE, "2024-01-05");
      repo.delete("app/src/Util.java").commit("Bob", BOB, "2024-01-06");
      repo.write("app/src/Item.java", "rewritten\n");
      repo.commitEncoded("Jürgen Groß", "jg@example.com", "2024-01-07",
          StandardCharsets.ISO_8859_1, true);
      repo.write("app/src/sales/Order.java", "short\n");
      repo.commitEncoded("Zoë", "zoe@example.com", "2024-01-08", StandardCharsets.ISO_8859_1,
          false);
      repo.write("app/pom.xml", "<project/>\n").commit("dependabot[bot]", "bot@example.com",
          "2024-01-09");
    }
  }

  private static List<RawCommit> read(LogReader reader, Path root) throws Exception {
    try (GitRepository repository = GitRepository.open(root.toRealPath())) {
      return reader.read(repository, null, Progress.NONE).stream()
          .sorted(Comparator.comparing(RawCommit::id)).toList();
    }
  }

  private static RawCommit commitOn(List<RawCommit> commits, String day) {
    long seconds = TestRepository.noon(day).getEpochSecond();
    return commits.stream().filter(c -> c.authorTime() == seconds).findFirst().orElseThrow();
  }

  @Test
  void readersListEqualCommits() throws Exception {
    List<RawCommit> git = read(new GitCommandLog("git"), temp);
    List<RawCommit> jgit = read(new JGitLog(2), temp);

    assertThat(git).isEqualTo(jgit);
    assertThat(git).hasSize(9);
    assertThat(commitOn(git, "2024-01-03").changes()).containsExactly(new FileChange(
        FileChange.Kind.RENAMED, "app/src/Order.java", "app/src/sales/Order.java", 1, 0));
    assertThat(commitOn(git, "2024-01-02").changes()).containsExactly(
        new FileChange(FileChange.Kind.ADDED, "app/logo.png", "app/logo.png", 0, 0),
        new FileChange(FileChange.Kind.MODIFIED, "app/src/Item.java", "app/src/Item.java", 2, 0));
    assertThat(commitOn(git, "2024-01-05").parents()).hasSize(2);
    assertThat(commitOn(git, "2024-01-05").changes()).isEmpty();
    assertThat(commitOn(git, "2024-01-07").authorName()).isEqualTo("Jürgen Groß");
    assertThat(commitOn(git, "2024-01-08").authorName()).isEqualTo("Zoë");
  }

  @Test
  void readersGiveEqualHistory() throws Exception {
    ProjectConfig config = HistoryFixtures.tenDayHalfLife()
        .withHistory(ProjectConfig.History.withCoChange(1, 1, 30));
    var classes = List.of(classAt("sales.Order", "src/sales/Order.java"),
        classAt("Item", "src/Item.java"));
    var options = options(temp.resolve("app"), config).showAuthors(true).build();

    History git = stage(options, new GitCommandLog("git")).read().summarise(classes);
    History jgit = stage(options, new JGitLog(2)).read().summarise(classes);

    assertThat(git.reader()).isEqualTo("git");
    assertThat(jgit.reader()).isEqualTo("JGit");
    assertThat(comparable(git)).isEqualTo(comparable(jgit));
    assertThat(git.commitsRead()).isEqualTo(7);
    assertThat(git.botCommits()).isEqualTo(1);
    assertThat(git.people()).hasSize(4);
    assertThat(git.classes().get("sales.Order").commits()).isEqualTo(3);
    assertThat(git.coChanges()).hasSize(1);
  }

  /** Returns the history without the reader's name and time, which differ by design. */
  private static History comparable(History history) {
    return new History(history.status(), history.reason(), history.notes(), "",
        history.commitsRead(), history.botCommits(), history.newestCommit(),
        history.oldestCommit(), history.since(), history.halfLifeDays(),
        history.authorsShown(), Duration.ZERO, history.people(), history.teamSource(),
        history.teams(), history.files(), history.classes(), history.coChanges());
  }

  @Test
  void newestFirstPutsChildrenBeforeParents() throws Exception {
    List<RawCommit> ordered = CommitOrder.newestFirst(read(new JGitLog(2), temp));

    assertThat(ordered).extracting(c -> Instant.ofEpochSecond(c.authorTime()).toString())
        .containsExactly("2024-01-09T12:00:00Z", "2024-01-08T12:00:00Z",
            "2024-01-07T12:00:00Z", "2024-01-06T12:00:00Z", "2024-01-05T12:00:00Z",
            "2024-01-04T12:00:00Z", "2024-01-03T12:00:00Z", "2024-01-02T12:00:00Z",
            "2024-01-01T12:00:00Z");
  }
}
