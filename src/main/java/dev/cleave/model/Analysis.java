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
 * @param history what the git history shows, or why it could not be read
 * @param ownership which team owns each proposed service
 * @param plan the migration plan for the proposed services
 */
public record Analysis(
    ProjectSummary project,
    Structure structure,
    Proposal proposal,
    List<Diagnostic> diagnostics,
    Metrics metrics,
    Evaluation evaluation,
    Conformance conformance,
    History history,
    Ownership ownership,
    Plan plan) {

  public Analysis {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(metrics, "metrics");
    conformance = conformance == null ? Conformance.NONE : conformance;
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(ownership, "ownership");
    plan = plan == null ? Plan.EMPTY : plan;
  }

  /** Creates an analysis without a migration plan. */
  public Analysis(ProjectSummary project, Structure structure, Proposal proposal,
      List<Diagnostic> diagnostics, Metrics metrics, Evaluation evaluation,
      Conformance conformance, History history, Ownership ownership) {
    this(project, structure, proposal, diagnostics, metrics, evaluation, conformance, history,
        ownership, Plan.EMPTY);
  }

  /**
   * Creates the analysis of a project that declares no services and whose history was not read,
   * as with {@code --no-history}.
   */
  public Analysis(ProjectSummary project, Structure structure, Proposal proposal,
      List<Diagnostic> diagnostics, Metrics metrics, Evaluation evaluation) {
    this(project, structure, proposal, diagnostics, metrics, evaluation, Conformance.NONE,
        History.unread(History.Status.DISABLED, "", null, 365, false),
        Ownership.none(ProjectConfig.Ownership.DEFAULT), Plan.EMPTY);
  }
}
