package dev.cleave.model;

/**
 * The exit codes of the command line; the Maven plugin maps them onto build results.
 *
 * <ul>
 *   <li>0: the command did what was asked, possibly with warnings about some files;
 *   <li>1: {@code check} found violations of the declared boundaries;
 *   <li>2: the command line or configuration is invalid, or the folder has no Java sources;
 *   <li>3: Cleave failed: a bug, or a file it cannot write;
 *   <li>4: the analysis ran out of memory; no report was written.
 * </ul>
 */
public enum ExitCode {
  SUCCESS(0),
  VIOLATIONS(1),
  USAGE(2),
  INTERNAL_ERROR(3),
  OUT_OF_MEMORY(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
