package dev.cleave;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a new JVM, for behaviour that depends on JVM settings: locale, time
 * zone, default charset, heap size, or the user's file permissions.
 *
 * <p>The JVM uses the test classpath, so the build needs no packaged jar first. Its output goes
 * to files, so a chatty run cannot block on a full pipe.
 */
public final class ForkedCleave {

  /** A safety limit, so that a hung run fails the test instead of the whole build. */
  private static final long TIMEOUT_MINUTES = 10;

  private final List<String> prefix = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private String mainClass = "dev.cleave.cli.Main";
  private boolean relaunch;

  /** Adds options for the JVM, such as {@code -Xmx64m} or {@code -Duser.language=tr}. */
  public ForkedCleave jvm(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /**
   * Lets the command line start itself again in a JVM that compiles huge methods, as it does
   * for users. Off by default, so that each test pays for one JVM, not two.
   */
  public ForkedCleave relaunching() {
    this.relaunch = true;
    return this;
  }

  /** Sets an environment variable of the new process. */
  public ForkedCleave env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs the JVM under a command such as {@code setpriv}, given with its arguments. */
  public ForkedCleave under(String... command) {
    prefix.addAll(List.of(command));
    return this;
  }

  /** Runs another main class of the test classpath instead of the command line. */
  public ForkedCleave main(String className) {
    this.mainClass = className;
    return this;
  }

  /** Starts the JVM with the arguments; the caller waits for it. */
  public Process start(Path workFolder, String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!relaunch) {
      command.add("-Dcleave.relaunch=false");
    }
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(workFolder.resolve("stdout.txt").toFile())
        .redirectError(workFolder.resolve("stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Runs the JVM with the arguments and waits for it to end. */
  public Result run(Path workFolder, String... args) throws IOException, InterruptedException {
    Files.createDirectories(workFolder);
    Process process = start(workFolder, args);
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the forked run did not end within " + TIMEOUT_MINUTES
          + " minutes: " + String.join(" ", args));
    }
    return new Result(process.exitValue(), text(workFolder.resolve("stdout.txt")),
        text(workFolder.resolve("stderr.txt")));
  }

  /** Reads a file as UTF-8, replacing invalid bytes, because a forked JVM may use any charset. */
  private static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /**
   * What a forked run printed and returned.
   *
   * @param exitCode the process's exit code
   * @param out its standard output
   * @param err its standard error
   */
  public record Result(int exitCode, String out, String err) {}
}
