package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The references whose target could not be determined: counted, never guessed.
 *
 * @param total how many references did not resolve
 * @param byReason the count per reason
 * @param byFile the count per file path, for files with at least one
 * @param examples the first few of them in path order, as {@code path:line: detail}
 */
public record Unresolved(
    int total,
    SortedMap<Reason, Integer> byReason,
    SortedMap<String, Integer> byFile,
    List<String> examples) {

  /** How many unresolved references the examples list at most. */
  public static final int MAX_EXAMPLES = 50;

  public Unresolved {
    byReason = Collections.unmodifiableSortedMap(new TreeMap<>(byReason));
    byFile = Collections.unmodifiableSortedMap(new TreeMap<>(byFile));
    examples = List.copyOf(examples);
  }

  /** Why a reference did not resolve. */
  public enum Reason {
    /** A type name that matches no project, JDK or imported library type. */
    UNKNOWN_TYPE("a type name that matches no known or imported type"),
    /** A simple name that two on-demand imports both provide. */
    AMBIGUOUS("a name that several on-demand imports provide"),
    /** A member that a library supertype may declare; Cleave does not read libraries. */
    LIBRARY_MEMBER("a member that may be inherited from a library type"),
    /** A member that the receiver's project type does not declare. */
    UNKNOWN_MEMBER("a member that the receiver's type does not declare"),
    /** An expression whose type cannot be inferred, such as a library method's result. */
    UNTYPED("an expression whose type cannot be inferred");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
