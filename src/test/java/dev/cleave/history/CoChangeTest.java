package dev.cleave.history;

import static dev.cleave.history.HistoryFixtures.classAt;
import static dev.cleave.history.HistoryFixtures.options;
import static dev.cleave.history.HistoryFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.CoChange;
import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoChangeTest {

  private static final String ALICE = "alice@example.com";

  @TempDir Path temp;

  static java.util.stream.Stream<LogReader> readers() {
    return HistoryFixtures.readers();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void massChangeDoesNotCoupleClasses(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      for (int i = 1; i <= 3; i++) {
        repo.write("src/A.java", "a" + i + "\n").write("src/B.java", "b" + i + "\n")
            .commit("Alice", ALICE, "2024-01-0" + i);
      }
      repo.write("src/A.java", "a4\n").write("src/C.java", "c4\n")
          .commit("Alice", ALICE, "2024-01-04");
      repo.write("src/A.java", "A\n").write("src/B.java", "B\n").write("src/C.java", "C\n")
          .write("src/D.java", "D\n").commit("Formatter", "fmt@example.com", "2024-01-05");
      repo.write("src/C.java", "c6\n").write("src/D.java", "d6\n")
          .commit("Alice", ALICE, "2024-01-06");
    }
    ProjectConfig config = ProjectConfig.defaults()
        .withHistory(ProjectConfig.History.withCoChange(2, 2, 3));
    List<dev.cleave.model.ClassInfo> classes = List.of(classAt("p.A", "src/A.java"),
        classAt("p.B", "src/B.java"), classAt("p.C", "src/C.java"),
        classAt("p.D", "src/D.java"));

    History history = stage(options(temp, config).build(), reader).read().summarise(classes);

    assertThat(history.coChanges()).containsExactly(new CoChange("p.A", "p.B", 3, 4, 3));
    assertThat(history.coChanges().get(0).degree()).isEqualTo(3 / 3.5);
    ChangeStats a = history.classes().get("p.A");
    assertThat(a.commits()).isEqualTo(5);
    assertThat(history.classes().keySet()).containsExactly("p.A", "p.B", "p.C", "p.D");
    assertThat(history.classes().get("p.D").authors()).containsExactlyInAnyOrder(
        HistoryFixtures.id(ALICE), HistoryFixtures.id("fmt@example.com"));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void pairsBelowThresholdsAreDropped(LogReader reader) throws Exception {
    try (TestRepository repo = TestRepository.init(temp)) {
      for (int i = 1; i <= 4; i++) {
        repo.write("A.java", "a" + i + "\n").write("B.java", "b" + i + "\n")
            .commit("Alice", ALICE, "2024-01-0" + i);
      }
      repo.write("A.java", "a5\n").write("C.java", "c5\n").commit("Alice", ALICE, "2024-01-05");
    }
    List<dev.cleave.model.ClassInfo> classes = List.of(classAt("A", "A.java"),
        classAt("B", "B.java"), classAt("C", "C.java"));

    History defaults = stage(options(temp, ProjectConfig.defaults()).build(), reader).read()
        .summarise(classes);
    History lower = stage(options(temp, ProjectConfig.defaults()
        .withHistory(ProjectConfig.History.withCoChange(4, 4, 30))).build(), reader).read()
        .summarise(classes);

    assertThat(defaults.coChanges()).isEmpty();
    assertThat(lower.coChanges()).containsExactly(new CoChange("A", "B", 4, 5, 4));
  }
}
