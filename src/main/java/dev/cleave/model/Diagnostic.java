package dev.cleave.model;

import java.util.Comparator;

/**
 * A problem found in the analysed project, such as a file that could not be read or parsed.
 *
 * <p>Diagnostics print as {@code path:line:column: severity: message}; a line or column of 0
 * means the problem concerns the whole file. The path is relative to the analysed root.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message)
    implements Comparable<Diagnostic> {

  /** How much a diagnostic limits the analysis. */
  public enum Severity {
    /** The analysis lost information, for example a file that did not parse. */
    ERROR,
    /** The analysis went on with an assumption, for example a guessed file encoding. */
    WARNING,
    /** Worth knowing, with no effect on the results. */
    INFO
  }

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, path, line, column, message);
  }

  public static Diagnostic warning(String path, int line, String message) {
    return new Diagnostic(Severity.WARNING, path, line, 0, message);
  }

  public static Diagnostic info(String path, String message) {
    return new Diagnostic(Severity.INFO, path, 0, 0, message);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(path);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ")
        .append(severity.name().toLowerCase(java.util.Locale.ROOT))
        .append(": ")
        .append(message)
        .toString();
  }
}
