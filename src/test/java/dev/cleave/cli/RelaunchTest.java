package dev.cleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cleave.ForkedCleave;
import dev.cleave.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line starts itself again in a JVM that compiles the parser's huge methods. */
class RelaunchTest {

  private static final String RELAUNCHED =
      "relaunched with -XX:-DontCompileHugeMethods -XX:TieredStopAtLevel=1 so that the"
          + " parser's huge methods are compiled";

  @TempDir Path temp;

  @Test
  void analysesInChildJvm() throws Exception {
    Path project = temp.resolve("project");
    TestProjects.writeMixedProject(project, false);
    ForkedCleave.Result result = new ForkedCleave().relaunching()
        .run(temp.resolve("run"), "analyze", project.toString(), "-o",
            temp.resolve("report").toString(), "--debug");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(1, count(result.err(), RELAUNCHED), result.err());
    assertTrue(Files.isRegularFile(temp.resolve("report/index.html")));
  }

  @Test
  void passesJvmOptionsOn() throws Exception {
    Path project = temp.resolve("project");
    TestProjects.writeMixedProject(project, false);
    // Without --debug the child logs at debug level only if it received this JVM option.
    ForkedCleave.Result result = new ForkedCleave().relaunching()
        .jvm("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug")
        .run(temp.resolve("run"), "analyze", project.toString(), "-o",
            temp.resolve("report").toString());
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(1, count(result.err(), RELAUNCHED), result.err());
  }

  @Test
  void returnsChildExitCode() throws Exception {
    Path missing = temp.resolve("no such folder");
    ForkedCleave.Result result = new ForkedCleave().relaunching()
        .run(temp.resolve("run"), "analyze", missing.toString());
    assertEquals(2, result.exitCode());
    assertEquals("cleave: folder not found: " + missing + System.lineSeparator(), result.err());
  }

  @Test
  void staysWhenFlagAlreadySet() throws Exception {
    Path project = temp.resolve("project");
    TestProjects.writeMixedProject(project, false);
    ForkedCleave.Result result = new ForkedCleave().relaunching()
        .jvm("-XX:-DontCompileHugeMethods")
        .run(temp.resolve("run"), "analyze", project.toString(), "-o",
            temp.resolve("report").toString(), "--debug");
    assertEquals(0, result.exitCode(), result.err());
    assertFalse(result.err().contains(RELAUNCHED), result.err());
  }

  @Test
  void staysWhenTurnedOff() throws Exception {
    Path project = temp.resolve("project");
    TestProjects.writeMixedProject(project, false);
    ForkedCleave.Result result = new ForkedCleave()
        .run(temp.resolve("run"), "analyze", project.toString(), "-o",
            temp.resolve("report").toString(), "--debug");
    assertEquals(0, result.exitCode(), result.err());
    assertFalse(result.err().contains(RELAUNCHED), result.err());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
