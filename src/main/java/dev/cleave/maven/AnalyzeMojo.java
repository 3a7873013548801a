package dev.cleave.maven;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Conformance;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses the whole build, from the folder Maven was started in, and writes the report to
 * {@code target/cleave/}.
 *
 * <p>It runs once per build, at the root of the reactor, however many modules there are. When
 * {@code cleave.yaml} declares services, the report shows the code against them; the goal
 * never fails on violations (the {@code check} goal does).
 */
@Mojo(name = "analyze", aggregator = true, threadSafe = true, requiresProject = true)
public class AnalyzeMojo extends CleaveMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (!isReactorRoot()) {
      getLog().debug("Cleave analyses the whole build at the reactor root, not in " + project);
      return;
    }
    if (skip) {
      getLog().info("Cleave is skipped (cleave.skip is true)");
      return;
    }
    AnalysisOptions options = options();
    Cleave.Result result = run(options);
    Analysis analysis = result.analysis();
    Path page = result.page();
    getLog().info("Cleave: " + analysis.structure().classes().size() + " classes, "
        + analysis.proposal().services().size() + " services "
        + (analysis.conformance().declared() ? "declared" : "proposed") + "; report: " + page);
    Conformance conformance = analysis.conformance();
    if (conformance.declared()) {
      getLog().info("Cleave: " + conformance.violations().size() + " violations of cleave.yaml, "
          + conformance.newViolations().size() + " of them new; " + conformance.drift().size()
          + " classes tied more strongly to another service");
    }
    checkPartial(analysis, page);
  }
}
