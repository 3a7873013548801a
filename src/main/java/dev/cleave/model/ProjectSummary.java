package dev.cleave.model;

import java.util.List;

/**
 * What was analysed.
 *
 * @param name the project name
 * @param modules the module folders, {@code ""} for the root
 * @param files the number of files analysed
 * @param lines the lines of the analysed files
 * @param excluded the files left out, grouped by reason
 * @param unparsedFiles the number of files that could not be read or parsed completely
 */
public record ProjectSummary(
    String name,
    List<String> modules,
    int files,
    long lines,
    List<ExcludedFiles> excluded,
    int unparsedFiles) {

  public ProjectSummary {
    modules = List.copyOf(modules);
    excluded = List.copyOf(excluded);
  }

  /** Returns whether some files could not be analysed, so the results are incomplete. */
  public boolean partial() {
    return unparsedFiles > 0;
  }
}
