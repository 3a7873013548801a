package dev.cleave.source;

import java.io.IOException;

/**
 * Thrown when the report's output folder cannot be used. Either its path or a parent of it is a
 * file, or the report would mix with the analysed sources because the folder is the analysed
 * folder, contains it, or lies inside one of its source folders.
 */
public final class InvalidOutputException extends IOException {

  InvalidOutputException(String message) {
    super(message);
  }
}
