package dev.cleave.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludePatternsTest {

  @TempDir Path temp;

  private void java(String path, String packageName) throws Exception {
    Path file = temp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package " + packageName + ";\nclass X {}\n");
  }

  @Test
  void includesAndExcludesCombine() throws Exception {
    java("core/src/main/java/a/X.java", "a");
    java("core/src/main/java/a/legacy/X.java", "a.legacy");
    java("web/src/main/java/b/X.java", "b");
    ProjectConfig config = new ProjectConfig(new ProjectConfig.Analysis(null, null,
        List.of("core/**"), List.of()), null, null, null);
    AnalysisOptions options = AnalysisOptions.builder(temp.toRealPath()).config(config)
        .excludes(List.of("**/legacy/**")).build();

    SourceSet sources = new SourceDiscovery(options, List.of()).discover();

    assertThat(sources.files()).extracting(SourceFile::path)
        .containsExactly("core/src/main/java/a/X.java");
    assertThat(sources.excluded()).extracting(f -> f.path() + " " + f.reason()).containsExactly(
        "core/src/main/java/a/legacy/X.java EXCLUDED_BY_CONFIG",
        "web/src/main/java/b/X.java NOT_INCLUDED");
  }
}
