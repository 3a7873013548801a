package dev.cleave.maven;

import dev.cleave.Cleave;
import dev.cleave.check.Baseline;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Conformance;
import dev.cleave.model.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the whole build against the services that {@code cleave.yaml} declares, and fails the
 * build when the code breaks a rule that the baseline does not accept.
 *
 * <p>Each new violation is logged as {@code path:line: rule: message}, with the path relative to
 * the root. The report, with {@code cleave.sarif}, goes to {@code target/cleave/}. Bound to the
 * {@code verify} phase by default; it runs once, at the root of the reactor.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, aggregator = true,
    threadSafe = true, requiresProject = true)
public class CheckMojo extends CleaveMojo {

  /** Whether new violations fail the build; when false they are logged as warnings. */
  @Parameter(property = "cleave.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /**
   * Accepts every current violation: writes them all to the baseline file ({@code
   * cleave.baseline}, else {@code cleave-baseline.json} in the root) instead of checking.
   */
  @Parameter(property = "cleave.updateBaseline", defaultValue = "false")
  boolean updateBaseline;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (!isReactorRoot()) {
      getLog().debug("Cleave checks the whole build at the reactor root, not in " + project);
      return;
    }
    if (skip) {
      getLog().info("Cleave is skipped (cleave.skip is true)");
      return;
    }
    AnalysisOptions options = options();
    if (!options.config().declaresServices()) {
      throw new MojoFailureException("Cleave: " + (options.configFile() == null
          ? "there is no cleave.yaml in " + options.root() : options.configFile()
              + " declares no services") + ", so there is nothing to check; write one with"
          + " 'cleave init' and edit it, or set cleave.configFile");
    }
    if (updateBaseline) {
      acceptAll(options);
      return;
    }

    Cleave.Result result = run(options);
    Analysis analysis = result.analysis();
    Path report = result.page();

    Conformance conformance = analysis.conformance();
    List<Violation> fresh = conformance.newViolations();
    for (Violation violation : fresh) {
      if (failOnViolation) {
        getLog().error(violation.toString());
      } else {
        getLog().warn(violation.toString());
      }
    }

    int accepted = conformance.violations().size() - fresh.size();
    getLog().info("Cleave: " + count(fresh.size(), "new violation") + " of the "
        + analysis.proposal().services().size() + " services in cleave.yaml"
        + (accepted > 0 ? "; the baseline accepts " + accepted + " more" : "")
        + "; report: " + report);
    if (conformance.staleBaselineEntries() > 0) {
      getLog().info("Cleave: " + conformance.staleBaselineEntries() + " baseline entries match"
          + " no violation any more; run with -Dcleave.updateBaseline to remove them");
    }
    checkPartial(analysis, report);
    if (!fresh.isEmpty() && failOnViolation) {
      throw new MojoFailureException("Cleave: " + count(fresh.size(), "new violation")
          + " of the boundaries declared in cleave.yaml, the first: " + fresh.get(0) + "; the report"
          + " in " + options.output() + " lists them all, or accept them with"
          + " -Dcleave.updateBaseline");
    }
  }

  /** Returns {@code 1 new violation} or {@code 2 new violations}. */
  private static String count(int number, String noun) {
    return number + " " + noun + (number == 1 ? "" : "s");
  }

  @Override
  boolean writesBaseline() {
    return updateBaseline;
  }

  private void acceptAll(AnalysisOptions options)
      throws MojoExecutionException, MojoFailureException {
    Path file = baseline != null ? baseline.toPath().toAbsolutePath().normalize()
        : options.root().resolve(DEFAULT_BASELINE);
    Analysis analysis = run(options.toBuilder().baseline(null).build()).analysis();
    try {
      Cleave.writeBaseline(analysis, file);
    } catch (Baseline.InvalidBaselineException e) {
      throw new MojoFailureException("Cleave: " + e.getMessage() + "; Cleave does not overwrite"
          + " it", e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cleave could not write the baseline " + file + ": "
          + e.getMessage(), e);
    }
    getLog().info("Cleave: wrote " + count(analysis.conformance().violations().size(),
        "accepted violation") + " to " + file);
  }
}
