package dev.cleave.cluster;

import java.util.Random;
import java.util.SplittableRandom;
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
 * the constant Potts model on a network whose node weights are the node strengths, with the
 * resolution divided by twice the total edge weight. The algorithm runs from
 * {@value #STARTS} random starts and keeps the partition of highest modularity. Each iteration
 * costs about O(E); the number of iterations is fixed.
 *
 * <p>Deterministic: start {@code i} draws its moves from a {@link Random} seeded with the
 * {@code i}-th number of a {@link SplittableRandom} seeded with the caller's seed; the starts
 * run one after another; ties keep the earlier start; the nodes are numbered by the caller in a
 * stable order. The result therefore does not depend on the number of threads.
 */
final class LeidenClustering {

  /** Iterations of each start; later ones rarely change a partition of a class graph. */
  static final int ITERATIONS = 10;

  /** Random starts; more find a better optimum on small, ambiguous graphs. */
  static final int STARTS = 8;

  private LeidenClustering() {}

  /**
   * Returns the cluster of each node, numbered from 0 with the largest cluster first.
   *
   * @param graph the graph; a node without edges gets a cluster of its own
   * @param resolution the modularity resolution; higher values give more, smaller clusters
   * @param seed the seed from which the seeds of the starts are drawn
   */
  static int[] cluster(WeightedGraph graph, double resolution, long seed) {
    int nodes = graph.nodes();
    if (nodes == 0) {
      return new int[0];
    }
    if (graph.edges() == 0) {
      return singletons(nodes);
    }
    LargeIntArray[] edges = {new LargeIntArray(graph.from()), new LargeIntArray(graph.to())};
    Network network = new Network(nodes, true, edges, new LargeDoubleArray(graph.weights()),
        false, true);
    double total = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
    SplittableRandom seeds = new SplittableRandom(seed);
    int[] best = null;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < STARTS; start++) {
      LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / total, ITERATIONS,
          LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seeds.nextLong()));
      Clustering clustering = new Clustering(nodes);
      leiden.improveClustering(network, clustering);
      clustering.orderClustersByNNodes();
      int[] clusters = clustering.getClusters();
      double quality = Modularity.of(graph, clusters, resolution);
      if (quality > bestQuality) {
        bestQuality = quality;
        best = clusters;
      }
    }
    return best;
  }

  private static int[] singletons(int nodes) {
    int[] singletons = new int[nodes];
    for (int i = 0; i < nodes; i++) {
      singletons[i] = i;
    }
    return singletons;
  }
}
