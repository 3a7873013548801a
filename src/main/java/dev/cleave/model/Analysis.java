package dev.cleave.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one run of Cleave found: what the reports render.
 *
 * @param project what was analysed
 * @param structure classes, dependencies and cycles
 * @param proposal the proposed services
 * @param diagnostics problems with the analysed files, sorted by path and line
 * @param metrics the quality measures of the proposal
 * @param evaluation the agreement of the proposal with a ground truth, or {@code null} when none
 *     was given
 * @param conformance how the code conforms to the declared services, {@link Conformance#NONE}
 *     when the project declares none
 */
public record Analysis(
    ProjectSummary project,
    Structure structure,
    Proposal proposal,
    List<Diagnostic> diagnostics,
    Metrics metrics,
    Evaluation evaluation,
    Conformance conformance) {

  public Analysis {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(metrics, "metrics");
    conformance = conformance == null ? Conformance.NONE : conformance;
  }

  /** Creates the analysis of a project that declares no services. */
  public Analysis(ProjectSummary project, Structure structure, Proposal proposal,
      List<Diagnostic> diagnostics, Metrics metrics, Evaluation evaluation) {
    this(project, structure, proposal, diagnostics, metrics, evaluation, Conformance.NONE);
  }
}
