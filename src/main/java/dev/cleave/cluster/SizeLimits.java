package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Brings clusters within the service size limits and keeps apart what must be apart.
 *
 * <p>A cluster with units that must be apart is split: the conflicting units are spread over as
 * few parts as a greedy colouring needs, and each other unit joins the part it is most strongly
 * linked to. A cluster larger than the maximum is clustered again on its own at twice the
 * resolution, up to {@value #MAX_RESOLUTION}. A cluster smaller than the minimum joins the
 * cluster it is most strongly linked to, if one may take it; the smallest goes first. Sizes are
 * counted in classes. Every step visits clusters and units in numbered order, so the result is
 * deterministic.
 *
 * <p>Cost: the member lists and the links between clusters are kept up to date rather than
 * recomputed, so merging costs O((C + E) log C) for C clusters and E edges, and each split costs
 * the edges of the cluster it splits.
 */
final class SizeLimits {

  static final double MAX_RESOLUTION = 256;

  private final WeightedGraph graph;
  private final int[] size;
  private final List<int[]> apart;
  private final int minSize;
  private final int maxSize;
  private final long seed;
  private final int[] offset;
  private final int[] neighbour;
  private final int[] edgeOf;

  /**
   * @param graph the graph of units
   * @param size the classes in each unit
   * @param apart the pairs of units that must be in different clusters
   */
  SizeLimits(WeightedGraph graph, int[] size, List<int[]> apart, int minSize, int maxSize,
      long seed) {
    this.graph = graph;
    this.size = size;
    this.apart = apart;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.seed = seed;
    WeightedGraph.Neighbours neighbours = graph.neighbours();
    offset = neighbours.offset();
    neighbour = neighbours.neighbour();
    edgeOf = neighbours.edge();
  }

  /** Returns the adjusted cluster of each unit, numbered from 0 in order of first unit. */
  int[] apply(int[] clusters, double resolution) {
    int[] result = splitApart(clusters.clone());
    result = splitLarge(result, resolution);
    result = mergeSmall(result);
    return renumber(result);
  }

  private int[] splitApart(int[] clusters) {
    if (apart.isEmpty()) {
      return clusters;
    }
    List<List<Integer>> members = memberLists(clusters);
    int next = members.size();
    for (int c = 0, last = members.size() - 1; c <= last; c++) {
      List<int[]> conflicts = conflictsWithin(clusters, c);
      if (conflicts.isEmpty()) {
        continue;
      }
      List<Integer> parts = new ArrayList<>();
      parts.add(c);
      Map<Integer, Integer> part = new HashMap<>();
      for (int unit : members.get(c)) {
        if (!inConflict(unit, conflicts)) {
          continue;
        }
        int chosen = -1;
        for (int p : parts) {
          if (!conflictsWithPart(unit, p, part, conflicts)) {
            chosen = p;
            break;
          }
        }
        if (chosen < 0) {
          chosen = next++;
          parts.add(chosen);
        }
        part.put(unit, chosen);
      }
      attachRest(members.get(c), part, parts.get(0));
      for (int unit : members.get(c)) {
        clusters[unit] = part.get(unit);
      }
    }
    return clusters;
  }

  /** Gives each member without a part the part it is most strongly linked to. */
  private void attachRest(List<Integer> members, Map<Integer, Integer> part, int fallback) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int unit : members) {
        if (part.containsKey(unit)) {
          continue;
        }
        int best = -1;
        double bestWeight = 0;
        Map<Integer, Double> byPart = new java.util.TreeMap<>();
        for (int k = offset[unit]; k < offset[unit + 1]; k++) {
          Integer other = part.get(neighbour[k]);
          if (other != null) {
            byPart.merge(other, graph.weights()[edgeOf[k]], Double::sum);
          }
        }
        for (var entry : byPart.entrySet()) {
          if (entry.getValue() > bestWeight) {
            best = entry.getKey();
            bestWeight = entry.getValue();
          }
        }
        if (best >= 0) {
          part.put(unit, best);
          changed = true;
        }
      }
    }
    for (int unit : members) {
      part.putIfAbsent(unit, fallback);
    }
  }

  private int[] splitLarge(int[] clusters, double resolution) {
    List<List<Integer>> members = memberLists(clusters);
    for (int c = 0; c < members.size(); c++) {
      List<Integer> current = members.get(c);
      if (classes(current) <= maxSize || current.size() < 2) {
        continue;
      }
      int[] nodes = current.stream().mapToInt(Integer::intValue).toArray();
      WeightedGraph part = induced(nodes);
      for (double gamma = resolution * 2; gamma <= MAX_RESOLUTION; gamma *= 2) {
        int[] sub = LeidenClustering.clusterOnce(part, gamma, seed);
        int parts = max(sub);
        if (parts > 0) {
          int first = members.size();
          for (int p = 0; p < parts; p++) {
            members.add(new ArrayList<>());
          }
          List<Integer> kept = new ArrayList<>();
          for (int i = 0; i < nodes.length; i++) {
            if (sub[i] > 0) {
              clusters[nodes[i]] = first + sub[i] - 1;
              members.get(first + sub[i] - 1).add(nodes[i]);
            } else {
              kept.add(nodes[i]);
            }
          }
          members.set(c, kept);
          c--;
          break;
        }
      }
    }
    return clusters;
  }

  /** Returns the subgraph on the nodes, renumbered in the order given, from their edges only. */
  private WeightedGraph induced(int[] nodes) {
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < nodes.length; i++) {
      position.put(nodes[i], i);
    }
    PairWeights pairs = new PairWeights(nodes.length);
    for (int i = 0; i < nodes.length; i++) {
      int unit = nodes[i];
      for (int k = offset[unit]; k < offset[unit + 1]; k++) {
        Integer j = position.get(neighbour[k]);
        if (j != null && i < j) {
          pairs.add(i, j, graph.weights()[edgeOf[k]]);
        }
      }
    }
    return WeightedGraph.of(pairs);
  }

  /**
   * Merges every cluster below the minimum into the cluster most strongly linked to it that
   * may take it, smallest first, ties by number, until none can merge.
   */
  private int[] mergeSmall(int[] clusters) {
    List<List<Integer>> members = memberLists(clusters);
    int count = members.size();
    int[] classes = new int[count];
    List<Map<Integer, Double>> links = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      classes[c] = classes(members.get(c));
      links.add(new HashMap<>());
    }
    for (int e = 0; e < graph.edges(); e++) {
      int a = clusters[graph.from()[e]];
      int b = clusters[graph.to()[e]];
      if (a != b) {
        links.get(a).merge(b, graph.weights()[e], Double::sum);
        links.get(b).merge(a, graph.weights()[e], Double::sum);
      }
    }
    TreeSet<Long> waiting = new TreeSet<>();
    TreeSet<Integer> stuck = new TreeSet<>();
    for (int c = 0; c < count; c++) {
      if (!members.get(c).isEmpty() && classes[c] < minSize) {
        waiting.add(key(classes[c], c));
      }
    }
    while (!waiting.isEmpty()) {
      long first = waiting.pollFirst();
      int small = (int) first;
      int target = bestNeighbour(small, classes, links.get(small), clusters, members);
      if (target < 0) {
        stuck.add(small);
        continue;
      }
      for (int unit : members.get(small)) {
        clusters[unit] = target;
      }
      members.get(target).addAll(members.get(small));
      members.get(small).clear();
      if (classes[target] < minSize) {
        waiting.remove(key(classes[target], target));
      }
      classes[target] += classes[small];
      if (classes[target] < minSize) {
        waiting.add(key(classes[target], target));
      }
      List<Integer> touched = new ArrayList<>(links.get(small).keySet());
      touched.addAll(links.get(target).keySet());
      for (Map.Entry<Integer, Double> link : links.get(small).entrySet()) {
        int other = link.getKey();
        links.get(other).remove(small);
        if (other != target) {
          links.get(other).merge(target, link.getValue(), Double::sum);
          links.get(target).merge(other, link.getValue(), Double::sum);
        }
      }
      links.get(target).remove(small);
      links.get(small).clear();
      // A cluster that could not merge may now, since its neighbours changed.
      for (int other : touched) {
        if (stuck.remove(other)) {
          waiting.add(key(classes[other], other));
        }
      }
      if (stuck.remove(target) && classes[target] < minSize) {
        waiting.add(key(classes[target], target));
      }
    }
    return clusters;
  }

  private static long key(int classes, int cluster) {
    return ((long) classes << 32) | cluster;
  }

  /** Returns the cluster most strongly linked to c that may take its classes, or -1. */
  private int bestNeighbour(int c, int[] classes, Map<Integer, Double> links, int[] clusters,
      List<List<Integer>> members) {
    int best = -1;
    double bestWeight = 0;
    for (Map.Entry<Integer, Double> link : links.entrySet()) {
      int other = link.getKey();
      double weight = link.getValue();
      boolean better = weight > bestWeight || weight == bestWeight && best >= 0 && other < best;
      if (weight > 0 && better && classes[other] + classes[c] <= maxSize
          && !wouldConflict(clusters, c, other)) {
        best = other;
        bestWeight = weight;
      }
    }
    return best;
  }

  private boolean wouldConflict(int[] clusters, int a, int b) {
    for (int[] pair : apart) {
      int x = clusters[pair[0]];
      int y = clusters[pair[1]];
      if (x == a && y == b || x == b && y == a) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> conflictsWithin(int[] clusters, int c) {
    List<int[]> conflicts = new ArrayList<>();
    for (int[] pair : apart) {
      if (clusters[pair[0]] == c && clusters[pair[1]] == c) {
        conflicts.add(pair);
      }
    }
    return conflicts;
  }

  private static boolean inConflict(int unit, List<int[]> conflicts) {
    for (int[] pair : conflicts) {
      if (pair[0] == unit || pair[1] == unit) {
        return true;
      }
    }
    return false;
  }

  private static boolean conflictsWithPart(int unit, int p, Map<Integer, Integer> part,
      List<int[]> conflicts) {
    for (int[] pair : conflicts) {
      int other = pair[0] == unit ? pair[1] : pair[1] == unit ? pair[0] : -1;
      if (other >= 0 && Integer.valueOf(p).equals(part.get(other))) {
        return true;
      }
    }
    return false;
  }

  private int classes(List<Integer> members) {
    int total = 0;
    for (int unit : members) {
      total += size[unit];
    }
    return total;
  }

  /** Returns the units of each cluster, in unit order. */
  private static List<List<Integer>> memberLists(int[] clusters) {
    List<List<Integer>> members = new ArrayList<>();
    int last = max(clusters);
    for (int c = 0; c <= last; c++) {
      members.add(new ArrayList<>());
    }
    for (int unit = 0; unit < clusters.length; unit++) {
      members.get(clusters[unit]).add(unit);
    }
    return members;
  }

  static int max(int[] values) {
    int max = -1;
    for (int value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  /** Renumbers clusters from 0 in the order of their first unit. */
  static int[] renumber(int[] clusters) {
    int[] number = new int[max(clusters) + 1];
    Arrays.fill(number, -1);
    int next = 0;
    int[] result = new int[clusters.length];
    for (int unit = 0; unit < clusters.length; unit++) {
      if (number[clusters[unit]] < 0) {
        number[clusters[unit]] = next++;
      }
      result[unit] = number[clusters[unit]];
    }
    return result;
  }
}
