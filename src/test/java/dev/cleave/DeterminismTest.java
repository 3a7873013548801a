package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that {@code analysis.json} and {@code index.html} are byte-identical across runs,
 * thread counts, heap sizes, locales, time zones, default charsets and directory listing order.
 *
 * <p>The baseline is one run in this JVM; settings that are fixed when a JVM starts are tried
 * in forked JVMs on the same tree.
 */
class DeterminismTest {

  @TempDir static Path shared;

  private static Path project;
  private static byte[] baselineJson;
  private static byte[] baselineHtml;

  @BeforeAll
  static void analyseBaseline() throws IOException {
    project = shared.resolve("mixed project");
    TestProjects.writeMixedProject(project, false);
    Path output = shared.resolve("baseline");
    analyseInProcess(project, output, 2);
    baselineJson = Files.readAllBytes(output.resolve("analysis.json"));
    baselineHtml = Files.readAllBytes(output.resolve("index.html"));
  }

  private static void analyseInProcess(Path root, Path output, int threads) throws IOException {
    AnalysisOptions options = AnalysisOptions.builder(root.toRealPath())
        .output(output)
        .threads(threads)
        .build();
    new Cleave(options, Progress.NONE).analyzeAndWrite(List.of());
  }

  @Test
  void baselineCoversHardCases() {
    String json = new String(baselineJson, StandardCharsets.UTF_8);

    assertThat(json).contains("\"path\" : \"shop/src/main/java/com/shop/order/Äpfel Öl.java\"");
    assertThat(json).contains("\"path\" : \"shop/src/main/java/com/shop/order/a <&%# b.java\"");
    assertThat(json).contains("\"id\" : \"de.büro.Büroklammer\"");
    assertThat(json).contains("\"partial\" : true");
  }

  @Test
  void repeatedRunGivesSameBytes(@TempDir Path temp) throws IOException {
    analyseInProcess(project, temp.resolve("again"), 2);

    assertSameReport(temp.resolve("again"));
  }

  @Test
  void oneThreadGivesSameBytes(@TempDir Path temp) throws IOException {
    analyseInProcess(project, temp.resolve("one"), 1);

    assertSameReport(temp.resolve("one"));
  }

  @Test
  void fourThreadsGiveSameBytes(@TempDir Path temp) throws IOException {
    analyseInProcess(project, temp.resolve("four"), 4);

    assertSameReport(temp.resolve("four"));
  }

  static Stream<Arguments> jvmSettings() {
    return Stream.of(
        Arguments.of("Turkish locale", List.of("-Duser.language=tr", "-Duser.country=TR"),
            List.of("LC_ALL", "tr_TR.UTF-8"), List.of()),
        Arguments.of("POSIX locale", List.of(), List.of("LC_ALL", "C", "LANG", "C"), List.of()),
        Arguments.of("time zone", List.of("-Duser.timezone=Pacific/Kiritimati"),
            List.of("TZ", "Pacific/Kiritimati"), List.of()),
        Arguments.of("default charset", List.of("-Dfile.encoding=ISO-8859-1"), List.of(),
            List.of()),
        Arguments.of("small heap", List.of("-Xmx96m"), List.of(), List.of()),
        Arguments.of("large heap", List.of("-Xmx2g"), List.of(), List.of()),
        Arguments.of("one thread", List.of(), List.of(), List.of("--threads", "1")),
        Arguments.of("eight threads", List.of(), List.of(), List.of("--threads", "8")),
        Arguments.of("SOURCE_DATE_EPOCH", List.of(), List.of("SOURCE_DATE_EPOCH", "1700000000"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jvmSettings")
  void forkedJvmGivesSameBytes(String setting, List<String> jvmOptions, List<String> env,
      List<String> args, @TempDir Path temp) throws Exception {
    ForkedCleave fork = new ForkedCleave().jvm(jvmOptions.toArray(String[]::new));
    for (int i = 0; i < env.size(); i += 2) {
      fork.env(env.get(i), env.get(i + 1));
    }
    Path output = temp.resolve("report");
    List<String> command = new ArrayList<>(List.of("analyze", project.toString(), "-o",
        output.toString()));
    command.addAll(args);

    ForkedCleave.Result result = fork.run(temp.resolve("run"), command.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertSameReport(output);
  }

  @Test
  void listingOrderGivesSameBytes() throws IOException {
    // tmpfs lists a folder in the reverse order of creation, unlike ext4, which hashes names.
    Path tmpfs = Path.of("/dev/shm");
    Path parent = Files.createTempDirectory(Files.isWritable(tmpfs) ? tmpfs : shared, "order");
    try {
      Path first = parent.resolve("a/mixed project");
      Path second = parent.resolve("b/mixed project");
      TestProjects.writeMixedProject(first, false);
      TestProjects.writeMixedProject(second, true);
      Path area = Path.of("shop/src/main/java/com/shop/order");

      analyseInProcess(first, parent.resolve("first"), 2);
      analyseInProcess(second, parent.resolve("second"), 2);

      assertThat(listing(second.resolve(area))).isNotEqualTo(listing(first.resolve(area)));
      assertThat(parent.resolve("second/analysis.json"))
          .hasSameBinaryContentAs(parent.resolve("first/analysis.json"));
      assertThat(parent.resolve("second/index.html"))
          .hasSameBinaryContentAs(parent.resolve("first/index.html"));
    } finally {
      deleteTree(parent);
    }
  }

  @Test
  void reportHoldsNoTimestamp() {
    String both = new String(baselineJson, StandardCharsets.UTF_8)
        + new String(baselineHtml, StandardCharsets.UTF_8);
    String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());

    assertThat(both).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    assertThat(both).doesNotContain(year);
  }

  private static void assertSameReport(Path output) {
    assertThat(output.resolve("analysis.json")).hasBinaryContent(baselineJson);
    assertThat(output.resolve("index.html")).hasBinaryContent(baselineHtml);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).toList();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
