package dev.cleave.cluster;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Partitions an undirected weighted graph by maximising modularity with the Leiden algorithm.
 *
 * <p>Source: V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9, 5233 (2019), as implemented by its authors
 * in {@code nl.cwts:networkanalysis}. Modularity with resolution {@code gamma} is optimised as
 * the constant Potts model on a network whose node weights are the node degrees, with the
 * resolution divided by twice the total edge weight. Each iteration costs about O(E); the
 * number of iterations is fixed.
 *
 * <p>Deterministic: the random moves come from a {@link Random} with the given seed, and the
 * nodes are numbered by the caller in a stable order.
 */
final class LeidenClustering {

  /** Iterations of the algorithm; later ones rarely change a partition of a class graph. */
  static final int ITERATIONS = 10;

  private LeidenClustering() {}

  /**
   * Returns the cluster of each node, numbered from 0 with the largest cluster first.
   *
   * @param nodes the number of nodes
   * @param from the first node of each edge
   * @param to the second node of each edge; each undirected edge is listed once
   * @param weights the weight of each edge, positive
   * @param resolution the modularity resolution; higher values give more, smaller clusters
   * @param seed the seed of the random moves
   */
  static int[] cluster(int nodes, int[] from, int[] to, double[] weights, double resolution,
      long seed) {
    if (nodes == 0) {
      return new int[0];
    }
    LargeIntArray[] edges = {new LargeIntArray(from), new LargeIntArray(to)};
    Network network = new Network(nodes, true, edges, new LargeDoubleArray(weights), false, true);
    double total = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
    if (total == 0) {
      int[] singletons = new int[nodes];
      for (int i = 0; i < nodes; i++) {
        singletons[i] = i;
      }
      return singletons;
    }
    LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / total, ITERATIONS,
        LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
    Clustering clustering = new Clustering(nodes);
    leiden.improveClustering(network, clustering);
    clustering.orderClustersByNNodes();
    return clustering.getClusters();
  }
}
