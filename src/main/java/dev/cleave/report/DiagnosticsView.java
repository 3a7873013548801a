package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.Unresolved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files and references that the analysis left out or could not settle, and the libraries
 * that the code uses.
 *
 * @param excluded the files left out, by reason
 * @param diagnostics the first {@value #MAX_DIAGNOSTICS} problems, by path and line
 * @param diagnosticsOmitted how many more problems the JSON document lists
 * @param unresolvedTotal how many references did not resolve
 * @param unresolvedReasons the count per reason
 * @param unresolvedFiles the files with the most unresolved references, most first
 * @param unresolvedExamples the first unresolved references, as {@code path:line: detail}
 * @param libraries the most used library and JDK packages, most used first
 * @param librariesOmitted how many more packages the JSON document lists
 */
public record DiagnosticsView(
    List<ExcludedFiles> excluded,
    List<Problem> diagnostics,
    int diagnosticsOmitted,
    int unresolvedTotal,
    List<Count> unresolvedReasons,
    List<Count> unresolvedFiles,
    List<String> unresolvedExamples,
    List<Count> libraries,
    int librariesOmitted) {

  /** How many diagnostics the page lists; all of them are in the JSON document. */
  static final int MAX_DIAGNOSTICS = 500;

  /** How many files with unresolved references the page lists. */
  static final int MAX_UNRESOLVED_FILES = 25;

  /** How many library packages the page lists. */
  static final int MAX_LIBRARIES = 60;

  /**
   * A problem in an analysed file.
   *
   * @param where {@code path:line:column}, or less where the line or column is unknown
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param message what is wrong
   */
  public record Problem(String where, String severity, String message) {}

  /** Something counted. */
  public record Count(String name, int count) {}

  static DiagnosticsView of(Analysis analysis) {
    List<Diagnostic> all = analysis.diagnostics();
    List<Problem> problems = all.stream().limit(MAX_DIAGNOSTICS).map(DiagnosticsView::problem)
        .toList();
    Unresolved unresolved = analysis.structure().unresolved();
    List<Count> reasons = new ArrayList<>();
    unresolved.byReason().forEach((reason, count) ->
        reasons.add(new Count(reason.description(), count)));
    List<Count> files = top(unresolved.byFile(), MAX_UNRESOLVED_FILES);
    Map<String, Integer> usage = analysis.structure().libraryUsage();
    return new DiagnosticsView(analysis.project().excluded(), problems,
        all.size() - problems.size(), unresolved.total(), reasons, files, unresolved.examples(),
        top(usage, MAX_LIBRARIES), Math.max(0, usage.size() - MAX_LIBRARIES));
  }

  private static Problem problem(Diagnostic diagnostic) {
    String where = diagnostic.path();
    if (diagnostic.line() > 0) {
      where += ":" + diagnostic.line();
      if (diagnostic.column() > 0) {
        where += ":" + diagnostic.column();
      }
    }
    return new Problem(where, diagnostic.severity().name().toLowerCase(Locale.ROOT),
        diagnostic.message());
  }

  /** Returns the entries with the largest counts, ties by name. */
  private static List<Count> top(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt((Count c) -> -c.count()).thenComparing(Count::name))
        .limit(limit)
        .toList();
  }
}
