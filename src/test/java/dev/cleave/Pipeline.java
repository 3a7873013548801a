package dev.cleave;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import dev.cleave.parse.ParseStage;
import dev.cleave.parse.ParsedSources;
import dev.cleave.resolve.Resolution;
import dev.cleave.resolve.ResolveStage;
import dev.cleave.source.SourceDiscovery;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the stages up to resolution on a folder, for tests of those stages. */
public final class Pipeline {

  private Pipeline() {}

  /** Returns the folder of shared test data beside the repository, failing if it is missing. */
  public static Path shared(String... parts) {
    Path path = Path.of("..", "shared").resolve(String.join("/", parts)).toAbsolutePath()
        .normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException("test data not found: " + path
          + "; the tests expect the shared folder beside the repository");
    }
    return path;
  }

  public static Resolution resolve(Path root) {
    return resolve(AnalysisOptions.builder(root).threads(2).build());
  }

  public static Resolution resolve(AnalysisOptions options) {
    try {
      SourceSet sources = new SourceDiscovery(options, List.of()).discover();
      ParsedSources parsed = new ParseStage(options.threads(), Progress.NONE).parse(sources);
      return new ResolveStage(options.threads(), Progress.NONE).resolve(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
