package dev.cleave.cluster;

import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the classes to propose as a shared library instead of placing them in one service.
 *
 * <p>A class qualifies when it has little behaviour of its own and many services use it. Little
 * behaviour: it is no entry point, touches no table, and depends, directly or through other
 * classes, only on classes that qualify themselves, so the library never calls into a service
 * or owns data; base entities, constants, value types and utilities are such classes. Many
 * services: the classes that use it fall into at least {@code minServices} clusters of a first
 * clustering, where the users of a subtype count as users of its supertypes, so that a base
 * entity is used wherever its entities are. Classes that a constraint pins or keeps together
 * stay out. Cost O(L * E) for L candidates.
 */
final class SharedLibraries {

  private SharedLibraries() {}

  /**
   * Returns which classes go to the shared library.
   *
   * @param clusterOf the cluster of each class in a first clustering, negative for none
   * @param constrained the classes that a constraint binds
   */
  static boolean[] detect(ClassIndex index, ClusterInput input, int[] clusterOf,
      boolean[] constrained, int minServices) {
    int n = index.size();
    boolean[] shared = new boolean[n];
    if (minServices <= 0) {
      return shared;
    }
    List<List<Integer>> targets = new ArrayList<>();
    List<List<Integer>> users = new ArrayList<>();
    List<List<Integer>> subtypes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      targets.add(new ArrayList<>());
      users.add(new ArrayList<>());
      subtypes.add(new ArrayList<>());
    }
    for (Dependency dependency : input.dependencies()) {
      int source = index.of(dependency.source());
      int target = index.of(dependency.target());
      if (source >= 0 && target >= 0 && source != target && dependency.codeCount() > 0) {
        targets.get(source).add(target);
        users.get(target).add(source);
        if (dependency.kinds().containsKey(DependencyKind.EXTENDS)
            || dependency.kinds().containsKey(DependencyKind.IMPLEMENTS)) {
          subtypes.get(target).add(source);
        }
      }
    }
    boolean[] excluded = constrained.clone();
    for (int node = 0; node < n; node++) {
      excluded[node] |= EntryPoints.isEntryPoint(index.info(node))
          || !input.data().tablesOf(index.id(node)).isEmpty();
    }
    boolean[] candidate = leafClosure(targets, users, excluded);
    for (int node = 0; node < n; node++) {
      if (candidate[node] && usingClusters(node, users, subtypes, clusterOf) >= minServices) {
        shared[node] = true;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int node = 0; node < n; node++) {
        if (shared[node] && targets.get(node).stream().anyMatch(t -> !shared[t])) {
          shared[node] = false;
          changed = true;
        }
      }
    }
    return shared;
  }

  /** Returns the classes whose dependencies all lead to such classes, built from the leaves. */
  private static boolean[] leafClosure(List<List<Integer>> targets, List<List<Integer>> users,
      boolean[] constrained) {
    int n = targets.size();
    boolean[] closed = new boolean[n];
    int[] open = new int[n];
    Deque<Integer> ready = new ArrayDeque<>();
    for (int node = 0; node < n; node++) {
      open[node] = (int) targets.get(node).stream().distinct().count();
      if (open[node] == 0 && !constrained[node]) {
        ready.add(node);
      }
    }
    while (!ready.isEmpty()) {
      int node = ready.poll();
      if (closed[node]) {
        continue;
      }
      closed[node] = true;
      for (int user : new TreeSet<>(users.get(node))) {
        if (--open[user] == 0 && !constrained[user]) {
          ready.add(user);
        }
      }
    }
    return closed;
  }

  /** Counts the clusters of the classes that use the node or one of its subtypes. */
  private static int usingClusters(int node, List<List<Integer>> users,
      List<List<Integer>> subtypes, int[] clusterOf) {
    boolean[] seen = new boolean[users.size()];
    TreeSet<Integer> clusters = new TreeSet<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(node);
    seen[node] = true;
    while (!queue.isEmpty()) {
      int used = queue.poll();
      for (int user : users.get(used)) {
        if (clusterOf[user] >= 0) {
          clusters.add(clusterOf[user]);
        }
      }
      for (int subtype : subtypes.get(used)) {
        if (!seen[subtype]) {
          seen[subtype] = true;
          queue.add(subtype);
        }
      }
    }
    return clusters.size();
  }
}
