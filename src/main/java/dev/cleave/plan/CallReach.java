package dev.cleave.plan;

import dev.cleave.model.Dependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The classes each entry point reaches through calls: a breadth-first walk of the class
 * dependencies that call a method, use a field or construct an instance, which does not go on
 * through other entry points, since they start use cases of their own. O(P (V + E)) for P entry
 * points.
 */
final class CallReach {

  private final Map<String, List<String>> callees = new HashMap<>();
  private final Set<String> entryPoints;

  /**
   * Creates the walk over the dependencies that call, leaving out those that the filter rejects,
   * such as calls between services that are asynchronous.
   */
  CallReach(List<Dependency> dependencies, Collection<String> entryPoints,
      BiPredicate<String, String> follow) {
    this.entryPoints = new HashSet<>(entryPoints);
    for (Dependency dependency : dependencies) {
      if (dependency.callCount() > 0 && !dependency.source().equals(dependency.target())
          && follow.test(dependency.source(), dependency.target())) {
        callees.computeIfAbsent(dependency.source(), k -> new ArrayList<>())
            .add(dependency.target());
      }
    }
  }

  /** Returns, for each reached class, the sorted ids of the given entry points that reach it. */
  SortedMap<String, SortedSet<String>> reachedFrom(List<String> starts) {
    SortedMap<String, SortedSet<String>> reachedFrom = new TreeMap<>();
    for (String start : starts) {
      Set<String> seen = new HashSet<>();
      Deque<String> queue = new ArrayDeque<>();
      seen.add(start);
      queue.add(start);
      while (!queue.isEmpty()) {
        String node = queue.poll();
        reachedFrom.computeIfAbsent(node, k -> new TreeSet<>()).add(start);
        if (!node.equals(start) && entryPoints.contains(node)) {
          continue;
        }
        for (String next : callees.getOrDefault(node, List.of())) {
          if (seen.add(next)) {
            queue.add(next);
          }
        }
      }
    }
    return reachedFrom;
  }
}
