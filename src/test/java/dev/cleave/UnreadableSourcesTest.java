package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analyses a tree with a file and a folder that the user may not read, in a forked JVM.
 *
 * <p>Root reads every file, so when the tests run as root the JVM is started by {@code
 * setpriv} without the capabilities that bypass file permissions; it stays root otherwise, so
 * it can still read the test classpath.
 */
class UnreadableSourcesTest {

  @TempDir Path temp;

  private Path root;
  private Path secretFile;
  private Path secretFolder;

  @BeforeEach
  void writeTree() throws IOException {
    root = temp.resolve("project");
    Path source = Files.createDirectories(root.resolve("src/app"));
    Files.writeString(source.resolve("Main.java"), "package app;\nclass Main { Helper h; }\n");
    Files.writeString(source.resolve("Helper.java"), "package app;\nclass Helper { }\n");
    secretFile = Files.writeString(source.resolve("Secret.java"),
        "package app;\nclass Secret { }\n");
    secretFolder = Files.createDirectories(source.resolve("hidden"));
    Files.writeString(secretFolder.resolve("Inside.java"),
        "package app.hidden;\nclass Inside { }\n");
    Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(secretFolder, PosixFilePermissions.fromString("---------"));
  }

  @AfterEach
  void restorePermissions() throws IOException {
    Files.setPosixFilePermissions(secretFolder, PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
  }

  private ForkedCleave.Result analyse(String... extra) throws Exception {
    ForkedCleave fork = new ForkedCleave();
    if ((Integer) Files.getAttribute(secretFile, "unix:uid") == 0) {
      fork.under("setpriv", "--bounding-set=-dac_override,-dac_read_search");
    }
    List<String> args = new ArrayList<>(List.of("analyze", root.toString(), "-o",
        temp.resolve("report").toString()));
    args.addAll(List.of(extra));
    return fork.run(temp.resolve("run"), args.toArray(String[]::new));
  }

  @Test
  void unreadableFileAndFolderReported() throws Exception {
    ForkedCleave.Result result = analyse();

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Analysed 2 files");
    assertThat(result.err()).contains("cleave: warning: the analysis is partial: 2 files or"
        + " folders could not be read or parsed completely; the report lists them.");
    String json = Files.readString(temp.resolve("report/analysis.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"path\" : \"src/app/Secret.java\"")
        .contains("\"message\" : \"not analysed: cannot read the file: permission denied\"")
        .contains("\"path\" : \"src/app/hidden\"")
        .contains("\"message\" : \"not analysed: cannot open the folder: permission denied\"")
        .contains("\"partial\" : true");
  }

  @Test
  void failOnPartialReturnsCodeFive() throws Exception {
    ForkedCleave.Result result = analyse("--fail-on-partial");

    assertThat(result.exitCode()).isEqualTo(5);
    assertThat(temp.resolve("report/index.html")).isRegularFile();
  }
}
