package dev.cleave.history;

import dev.cleave.model.CoChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds pairs of classes that change in the same commits (logical coupling, Gall, Hajek and
 * Jazayeri, ICSM 1998), with the filters of Adam Tornhill's Code Maat.
 *
 * <p>A commit that changes more files in the analysed folder than the maximum change-set size
 * counts for nothing here, so mass reformatting does not couple everything. A pair is kept when
 * both classes changed in at least the minimum number of the remaining commits, and together in
 * at least the minimum shared number. Cost: O(c·k²) for c commits of at most k classes each.
 * Pairs are sorted by shared commits, then by ids, so the order does not depend on hashing.
 */
final class CoChanges {

  /**
   * The files one commit changed.
   *
   * @param paths the files it changed that exist at HEAD, relative to the analysed folder
   * @param changeSetSize the files it changed in the analysed folder, under any name
   */
  record CommitFiles(List<String> paths, int changeSetSize) {}

  private static final Comparator<CoChange> ORDER =
      Comparator.comparingInt(CoChange::sharedRevisions).reversed()
          .thenComparing(CoChange::first)
          .thenComparing(CoChange::second);

  private CoChanges() {}

  static List<CoChange> find(List<CommitFiles> commits, Map<String, List<String>> classesByPath,
      int minRevisions, int minSharedRevisions, int maxChangeSetSize) {
    Map<String, Integer> revisions = new HashMap<>();
    Map<List<String>, Integer> shared = new HashMap<>();
    for (CommitFiles commit : commits) {
      if (commit.changeSetSize() > maxChangeSetSize) {
        continue;
      }
      List<String> classes = classesOf(commit.paths(), classesByPath);
      for (int i = 0; i < classes.size(); i++) {
        revisions.merge(classes.get(i), 1, Integer::sum);
        for (int j = i + 1; j < classes.size(); j++) {
          shared.merge(List.of(classes.get(i), classes.get(j)), 1, Integer::sum);
        }
      }
    }
    List<CoChange> pairs = new ArrayList<>();
    shared.forEach((pair, count) -> {
      int first = revisions.get(pair.get(0));
      int second = revisions.get(pair.get(1));
      if (count >= minSharedRevisions && first >= minRevisions && second >= minRevisions) {
        pairs.add(new CoChange(pair.get(0), pair.get(1), count, first, second));
      }
    });
    pairs.sort(ORDER);
    return pairs;
  }

  private static List<String> classesOf(List<String> paths,
      Map<String, List<String>> classesByPath) {
    TreeSet<String> classes = new TreeSet<>();
    for (String path : paths) {
      classes.addAll(classesByPath.getOrDefault(path, List.of()));
    }
    return new ArrayList<>(classes);
  }
}
