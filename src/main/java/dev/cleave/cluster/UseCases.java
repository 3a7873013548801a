package dev.cleave.cluster;

import dev.cleave.model.Dependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The use-case signal: classes reached from the same entry points belong to the same business
 * capability.
 *
 * <p>From each entry point ({@link EntryPoints}) a breadth-first walk follows the code
 * dependencies up to {@value #MAX_DEPTH} steps; a class at distance {@code d} is reached with
 * strength {@code 2^-d}, the entry point itself with 1. The walk does not continue through other
 * entry points, nor through utility hubs (classes that more than {@value #HUB_SHARE} of all
 * classes, and at least {@value #HUB_MIN_FAN_IN}, depend on), and stops after the
 * {@value #MAX_REACH} nearest classes. Each class's strengths are then scaled to sum to 1 over
 * the entry points that reach it, so that they give how much it belongs to each use case, and
 * each entry point adds {@code p_a(e) * p_b(e)} to each pair of classes a and b it reaches: the
 * chance that both belong to its use case. This is a static stand-in for the execution traces
 * of FoSCI (W. Jin et al., "Service Candidate Identification from Monolithic Systems Based on
 * Execution Traces", IEEE TSE 47(5), 2021). Cost O(P * R^2) for P entry points that reach R
 * classes each.
 */
final class UseCases {

  static final int MAX_DEPTH = 3;
  static final double HUB_SHARE = 0.2;
  static final int HUB_MIN_FAN_IN = 8;
  static final int MAX_REACH = 200;

  private UseCases() {}

  static PairWeights of(ClassIndex index, ClusterInput input) {
    int n = index.size();
    List<List<Integer>> targets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      targets.add(new ArrayList<>());
    }
    int[] fanIn = new int[n];
    for (Dependency dependency : input.dependencies()) {
      int source = index.of(dependency.source());
      int target = index.of(dependency.target());
      if (source >= 0 && target >= 0 && source != target && dependency.codeCount() > 0) {
        targets.get(source).add(target);
        fanIn[target]++;
      }
    }
    targets.forEach(list -> list.sort(null));
    boolean[] entry = new boolean[n];
    for (int i = 0; i < n; i++) {
      entry[i] = EntryPoints.isEntryPoint(index.info(i));
    }
    int hubFanIn = Math.max(HUB_MIN_FAN_IN, (int) Math.ceil(HUB_SHARE * n));
    List<int[]> reaches = new ArrayList<>();
    double[] total = new double[n];
    for (int start = 0; start < n; start++) {
      if (entry[start]) {
        int[] depth = reach(start, targets, entry, fanIn, hubFanIn);
        reaches.add(depth);
        for (int node = 0; node < n; node++) {
          if (depth[node] >= 0) {
            total[node] += strength(depth[node]);
          }
        }
      }
    }
    PairWeights weights = new PairWeights(n);
    for (int[] depth : reaches) {
      List<Integer> reached = new ArrayList<>();
      for (int node = 0; node < n; node++) {
        if (depth[node] >= 0) {
          reached.add(node);
        }
      }
      for (int i = 0; i < reached.size(); i++) {
        for (int j = i + 1; j < reached.size(); j++) {
          int a = reached.get(i);
          int b = reached.get(j);
          weights.add(a, b, strength(depth[a]) / total[a] * strength(depth[b]) / total[b]);
        }
      }
    }
    return weights;
  }

  /** Returns the distance of each class from the entry point, -1 where it is not reached. */
  private static int[] reach(int start, List<List<Integer>> targets, boolean[] entry,
      int[] fanIn, int hubFanIn) {
    int[] depth = new int[targets.size()];
    Arrays.fill(depth, -1);
    List<Integer> reached = new ArrayList<>();
    Deque<Integer> queue = new ArrayDeque<>();
    depth[start] = 0;
    queue.add(start);
    while (!queue.isEmpty() && reached.size() < MAX_REACH) {
      int node = queue.poll();
      reached.add(node);
      boolean expand = depth[node] < MAX_DEPTH
          && (node == start || !entry[node] && fanIn[node] < hubFanIn);
      if (!expand) {
        continue;
      }
      for (int next : targets.get(node)) {
        if (depth[next] < 0) {
          depth[next] = depth[node] + 1;
          queue.add(next);
        }
      }
    }
    for (int node = 0; node < depth.length; node++) {
      if (depth[node] >= 0 && !reached.contains(node)) {
        depth[node] = -1;
      }
    }
    return depth;
  }

  private static double strength(int depth) {
    return Math.pow(2, -depth);
  }
}
