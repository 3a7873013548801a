package dev.cleave.source;

import java.io.IOException;

/**
 * Thrown when the report's output folder cannot be used: a file stands at its path or above it,
 * or it would mix the report with the analysed sources because it is the analysed folder,
 * contains it, or lies inside one of its source folders.
 */
public final class InvalidOutputException extends IOException {

  InvalidOutputException(String message) {
    super(message);
  }
}
