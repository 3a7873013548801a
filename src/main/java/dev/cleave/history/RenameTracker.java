package dev.cleave.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows files back through renames, so that changes made under an earlier name count for
 * the file as it is named at HEAD.
 *
 * <p>Commits are walked newest first. Each file at HEAD starts as its own name; a rename from
 * {@code a} to {@code b} makes older changes to {@code a} count for whatever {@code b} counts
 * for, and the addition of a file ends its history, so an older file of the same name that was
 * deleted does not count. A copy's changes count for the copy, and the original keeps its own
 * history.
 *
 * <p>NOTE: history is one ordered list, so a rename on one branch is applied to the older
 * commits of a parallel branch only when they come after it in {@link CommitOrder}; changes
 * made on a side branch to the old name before the rename may be lost, as with
 * {@code git log --follow}.
 */
final class RenameTracker {

  /** One file change, named as at HEAD relative to the analysed folder. */
  record Hit(String path, int linesAdded, int linesRemoved) {}

  /**
   * A commit with the changes that count for files at HEAD.
   *
   * @param changeSetSize the files it changed in the analysed folder, under either name
   */
  record Touch(RawCommit commit, List<Hit> hits, int changeSetSize) {}

  private final String prefix;
  private final Map<String, String> currentByPath = new HashMap<>();

  /**
   * @param prefix the analysed folder relative to the top of the repository, {@code ""} at
   *     the top
   * @param headFiles the files at HEAD under the analysed folder, relative to the top
   */
  RenameTracker(String prefix, Set<String> headFiles) {
    this.prefix = prefix;
    headFiles.forEach(path -> currentByPath.put(path, path));
  }

  /**
   * Follows the commits, newest first, and returns those that changed the analysed folder or
   * a file that is in it now. Merges must be left out beforehand.
   */
  List<Touch> follow(List<RawCommit> newestFirst) {
    List<Touch> touches = new ArrayList<>();
    for (RawCommit commit : newestFirst) {
      Touch touch = follow(commit);
      if (touch.changeSetSize() > 0 || !touch.hits().isEmpty()) {
        touches.add(touch);
      }
    }
    return touches;
  }

  private Touch follow(RawCommit commit) {
    Map<FileChange, String> currents = new LinkedHashMap<>();
    int changeSetSize = 0;
    for (FileChange change : commit.changes()) {
      currents.put(change, currentByPath.get(change.path()));
      if (inFolder(change.path()) || inFolder(change.oldPath())) {
        changeSetSize++;
      }
    }
    List<Hit> hits = new ArrayList<>();
    currents.forEach((change, current) -> {
      switch (change.kind()) {
        case RENAMED -> {
          currentByPath.remove(change.path());
          if (current != null) {
            currentByPath.put(change.oldPath(), current);
          }
        }
        case ADDED, COPIED -> currentByPath.remove(change.path());
        default -> { }
      }
      if (current != null && change.kind() != FileChange.Kind.DELETED) {
        hits.add(new Hit(relative(current), change.linesAdded(), change.linesRemoved()));
      }
    });
    return new Touch(commit, hits, changeSetSize);
  }

  private boolean inFolder(String path) {
    return prefix.isEmpty() || path.startsWith(prefix + "/");
  }

  private String relative(String path) {
    return prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
  }
}
