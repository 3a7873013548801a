package dev.cleave.history;

import java.util.List;

/**
 * One commit as a log reader found it, before identities, bots and renames are dealt with.
 *
 * <p>Both readers produce equal values for the same repository, so the statistics do not
 * depend on which one ran.
 *
 * @param id the commit id, 40 hex digits
 * @param parents the ids of its parents; a merge has two or more, a root or shallow commit none
 * @param authorName the author name, decoded by {@link PersonText}
 * @param authorEmail the author email, decoded by {@link PersonText}
 * @param authorTime the author date in seconds since the epoch
 * @param commitTime the committer date in seconds since the epoch
 * @param changes the files it changed against its first parent, sorted by path; empty for
 *     merges
 */
record RawCommit(
    String id,
    List<String> parents,
    String authorName,
    String authorEmail,
    long authorTime,
    long commitTime,
    List<FileChange> changes) {

  RawCommit {
    parents = List.copyOf(parents);
    changes = changes.stream().sorted().toList();
  }

  boolean merge() {
    return parents.size() > 1;
  }
}
