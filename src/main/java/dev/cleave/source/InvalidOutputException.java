package dev.cleave.source;

import java.io.IOException;

/**
 * Thrown when the report's output folder would mix the report with the analysed sources: it is
 * the analysed folder, contains it, or lies inside one of its source folders.
 */
public final class InvalidOutputException extends IOException {

  InvalidOutputException(String message) {
    super(message);
  }
}
