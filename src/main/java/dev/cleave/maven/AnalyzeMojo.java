package dev.cleave.maven;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import dev.cleave.report.Reports;
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

  /** The seed of the clustering. */
  @Parameter(property = "cleave.seed", defaultValue = "42")
  private long seed;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Cleave is skipped (cleave.skip is true)");
      return;
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
    try {
      Path output = outputDirectory.toPath().toAbsolutePath().normalize();
      Analysis analysis = new Cleave(options.build(), Progress.NONE).analyze(List.of(output));
      Path page = Reports.write(analysis, output, Cleave.version());
      getLog().info("Cleave: " + analysis.structure().classes().size() + " classes, "
          + analysis.proposal().services().size() + " services proposed; report: " + page);
      if (analysis.project().partial()) {
        getLog().warn("Cleave: the analysis is partial: " + analysis.project().unparsedFiles()
            + " files could not be analysed completely; see " + page);
      }
    } catch (Cleave.NoJavaSourcesException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cleave failed: " + e.getMessage(), e);
    }
  }
}
