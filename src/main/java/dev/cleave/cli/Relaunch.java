package dev.cleave.cli;

import dev.cleave.HugeMethods;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Starts the command line again in a JVM that compiles huge methods.
 *
 * <p>{@code java -jar} cannot carry JVM flags, so when the running JVM leaves the parser's
 * huge methods interpreted ({@link HugeMethods}), {@link Main} runs the same command in a child
 * JVM with {@link HugeMethods#FLAGS} before the same JVM options, with the same classpath and
 * arguments, shares its terminal and exits with its code. Options given by the user come
 * later on the command line, so they win.
 *
 * <p>No relaunch happens when the flag is already off, for help and version output, inside a
 * relaunched child ({@value #MARKER} set), with {@code -Dcleave.relaunch=false}, or when the
 * child cannot be started, in which case the command runs in this JVM as before.
 */
final class Relaunch {

  static final String MARKER = "CLEAVE_RELAUNCHED";
  static final String PROPERTY = "cleave.relaunch";

  private static final Set<String> QUICK = Set.of("-h", "--help", "help", "-V", "--version");

  private Relaunch() {}

  /** Whether this command should run in a child JVM. */
  static boolean appliesTo(String[] args) {
    if (args.length == 0 || System.getenv(MARKER) != null
        || "false".equals(System.getProperty(PROPERTY))) {
      return false;
    }
    for (String arg : args) {
      if (QUICK.contains(arg)) {
        return false;
      }
    }
    return HugeMethods.interpreted();
  }

  /**
   * Runs the command in a child JVM and returns its exit code, or nothing when the child could
   * not be started.
   */
  static Optional<Integer> run(String[] args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(HugeMethods.FLAGS);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));

    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(MARKER, "1");
    Process child;
    try {
      child = builder.start();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      LoggerFactory.getLogger(Relaunch.class).warn("could not start a second JVM with {} ({});"
          + " running in this one, where parsing is slower", String.join(" ", HugeMethods.FLAGS),
          e.toString());
      return Optional.empty();
    }

    // A terminal's Ctrl-C reaches both processes. A kill aimed at this one alone is passed on,
    // so that the child removes its half-written report as it would on its own.
    Thread stop = new Thread(child::destroy, "cleave-stop-child");
    Runtime.getRuntime().addShutdownHook(stop);
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        // Nothing here interrupts this thread, so keep waiting for the child's exit code.
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook has done its work.
    }
    return Optional.of(code);
  }
}
