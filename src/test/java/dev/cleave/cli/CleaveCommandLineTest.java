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
        + " analyze, check, init (see cleave --help)" + System.lineSeparator());
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
  void optionPrefixIsNoOption() throws IOException {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("p"));
    Files.writeString(project.resolve("p/A.java"), "package p; class A {}");

    // --include is an option of check only; analyze must not read it as --include-tests.
    ExitCode code = run("analyze", project.toString(), "--include", "src/**");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("cleave: Unrecognized option: --include");
  }

  @Test
  void truthWithoutKnownClassIsUsageError() throws IOException {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("p"));
    Files.writeString(project.resolve("p/A.java"), "package p; class A {}");
    Path truth = temp.resolve("truth.csv");
    Files.writeString(truth, "no.Such,s1\nzz,s2\n");

    ExitCode code = run("analyze", project.toString(), "-o", temp.resolve("out").toString(),
        "--no-history", "--truth", truth.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: no class of " + truth + " is in the analysis"
        + " (2 listed); write each line as the fully qualified class name, a comma and the"
        + " service" + System.lineSeparator());
  }

  @Test
  void outputBelowFileIsUsageError() throws IOException {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("p"));
    Files.writeString(project.resolve("p/A.java"), "package p; class A {}");
    Path file = Files.writeString(temp.resolve("afile"), "not a folder");

    ExitCode code = run("analyze", project.toString(), "-o", file.resolve("sub").toString(),
        "--no-history");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: the output folder " + file.resolve("sub")
        + " cannot be made: " + file + " is a file; choose another output folder"
        + System.lineSeparator());
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void invalidExcludeGlobIsUsageError() throws IOException {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("p"));
    Files.writeString(project.resolve("p/A.java"), "package p; class A {}");
    Files.writeString(project.resolve("cleave.yaml"), "analysis:\n  exclude: [\"src/[a\"]\n");

    ExitCode code = run("analyze", project.toString(), "-o", temp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: invalid glob pattern 'src/[a' in"
        + " analysis.exclude of " + project.resolve("cleave.yaml") + ": Missing '] at index 5;"
        + " close the bracket or brace, or escape it with a backslash" + System.lineSeparator());
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void invalidTeamPathGlobIsUsageError() throws IOException {
    Path project = temp.resolve("project");
    Files.createDirectories(project.resolve("p"));
    Files.writeString(project.resolve("p/A.java"), "package p; class A {}");
    Files.writeString(project.resolve("cleave.yaml"),
        "teams:\n  - name: t\n    members: [\"a@example.com\"]\n    paths: [\"src/{a\"]\n");

    ExitCode code = run("analyze", project.toString(), "-o", temp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("cleave: invalid glob pattern 'src/{a' in the paths"
        + " of team t in " + project.resolve("cleave.yaml") + ": ");
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
        "Analysed 2 files (4 lines): 2 classes, 1 dependency, 1 service proposed.");
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
        .contains("the keys allowed here are: encoding, exclude, include, includeTests");
  }

  private Path writeProjectWithBrokenFile() throws IOException {
    Path source = temp.resolve("app/src/org/example");
    Files.createDirectories(source);
    Files.writeString(source.resolve("Good.java"), "package org.example;\nclass Good { }\n");
    Files.writeString(source.resolve("Bad.java"), "package org.example;\nclass Bad { void f( }\n");
    return temp.resolve("app");
  }

  @Test
  void partialAnalysisWarnsAndSucceeds() throws IOException {
    Path app = writeProjectWithBrokenFile();

    ExitCode code = run("analyze", app.toString(), "-o", temp.resolve("report").toString());

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(err.toString()).startsWith("cleave: warning: the analysis is partial: 1 file or"
        + " folder could not be read or parsed completely; the report lists them.");
    assertThat(err.toString()).contains("src/org/example/Bad.java:2:");
    assertThat(temp.resolve("report/index.html")).isRegularFile();
  }

  @Test
  void failOnPartialReturnsPartial() throws IOException {
    Path app = writeProjectWithBrokenFile();

    ExitCode code = run("analyze", app.toString(), "-o", temp.resolve("report").toString(),
        "--fail-on-partial");

    assertThat(code).isEqualTo(ExitCode.PARTIAL);
    assertThat(code.code()).isEqualTo(5);
    assertThat(temp.resolve("report/analysis.json")).isRegularFile();
  }

  @Test
  void failOnPartialIgnoredWhenComplete() throws IOException {
    Path source = Files.createDirectories(temp.resolve("app/src"));
    Files.writeString(source.resolve("A.java"), "class A { }\n");

    ExitCode code = run("analyze", temp.resolve("app").toString(), "-o",
        temp.resolve("report").toString(), "--fail-on-partial");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
  }

  @Test
  void fileSystemErrorIsOneLine() throws IOException {
    Path app = writeProjectWithBrokenFile();
    // A link to itself is no file, yet no folder can be created below it.
    Files.createSymbolicLink(temp.resolve("blocker"), temp.resolve("blocker"));

    ExitCode code = run("analyze", app.toString(), "-o",
        temp.resolve("blocker/report").toString());

    assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(err.toString().lines().filter(line -> line.startsWith("cleave: ")).toList())
        .containsExactly("cleave: file system error: FileAlreadyExistsException: "
            + temp.resolve("blocker")
            + " (run again with --debug for the stack trace)");
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @Test
  void debugAddsStackTrace() throws IOException {
    Path app = writeProjectWithBrokenFile();
    Files.createSymbolicLink(temp.resolve("blocker"), temp.resolve("blocker"));

    ExitCode code = run("analyze", app.toString(), "-o",
        temp.resolve("blocker/report").toString(), "--debug");

    assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(err.toString()).contains("cleave: file system error: FileAlreadyExistsException")
        .contains("\tat dev.cleave.report.ReportWriter.writeAll");
  }

  @Test
  void foreignFileIsUsageError() throws IOException {
    Path app = writeProjectWithBrokenFile();
    Path report = Files.createDirectories(temp.resolve("report"));
    Files.writeString(report.resolve("index.html"), "someone else's page");

    ExitCode code = run("analyze", app.toString(), "-o", report.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).endsWith("cleave: " + report.resolve("index.html")
        + " exists and Cleave did not create it; remove it or choose another output folder"
        + System.lineSeparator());
    assertThat(report.resolve("index.html")).hasContent("someone else's page");
  }

  @Test
  void helpListsExitCodes() {
    ExitCode code = run("--help");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).contains("Exit codes:" + System.lineSeparator()
        + "  0  success, also when some files could not be analysed (see code 5)")
        .contains("  5  partial analysis with --fail-on-partial; the report was written");
  }
}
