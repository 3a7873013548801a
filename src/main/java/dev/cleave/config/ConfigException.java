package dev.cleave.config;

import java.nio.file.Path;

/** A {@code cleave.yaml} that cannot be used; the message names the file, line and key. */
public final class ConfigException extends Exception {

  public ConfigException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
