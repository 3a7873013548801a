package dev.cleave.model;

import java.util.List;

/**
 * Everything one run of Cleave found: what the reports render.
 *
 * @param project what was analysed
 * @param structure classes, dependencies and cycles
 * @param proposal the proposed services
 * @param diagnostics problems with the analysed files, sorted by path and line
 */
public record Analysis(
    ProjectSummary project, Structure structure, Proposal proposal, List<Diagnostic> diagnostics) {

  public Analysis {
    diagnostics = List.copyOf(diagnostics);
  }
}
