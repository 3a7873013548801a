package dev.cleave.maven;

import dev.cleave.Cleave;
import dev.cleave.RunFailures;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ExitCode;
import dev.cleave.model.Progress;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses the whole build, from the folder Maven was started in, and writes the report.
 *
 * <p>It runs once per build, at the root of the reactor, however many modules there are.
 */
@Mojo(name = "analyze", aggregator = true, threadSafe = true, requiresProject = true)
public class AnalyzeMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "cleave.skip", defaultValue = "false")
  private boolean skip;

  /** The folder to analyse. */
  @Parameter(property = "cleave.root", defaultValue = "${session.executionRootDirectory}")
  private File root;

  /** Where the report goes. */
  @Parameter(property = "cleave.outputDirectory", defaultValue = "${project.build.directory}/cleave")
  private File outputDirectory;

  /** Worker threads; 0 means one per core. */
  @Parameter(property = "cleave.threads", defaultValue = "0")
  private int threads;

  /** Whether test sources are analysed too. */
  @Parameter(property = "cleave.includeTests", defaultValue = "false")
  private boolean includeTests;

  /** The encoding of the sources; the POM's source encoding by default. */
  @Parameter(property = "cleave.encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  /**
   * Whether a partial analysis, where some files could not be read or parsed, fails the build.
   * By default it logs a warning.
   */
  @Parameter(property = "cleave.failOnPartial", defaultValue = "false")
  private boolean failOnPartial;

  /** The seed of the clustering. */
  @Parameter(property = "cleave.seed", defaultValue = "42")
  private long seed;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Cleave is skipped (cleave.skip is true)");
      return;
    }
    if (!root.isDirectory()) {
      failBuild(ExitCode.USAGE, "cleave.root is not a folder: " + root, null);
    }
    AnalysisOptions.Builder options = AnalysisOptions.builder(root.toPath())
        .output(outputDirectory.toPath())
        .includeTests(includeTests)
        .seed(seed);
    if (threads > 0) {
      options.threads(threads);
    }
    if (encoding != null && !encoding.isBlank()) {
      try {
        options.encoding(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new MojoFailureException("cleave.encoding names no supported encoding: " + encoding);
      }
    }
    Cleave.Result result;
    try {
      Path output = outputDirectory.toPath().toAbsolutePath().normalize();
      result = new Cleave(options.output(output).build(), Progress.NONE)
          .analyzeAndWrite(List.of());
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      failBuild(RunFailures.exitCodeOf(e), RunFailures.messageOf(e), e);
      return;
    }
    Analysis analysis = result.analysis();
    getLog().info("Cleave: " + analysis.structure().classes().size() + " classes, "
        + analysis.proposal().services().size() + " services proposed; report: "
        + result.page());
    if (analysis.project().partial()) {
      String message = "the analysis is partial: " + analysis.project().unparsedFiles()
          + " files or folders could not be read or parsed completely; see " + result.page();
      if (failOnPartial) {
        failBuild(ExitCode.PARTIAL, message, null);
      }
      getLog().warn("Cleave: " + message);
    }
  }

  /**
   * Ends the goal with the build result that matches an exit code of the command line: a
   * problem of the analysed project or of its settings is a build failure, and a problem of
   * Cleave or of the machine is a build error.
   */
  static void failBuild(ExitCode code, String message, Throwable cause)
      throws MojoExecutionException, MojoFailureException {
    String text = "Cleave: " + message + " (exit code " + code.code() + " on the command line)";
    if (code == ExitCode.SUCCESS) {
      return;
    }
    if (code.isBuildFailure()) {
      MojoFailureException failure = new MojoFailureException(text);
      if (cause != null) {
        failure.initCause(cause);
      }
      throw failure;
    }
    throw new MojoExecutionException(text, cause);
  }
}
