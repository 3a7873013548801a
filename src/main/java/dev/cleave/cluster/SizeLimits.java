package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;

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
 */
final class SizeLimits {

  static final double MAX_RESOLUTION = 256;

  private final WeightedGraph graph;
  private final int[] size;
  private final List<int[]> apart;
  private final int minSize;
  private final int maxSize;
  private final long seed;

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
  }

  /** Returns the adjusted cluster of each unit, numbered from 0 in order of first unit. */
  int[] apply(int[] clusters, double resolution) {
    int[] result = splitApart(clusters.clone());
    result = splitLarge(result, resolution);
    result = mergeSmall(result);
    return renumber(result);
  }

  private int[] splitApart(int[] clusters) {
    int next = max(clusters) + 1;
    for (int c = 0, last = max(clusters); c <= last; c++) {
      List<Integer> members = members(clusters, c);
      List<int[]> conflicts = conflictsWithin(clusters, c);
      if (conflicts.isEmpty()) {
        continue;
      }
      List<Integer> parts = new ArrayList<>();
      parts.add(c);
      int[] part = new int[graph.nodes()];
      java.util.Arrays.fill(part, -1);
      for (int unit : members) {
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
        part[unit] = chosen;
      }
      attachRest(members, part, parts.get(0));
      for (int unit : members) {
        clusters[unit] = part[unit];
      }
    }
    return clusters;
  }

  /** Gives each member without a part the part it is most strongly linked to. */
  private void attachRest(List<Integer> members, int[] part, int fallback) {
    List<List<int[]>> adjacency = graph.adjacency();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int unit : members) {
        if (part[unit] >= 0) {
          continue;
        }
        int best = -1;
        double bestWeight = 0;
        java.util.Map<Integer, Double> byPart = new java.util.TreeMap<>();
        for (int[] edge : adjacency.get(unit)) {
          if (part[edge[0]] >= 0 && members.contains(edge[0])) {
            byPart.merge(part[edge[0]], graph.weights()[edge[1]], Double::sum);
          }
        }
        for (var entry : byPart.entrySet()) {
          if (entry.getValue() > bestWeight) {
            best = entry.getKey();
            bestWeight = entry.getValue();
          }
        }
        if (best >= 0) {
          part[unit] = best;
          changed = true;
        }
      }
    }
    for (int unit : members) {
      if (part[unit] < 0) {
        part[unit] = fallback;
      }
    }
  }

  private int[] splitLarge(int[] clusters, double resolution) {
    int next = max(clusters) + 1;
    for (int c = 0; c < next; c++) {
      List<Integer> members = members(clusters, c);
      if (classes(members) <= maxSize || members.size() < 2) {
        continue;
      }
      int[] nodes = members.stream().mapToInt(Integer::intValue).toArray();
      WeightedGraph part = graph.induced(nodes);
      for (double gamma = resolution * 2; gamma <= MAX_RESOLUTION; gamma *= 2) {
        int[] sub = LeidenClustering.cluster(part, gamma, seed);
        if (max(sub) > 0) {
          for (int i = 0; i < nodes.length; i++) {
            if (sub[i] > 0) {
              clusters[nodes[i]] = next + sub[i] - 1;
            }
          }
          next += max(sub);
          c--;
          break;
        }
      }
    }
    return clusters;
  }

  private int[] mergeSmall(int[] clusters) {
    while (true) {
      int smallest = -1;
      int smallestSize = Integer.MAX_VALUE;
      int target = -1;
      for (int c = 0; c <= max(clusters); c++) {
        List<Integer> members = members(clusters, c);
        int classes = classes(members);
        if (members.isEmpty() || classes >= minSize || classes >= smallestSize) {
          continue;
        }
        int best = bestNeighbour(clusters, c, classes);
        if (best >= 0) {
          smallest = c;
          smallestSize = classes;
          target = best;
        }
      }
      if (smallest < 0) {
        return clusters;
      }
      for (int unit = 0; unit < clusters.length; unit++) {
        if (clusters[unit] == smallest) {
          clusters[unit] = target;
        }
      }
    }
  }

  /** Returns the cluster most strongly linked to c that may take its classes, or -1. */
  private int bestNeighbour(int[] clusters, int c, int classes) {
    double[] weight = new double[max(clusters) + 1];
    for (int e = 0; e < graph.edges(); e++) {
      int a = clusters[graph.from()[e]];
      int b = clusters[graph.to()[e]];
      if (a == c && b != c) {
        weight[b] += graph.weights()[e];
      } else if (b == c && a != c) {
        weight[a] += graph.weights()[e];
      }
    }
    int best = -1;
    for (int other = 0; other < weight.length; other++) {
      if (weight[other] > 0 && (best < 0 || weight[other] > weight[best])
          && classes(members(clusters, other)) + classes <= maxSize
          && !wouldConflict(clusters, c, other)) {
        best = other;
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

  private static boolean conflictsWithPart(int unit, int p, int[] part, List<int[]> conflicts) {
    for (int[] pair : conflicts) {
      int other = pair[0] == unit ? pair[1] : pair[1] == unit ? pair[0] : -1;
      if (other >= 0 && part[other] == p) {
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

  private static List<Integer> members(int[] clusters, int c) {
    List<Integer> members = new ArrayList<>();
    for (int unit = 0; unit < clusters.length; unit++) {
      if (clusters[unit] == c) {
        members.add(unit);
      }
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
    java.util.Arrays.fill(number, -1);
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
