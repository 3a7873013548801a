package dev.cleave.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaveCommandLineTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ExitCode run(String... args) {
    return new CleaveCommandLine(new PrintWriter(out), new PrintWriter(err), false).run(args);
  }

  @Test
  void noArgumentsPrintsUsage() {
    ExitCode code = run();

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(out.toString()).startsWith("usage: cleave <command>");
  }

  @Test
  void versionPrintsVersion() {
    ExitCode code = run("--version");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).matches("cleave \\S+\\R");
  }

  @Test
  void unknownCommandNamesIt() {
    ExitCode code = run("analyse");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: unknown command 'analyse'; the commands are:"
        + " analyze (see cleave --help)" + System.lineSeparator());
  }

  @Test
  void missingFolderIsUsageError() {
    Path missing = temp.resolve("nowhere");

    ExitCode code = run("analyze", missing.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: folder not found: " + missing
        + System.lineSeparator());
  }

  @Test
  void folderWithoutJavaIsUsageError() throws IOException {
    Files.writeString(temp.resolve("README.txt"), "no code here");

    ExitCode code = run("analyze", temp.toString(), "-o", temp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("cleave: no Java source files to analyse in ");
    assertThat(err.toString().lines().count()).isEqualTo(1);
  }

  @Test
  void badThreadCountNamesValue() throws IOException {
    ExitCode code = run("analyze", temp.toString(), "--threads", "zero");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: --threads must be a whole number of at least 1,"
        + " was: zero" + System.lineSeparator());
  }

  @Test
  void unknownOptionIsUsageError() {
    ExitCode code = run("analyze", "--colour");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--colour").doesNotContain("Exception");
  }

  @Test
  void outputEqualToRootIsRejected() throws IOException {
    ExitCode code = run("analyze", temp.toString(), "-o", temp.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: the output folder " + temp.toRealPath()
        + " is the analysed folder itself; choose another output folder"
        + System.lineSeparator());
  }

  @Test
  void analyzeWritesReportAndJson() throws IOException {
    Path source = temp.resolve("app/src/main/java/org/example");
    Files.createDirectories(source);
    Files.writeString(source.resolve("Greeter.java"),
        "package org.example;\npublic class Greeter { Names names = new Names(); }\n");
    Files.writeString(source.resolve("Names.java"),
        "package org.example;\npublic class Names { String first() { return \"Ada\"; } }\n");
    Path output = temp.resolve("report");

    ExitCode code = run("analyze", temp.resolve("app").toString(), "-o", output.toString());

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).startsWith(
        "Analysed 2 files (4 lines): 2 classes, 1 dependencies, 1 services proposed.");
    assertThat(output.resolve("index.html")).isRegularFile();
    assertThat(output.resolve("analysis.json")).isRegularFile();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void invalidConfigNamesFileAndKey() throws IOException {
    Path source = temp.resolve("app/src");
    Files.createDirectories(source);
    Files.writeString(source.resolve("A.java"), "class A {}\n");
    Files.writeString(temp.resolve("app/cleave.yaml"), "analysis:\n  includeTest: true\n");

    ExitCode code = run("analyze", temp.resolve("app").toString(), "-o", temp.resolve("o").toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("cleave.yaml:2: unknown key 'includeTest'")
        .contains("the keys allowed here are: encoding, exclude, includeTests");
  }
}
