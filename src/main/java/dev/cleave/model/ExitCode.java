package dev.cleave.model;

/**
 * The exit codes of the command line, which the Maven plugin maps onto build results.
 *
 * <p>This enum is the one list of exit codes; the README's table repeats it and a test keeps the
 * two equal. Codes 1, 2 and 5 are the analysed project's or the user's problem, so the Maven
 * plugin fails the build with a build failure; codes 3 and 4 are Cleave's or the machine's
 * problem and end the build with a build error.
 */
public enum ExitCode {
  /** The command did what was asked, possibly with warnings about some files. */
  SUCCESS(0, "success, also when some files could not be analysed (see code 5)"),
  /** A check found violations of the declared boundaries. */
  VIOLATIONS(1, "violations of the declared boundaries found"),
  /** The command line or settings are invalid, the folder has no Java sources, or the output
   * folder is not allowed. */
  USAGE(2, "invalid command line, settings or output folder, or no Java sources"),
  /** Cleave failed: a bug in Cleave, or a file system error such as a full disk. */
  INTERNAL_ERROR(3, "internal error or file system error; no report was written"),
  /** The analysis ran out of memory; no report was written. */
  OUT_OF_MEMORY(4, "out of memory; no report was written"),
  /** Some files could not be read or parsed and {@code --fail-on-partial} was given. The report
   * was written and says which files are missing. */
  PARTIAL(5, "partial analysis with --fail-on-partial; the report was written");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** Returns the number the process exits with. */
  public int code() {
    return code;
  }

  /** Returns what the code means, as the README's table states it. */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns whether a build should report this code as a failure of the analysed project
   * ({@code MojoFailureException}) rather than as an error of Cleave itself.
   */
  public boolean isBuildFailure() {
    return this == VIOLATIONS || this == USAGE || this == PARTIAL;
  }
}
