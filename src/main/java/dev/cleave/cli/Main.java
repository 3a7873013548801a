package dev.cleave.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The entry point of {@code java -jar cleave.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Diagnostics for developers go through SLF4J; the user sees only warnings from it unless
    // they ask for more with --debug. Set before the first logger is created.
    String level = java.util.Arrays.asList(args).contains("--debug") ? "debug" : "warn";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", level));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (Relaunch.appliesTo(args)) {
      java.util.Optional<Integer> code = Relaunch.run(args);
      if (code.isPresent()) {
        System.exit(code.get());
      }
    }
    if (System.getenv(Relaunch.MARKER) != null) {
      org.slf4j.LoggerFactory.getLogger(Main.class).debug(
          "relaunched with {} so that the parser's huge methods are compiled",
          String.join(" ", dev.cleave.HugeMethods.FLAGS));
    }
    Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
    int code = new CleaveCommandLine(out, err, System.console() != null).run(args).code();
    out.flush();
    err.flush();
    System.exit(code);
  }
}
