package dev.cleave;

import dev.cleave.check.Baseline;
import dev.cleave.model.ExitCode;
import dev.cleave.report.ReportWriter;
import dev.cleave.source.InvalidOutputException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sorts what can end a run into exit codes and one-line messages, for every front end alike.
 *
 * <p>Problems with the user's input or settings are usage errors; a full disk or a file that
 * cannot be written is a file system error; anything else that escapes the pipeline is a bug in
 * Cleave. Messages are one line: the stack trace is for {@code --debug} or Maven's {@code -e}.
 */
public final class RunFailures {

  private RunFailures() {}

  /** Returns the exit code that a run ended by this throwable returns. */
  public static ExitCode exitCodeOf(Throwable failure) {
    if (isUserError(failure)) {
      return ExitCode.USAGE;
    }
    if (isOutOfMemory(failure)) {
      return ExitCode.OUT_OF_MEMORY;
    }
    return ExitCode.INTERNAL_ERROR;
  }

  /** Returns a one-line description of the failure, without a stack trace. */
  public static String messageOf(Throwable failure) {
    if (isUserError(failure) || failure instanceof Cleave.OutOfMemoryException) {
      return oneLine(failure.getMessage());
    }
    if (isOutOfMemory(failure)) {
      return Cleave.OutOfMemoryException.of(new OutOfMemoryError()).getMessage();
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return "file system error: " + describe(failure);
    }
    return "internal error, a bug in Cleave: " + describe(failure);
  }

  private static boolean isUserError(Throwable failure) {
    return failure instanceof Cleave.NoJavaSourcesException
        || failure instanceof Cleave.InvalidSettingsException
        || failure instanceof InvalidOutputException
        || failure instanceof ReportWriter.ForeignFileException
        || failure instanceof Baseline.InvalidBaselineException;
  }

  /** Returns whether the throwable or one of its causes is an out-of-memory error. */
  static boolean isOutOfMemory(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError || cause instanceof Cleave.OutOfMemoryException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Returns the class and message of the deepest cause that has a message. */
  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause
        && (cause.getMessage() == null || cause instanceof UncheckedIOException)) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    return (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
  }
}
