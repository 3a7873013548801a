package dev.cleave.model;

import java.util.List;

/**
 * The files of one exclusion reason.
 *
 * @param reason why they were left out, as the report prints it
 * @param count how many files
 * @param examples the first paths, sorted
 */
public record ExcludedFiles(String reason, int count, List<String> examples) {

  /** How many paths an exclusion reason lists at most. */
  public static final int MAX_EXAMPLES = 20;

  public ExcludedFiles {
    examples = List.copyOf(examples);
  }
}
