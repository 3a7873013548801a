package dev.cleave.cluster;

/**
 * Newman's modularity of a partition of an undirected weighted graph.
 *
 * <p>Source: M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23),
 * 8577-8582, 2006: {@code Q = 1/(2m) sum_ij [A_ij - gamma k_i k_j / (2m)] delta(c_i, c_j)},
 * where {@code A} is the weighted adjacency, {@code k} the strengths, {@code m} the total edge
 * weight and {@code gamma} the resolution (1 in Newman's definition). Computed per cluster as
 * {@code sum_c [w_c / m - gamma (K_c / 2m)^2]}, with {@code w_c} the weight inside cluster c and
 * {@code K_c} its strength. Cost O(n + E); exact to floating-point rounding, summed in a fixed
 * order.
 */
public final class Modularity {

  private Modularity() {}

  /**
   * Returns the modularity of the partition; 0 for a graph without edges.
   *
   * @param nodes the number of nodes
   * @param from the first node of each edge, each undirected edge listed once
   * @param to the second node of each edge
   * @param weights the weight of each edge, not negative
   * @param cluster the cluster of each node, numbered from 0
   * @param resolution the resolution gamma; 1 for Newman's modularity
   */
  public static double of(int nodes, int[] from, int[] to, double[] weights, int[] cluster,
      double resolution) {
    int clusters = 0;
    for (int c : cluster) {
      clusters = Math.max(clusters, c + 1);
    }
    double[] inside = new double[clusters];
    double[] strength = new double[clusters];
    double total = 0;
    for (int e = 0; e < from.length; e++) {
      double w = weights[e];
      total += w;
      strength[cluster[from[e]]] += w;
      strength[cluster[to[e]]] += w;
      if (cluster[from[e]] == cluster[to[e]]) {
        inside[cluster[from[e]]] += w;
      }
    }
    if (total == 0) {
      return 0;
    }
    double q = 0;
    for (int c = 0; c < clusters; c++) {
      double share = strength[c] / (2 * total);
      q += inside[c] / total - resolution * share * share;
    }
    return q;
  }

  static double of(WeightedGraph graph, int[] cluster, double resolution) {
    return of(graph.nodes(), graph.from(), graph.to(), graph.weights(), cluster, resolution);
  }
}
