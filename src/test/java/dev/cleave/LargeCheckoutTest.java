package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analyses a generated checkout of 100,000 small files. It takes minutes, so it is tagged
 * {@code large} and left out of the default build: {@code mvn test -Dgroups=large
 * -DexcludedGroups= -Dtest=LargeCheckoutTest}.
 */
@Tag("large")
class LargeCheckoutTest {

  private static final int FILES = 100_000;

  @TempDir Path temp;

  @Test
  void hundredThousandFilesAnalysed() throws IOException {
    Path root = temp.resolve("checkout");
    for (int i = 0; i < FILES; i++) {
      String pkg = "big.m" + (i / 10_000) + ".p" + (i / 100);
      Path folder = root.resolve("module" + (i / 10_000) + "/src/main/java/"
          + pkg.replace('.', '/'));
      if (i % 100 == 0) {
        Files.createDirectories(folder);
      }
      String next = "C" + (i % 100 == 99 ? i - 99 : i + 1);
      Files.writeString(folder.resolve("C" + i + ".java"),
          "package " + pkg + ";\npublic class C" + i + " { " + next + " next; }\n");
    }
    long start = System.nanoTime();

    Analysis analysis = new Cleave(AnalysisOptions.builder(root).build(), Progress.NONE)
        .analyze(List.of());

    System.out.printf("analysed %d files in %d s%n", analysis.project().files(),
        (System.nanoTime() - start) / 1_000_000_000L);
    assertThat(analysis.project().files()).isEqualTo(FILES);
    assertThat(analysis.project().partial()).isFalse();
    assertThat(analysis.structure().classes()).hasSize(FILES);
  }
}
