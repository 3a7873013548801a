package dev.cleave.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Runs the whole pipeline on small trees of mutated files: no exception escapes, every file
 * is counted as analysed or left out, and every file that did not parse has an error.
 */
class PipelineFuzzTest {

  private static final List<String> SAMPLES = JavaSamples.withFixtures();

  @Property(tries = 12, seed = "20261204")
  void mutatedTreeAnalysedOrReported(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Path root = Files.createTempDirectory("cleave-pipeline-fuzz");
    try {
      int count = 3 + random.nextInt(10);
      for (int i = 0; i < count; i++) {
        String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
        byte[] bytes = random.nextInt(4) == 0 ? sample.getBytes(StandardCharsets.UTF_8)
            : ParseFuzzTest.mutate(sample, random, 1 + random.nextInt(6));
        Path folder = Files.createDirectories(root.resolve("src/p" + random.nextInt(3)));
        Files.write(folder.resolve("F" + i + ".java"), bytes);
      }

      Analysis analysis = new Cleave(AnalysisOptions.builder(root).threads(2).build(),
          Progress.NONE).analyze(List.of());

      int excluded = analysis.project().excluded().stream().mapToInt(ExcludedFiles::count).sum();
      assertThat(analysis.project().files() + excluded).isEqualTo(count);
      Set<String> withErrors = new TreeSet<>();
      for (Diagnostic diagnostic : Cleave.errors(analysis)) {
        withErrors.add(diagnostic.path());
      }
      assertThat(withErrors.size()).isLessThanOrEqualTo(analysis.project().unparsedFiles());
      assertThat(analysis.project().partial()).isEqualTo(!withErrors.isEmpty());
    } catch (Cleave.NoJavaSourcesException e) {
      assertThat(e.sources().excluded()).isNotEmpty();
    } finally {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
