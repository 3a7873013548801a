package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.ForkedCleave;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir Path temp;

  private static Map<String, byte[]> report(String marker) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("analysis.json",
        ("{\"run\": \"" + marker + "\"}\n").getBytes(StandardCharsets.UTF_8));
    files.put("index.html", ("<p>" + marker + "</p>\n").getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(temp)) {
      return entries.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void newFolderGetsFilesAndManifest() throws IOException {
    Path output = temp.resolve("report");

    new ReportWriter(output).write(report("first"));

    assertThat(output.resolve("index.html")).hasContent("<p>first</p>");
    assertThat(output.resolve(".cleave-manifest")).hasContent("analysis.json\nindex.html");
    assertThat(siblings()).containsExactly("report");
  }

  @Test
  void secondRunReplacesFiles() throws IOException {
    Path output = temp.resolve("report");
    new ReportWriter(output).write(report("first"));

    new ReportWriter(output).write(report("second"));

    assertThat(output.resolve("index.html")).hasContent("<p>second</p>");
    assertThat(output.resolve("analysis.json")).hasContent("{\"run\": \"second\"}");
    assertThat(siblings()).containsExactly("report");
  }

  @Test
  void diskFullLeavesPreviousReport() throws IOException {
    Path output = temp.resolve("report");
    new ReportWriter(output).write(report("first"));
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    files.put("analysis.json", out -> out.write("{\"run\": \"second\"}".getBytes()));
    files.put("index.html", out -> {
      out.write("<p>half".getBytes());
      throw new IOException("No space left on device");
    });

    assertThatThrownBy(() -> new ReportWriter(output).writeAll(files))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");

    assertThat(output.resolve("index.html")).hasContent("<p>first</p>");
    assertThat(output.resolve("analysis.json")).hasContent("{\"run\": \"first\"}");
    assertThat(siblings()).containsExactly("report");
  }

  @Test
  void renderErrorLeavesNoFolder() {
    Path output = temp.resolve("report");
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    files.put("index.html", out -> {
      throw new IllegalStateException("the report template failed");
    });

    assertThatThrownBy(() -> new ReportWriter(output).writeAll(files))
        .isInstanceOf(IllegalStateException.class);

    assertThat(output).doesNotExist();
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void foreignFileNotOverwritten() throws IOException {
    Path output = Files.createDirectories(temp.resolve("report"));
    Files.writeString(output.resolve("index.html"), "the user's own page");

    assertThatThrownBy(() -> new ReportWriter(output).write(report("first")))
        .isInstanceOf(ReportWriter.ForeignFileException.class)
        .hasMessage(output.resolve("index.html") + " exists and Cleave did not create it;"
            + " remove it or choose another output folder");

    assertThat(output.resolve("index.html")).hasContent("the user's own page");
    assertThat(output.resolve("analysis.json")).doesNotExist();
    assertThat(siblings()).containsExactly("report");
  }

  @Test
  void foreignFilesBesideReportKept() throws IOException {
    Path output = Files.createDirectories(temp.resolve("report"));
    Files.writeString(output.resolve("notes.txt"), "mine");

    new ReportWriter(output).write(report("first"));
    new ReportWriter(output).write(report("second"));

    assertThat(output.resolve("notes.txt")).hasContent("mine");
    assertThat(output.resolve("index.html")).hasContent("<p>second</p>");
  }

  @Test
  void staleListedFileDeleted() throws IOException {
    Path output = temp.resolve("report");
    Map<String, byte[]> first = report("first");
    first.put("graph.dot", "digraph {}".getBytes(StandardCharsets.UTF_8));
    new ReportWriter(output).write(first);

    new ReportWriter(output).write(report("second"));

    assertThat(output.resolve("graph.dot")).doesNotExist();
    assertThat(output.resolve(".cleave-manifest")).hasContent("analysis.json\nindex.html");
  }

  @Test
  void manifestCannotReachOutside() throws IOException {
    Path output = Files.createDirectories(temp.resolve("report"));
    Path victim = Files.writeString(temp.resolve("victim.txt"), "keep me");
    Files.writeString(output.resolve(".cleave-manifest"), "../victim.txt\n/etc/hostname\n");

    new ReportWriter(output).write(report("first"));

    assertThat(victim).hasContent("keep me");
    assertThat(output.resolve("index.html")).hasContent("<p>first</p>");
  }

  @Test
  void fileNamesLeavingFolderRejected() {
    ReportWriter writer = new ReportWriter(temp.resolve("report"));

    assertThatThrownBy(() -> writer.write(Map.of("../escape.html", new byte[0])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a file name inside the report folder: ../escape.html");
  }

  @Test
  void outputThatIsFileRejected() throws IOException {
    Path output = Files.writeString(temp.resolve("report"), "a file");

    assertThatThrownBy(() -> new ReportWriter(output).write(report("first")))
        .hasMessage(output + " is a file, not a folder");

    assertThat(output).hasContent("a file");
  }

  @Test
  void abandonedStagingOfStoppedRunDeleted() throws IOException {
    Path abandoned = Files.createDirectories(temp.resolve(".report.tmp-1234"));
    Files.writeString(abandoned.resolve(".cleave-staging"), "2147483646");
    Files.writeString(abandoned.resolve("index.html"), "<p>cut");
    Path running = Files.createDirectories(temp.resolve(".report.tmp-5678"));
    Files.writeString(running.resolve(".cleave-staging"),
        Long.toString(ProcessHandle.current().pid()));
    Path unmarked = Files.createDirectories(temp.resolve(".report.tmp-9abc"));

    new ReportWriter(temp.resolve("report")).write(report("first"));

    assertThat(siblings()).containsExactly(".report.tmp-5678", ".report.tmp-9abc", "report");
    assertThat(unmarked).isEmptyDirectory();
  }

  @Test
  void stoppedRunLeavesPreviousReport(@TempDir Path work) throws Exception {
    Path output = temp.resolve("report");
    new ReportWriter(output).write(report("first"));
    Path ready = temp.resolve("ready");

    Process process = new ForkedCleave().main(BlockingReportMain.class.getName())
        .start(work, output.toString(), ready.toString());
    for (int i = 0; i < 600 && !Files.exists(ready) && process.isAlive(); i++) {
      Thread.sleep(100);
    }
    assertThat(ready).exists();
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Files.delete(ready);

    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(output.resolve("index.html")).hasContent("<p>first</p>");
    assertThat(output.resolve("analysis.json")).hasContent("{\"run\": \"first\"}");
    assertThat(siblings()).containsExactly("report");
  }
}
