package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line with a heap too small for its input, in a forked JVM. */
class OutOfMemoryTest {

  @TempDir Path temp;

  /**
   * Writes a project whose one generated file of 12 MB needs more than a 32 MB heap to decode
   * and parse, so the heap runs out at once instead of after minutes of garbage collection.
   */
  private Path writeProjectWithHugeFile() throws IOException {
    Path root = temp.resolve("huge");
    Path folder = Files.createDirectories(root.resolve("src/big"));
    StringBuilder text = new StringBuilder("package big;\npublic class Huge {\n");
    for (int i = 0; text.length() < 12 * 1024 * 1024; i++) {
      text.append("  static final int VALUE_").append(i).append(" = ").append(i).append(";\n");
    }
    Files.writeString(folder.resolve("Huge.java"), text.append("}\n"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(folder.resolve("Small" + i + ".java"),
          "package big;\nclass Small" + i + " { Huge huge; }\n");
    }
    return root;
  }

  private Path writeSmallProject() throws IOException {
    Path root = temp.resolve("small");
    Path folder = Files.createDirectories(root.resolve("src/small"));
    Files.writeString(folder.resolve("A.java"), "package small;\nclass A { B b; }\n");
    Files.writeString(folder.resolve("B.java"), "package small;\nclass B { }\n");
    return root;
  }

  @Test
  void smallHeapStopsWithCodeFour() throws Exception {
    Path output = temp.resolve("reports/project");
    ForkedCleave.Result previous = new ForkedCleave()
        .run(temp.resolve("first"), "analyze", writeSmallProject().toString(), "-o",
            output.toString());
    assertThat(previous.exitCode()).as(previous.err()).isZero();
    byte[] html = Files.readAllBytes(output.resolve("index.html"));
    byte[] json = Files.readAllBytes(output.resolve("analysis.json"));

    ForkedCleave.Result result = new ForkedCleave().jvm("-Xmx32m")
        .run(temp.resolve("second"), "analyze", writeProjectWithHugeFile().toString(), "-o",
            output.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).containsPattern("cleave: out of memory \\(heap: \\d+ MB used of"
        + " (3[0-2]|2\\d) MB maximum\\); no report was written. Give Java more memory, for"
        + " example: java -Xmx4g -jar cleave.jar ...");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(output.resolve("index.html")).hasBinaryContent(html);
    assertThat(output.resolve("analysis.json")).hasBinaryContent(json);
    try (Stream<Path> reports = Files.list(output.getParent())) {
      assertThat(reports.map(path -> path.getFileName().toString()).toList())
          .isEqualTo(List.of("project"));
    }
  }

  @Test
  void smallHeapWritesNoNewReport() throws Exception {
    Path output = temp.resolve("reports/huge");

    ForkedCleave.Result result = new ForkedCleave().jvm("-Xmx32m")
        .run(temp.resolve("run"), "analyze", writeProjectWithHugeFile().toString(), "-o",
            output.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(output).doesNotExist();
    assertThat(output.getParent()).doesNotExist();
  }
}
