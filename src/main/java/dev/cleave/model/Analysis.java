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
 */
public record Analysis(
    ProjectSummary project,
    Structure structure,
    Proposal proposal,
    List<Diagnostic> diagnostics,
    Metrics metrics,
    Evaluation evaluation) {

  public Analysis {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(metrics, "metrics");
  }
}
