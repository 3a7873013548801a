package dev.cleave.history;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Shared setup of the history tests: readers, settings and stage runs. */
final class HistoryFixtures {

  private HistoryFixtures() {}

  /** Both log readers, for tests that must hold for each. */
  static Stream<LogReader> readers() {
    return Stream.of(new GitCommandLog("git"), new JGitLog(2));
  }

  /** Settings with a half-life of ten days, so commits ten days apart weigh 1, 1/2, 1/4. */
  static ProjectConfig tenDayHalfLife() {
    return ProjectConfig.defaults().withHistory(
        new ProjectConfig.History(null, 10.0, null, null, null, null, null));
  }

  static History read(Path root, ProjectConfig config, LogReader reader) {
    return stage(AnalysisOptions.builder(root).config(config).build(), reader).read().files();
  }

  static HistoryStage stage(AnalysisOptions options, LogReader reader) {
    return new HistoryStage(options, Progress.NONE, List.of(reader));
  }

  static AnalysisOptions.Builder options(Path root, ProjectConfig config) {
    return AnalysisOptions.builder(root).config(config);
  }

  static String id(String email) {
    return Pseudonyms.of(email);
  }

  static ClassInfo classAt(String id, String path) {
    return new ClassInfo(id, id, path, "", ClassInfo.Kind.CLASS, 10, List.of(), List.of(),
        List.of(), List.of(), Set.of());
  }
}
