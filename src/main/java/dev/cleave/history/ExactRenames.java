package dev.cleave.history;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;

/**
 * Picks the source of an exact rename the way git does when several deleted files have the
 * renamed file's content, so that JGit and the git command line name the same source.
 *
 * <p>Git prefers a source with the same file name as the destination, then the source whose
 * path sorts first; JGit prefers the source whose path is most like the destination's. Only
 * exact renames (score 100) are adjusted: the chosen source and the deleted file trade paths,
 * which keeps every line count, since their contents are the same.
 */
final class ExactRenames {

  /** A diff entry and the change made of it. */
  record Entry(DiffEntry diff, FileChange change) {}

  private ExactRenames() {}

  static List<FileChange> likeGit(List<Entry> entries) {
    List<FileChange> changes = new ArrayList<>();
    entries.forEach(entry -> changes.add(entry.change()));
    for (int i = 0; i < entries.size(); i++) {
      DiffEntry rename = entries.get(i).diff();
      if (rename.getChangeType() != ChangeType.RENAME || rename.getScore() != 100) {
        continue;
      }
      int best = -1;
      String bestPath = changes.get(i).oldPath();
      int bestScore = sameName(bestPath, rename.getNewPath());
      for (int j = 0; j < entries.size(); j++) {
        DiffEntry deleted = entries.get(j).diff();
        if (changes.get(j).kind() != FileChange.Kind.DELETED
            || !deleted.getOldId().equals(rename.getOldId())) {
          continue;
        }
        String path = changes.get(j).path();
        int score = sameName(path, rename.getNewPath());
        if (score > bestScore || (score == bestScore && path.compareTo(bestPath) < 0)) {
          best = j;
          bestPath = path;
          bestScore = score;
        }
      }
      if (best >= 0) {
        FileChange renamed = changes.get(i);
        FileChange deleted = changes.get(best);
        changes.set(i, new FileChange(renamed.kind(), deleted.path(), renamed.path(),
            renamed.linesAdded(), renamed.linesRemoved()));
        changes.set(best, new FileChange(deleted.kind(), renamed.oldPath(), renamed.oldPath(),
            deleted.linesAdded(), deleted.linesRemoved()));
      }
    }
    return changes;
  }

  private static int sameName(String a, String b) {
    return a.substring(a.lastIndexOf('/') + 1).equals(b.substring(b.lastIndexOf('/') + 1))
        ? 1 : 0;
  }
}
