package dev.cleave.history;

import java.util.Comparator;

/**
 * One file that a commit changed.
 *
 * <p>Paths are relative to the top of the repository, with {@code /} separators. Binary files
 * count no lines.
 *
 * @param kind what happened to the file
 * @param oldPath the path before a rename or copy, else the same as {@code path}
 * @param path the path after the commit; for a deletion, the deleted path
 * @param linesAdded the lines added
 * @param linesRemoved the lines removed
 */
record FileChange(Kind kind, String oldPath, String path, int linesAdded, int linesRemoved)
    implements Comparable<FileChange> {

  private static final Comparator<FileChange> ORDER =
      Comparator.comparing(FileChange::path)
          .thenComparing(FileChange::oldPath)
          .thenComparing(FileChange::kind);

  /** The kind of change a commit made to a file. */
  enum Kind {
    ADDED,
    MODIFIED,
    DELETED,
    RENAMED,
    COPIED
  }

  @Override
  public int compareTo(FileChange other) {
    return ORDER.compare(this, other);
  }
}
