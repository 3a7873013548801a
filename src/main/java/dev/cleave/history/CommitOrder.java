package dev.cleave.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Puts commits in topological order, newest first: every commit before its parents.
 *
 * <p>Kahn's algorithm on the parent links among the commits read; of the commits whose
 * children are all placed, the one with the latest committer date goes next, ties broken by
 * id. The order depends only on the commits, not on the order a reader listed them in, so both
 * readers' commits are followed through renames alike. Cost: O(n log n) for n commits.
 */
final class CommitOrder {

  private static final Comparator<RawCommit> NEWEST_FIRST =
      Comparator.comparingLong(RawCommit::commitTime).reversed()
          .thenComparing(RawCommit::id);

  private CommitOrder() {}

  static List<RawCommit> newestFirst(List<RawCommit> commits) {
    Map<String, RawCommit> byId = new HashMap<>();
    commits.forEach(commit -> byId.put(commit.id(), commit));
    Map<String, Integer> waitingChildren = new HashMap<>();
    for (RawCommit commit : byId.values()) {
      for (String parent : new LinkedHashSet<>(commit.parents())) {
        if (byId.containsKey(parent)) {
          waitingChildren.merge(parent, 1, Integer::sum);
        }
      }
    }
    PriorityQueue<RawCommit> ready = new PriorityQueue<>(NEWEST_FIRST);
    for (RawCommit commit : byId.values()) {
      if (!waitingChildren.containsKey(commit.id())) {
        ready.add(commit);
      }
    }
    List<RawCommit> ordered = new ArrayList<>(byId.size());
    while (!ready.isEmpty()) {
      RawCommit commit = ready.poll();
      ordered.add(commit);
      for (String parent : new LinkedHashSet<>(commit.parents())) {
        Integer waiting = waitingChildren.get(parent);
        if (waiting == null) {
          continue;
        }
        if (waiting == 1) {
          waitingChildren.remove(parent);
          ready.add(byId.get(parent));
        } else {
          waitingChildren.put(parent, waiting - 1);
        }
      }
    }
    return ordered;
  }
}
