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
 * <p>Cost: the network is built once per graph, in O(E log E); each run then costs about O(E)
 * per iteration, and iterates until an iteration changes nothing, at most {@value
 * #MAX_ITERATIONS} times. Small graphs, where the optimum is ambiguous, get {@value
 * #MAX_STARTS} random starts; the number falls with size to one start from {@value
 * #NODES_PER_START} nodes up, where starts differ little and each costs much.
 *
 * <p>Deterministic: start {@code i} draws its moves from a {@link Random} seeded with the
 * {@code i}-th number of a {@link SplittableRandom} seeded with the caller's seed; the starts
 * run one after another; ties keep the earlier start; the nodes are numbered by the caller in a
 * stable order. The result therefore does not depend on the number of threads.
 */
final class LeidenClustering {

  /** The most iterations of one start; class graphs settle in a few. */
  static final int MAX_ITERATIONS = 10;

  /** The edge visits one start may make, which bounds its iterations on large graphs. */
  static final int EDGE_VISITS = 2_000_000;

  /** The random starts of a small graph. */
  static final int MAX_STARTS = 8;

  /** The graph size in nodes from which a single start is made. */
  static final int NODES_PER_START = 16_000;

  private final WeightedGraph graph;
  private final Network network;
  private final double totalWeight;

  /** Prepares the network of a graph for runs at several resolutions. */
  LeidenClustering(WeightedGraph graph) {
    this.graph = graph;
    if (graph.nodes() == 0 || graph.edges() == 0) {
      this.network = null;
      this.totalWeight = 0;
      return;
    }
    this.network = network(graph);
    this.totalWeight = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
  }

  /**
   * Builds the library's network in its compressed neighbour-list form. Each edge is entered in
   * both directions as one {@code long} that packs its two ends and its index, so one primitive
   * sort orders every node's neighbours; that is several times faster than the library's own
   * sort of an edge list. Graphs too large to pack go through the library's constructor.
   */
  private static Network network(WeightedGraph graph) {
    int nodes = graph.nodes();
    int edges = graph.edges();
    int nodeBits = 32 - Integer.numberOfLeadingZeros(nodes);
    int entryBits = 32 - Integer.numberOfLeadingZeros(2 * edges);
    if (2 * nodeBits + entryBits > 63) {
      LargeIntArray[] list = {new LargeIntArray(graph.from()), new LargeIntArray(graph.to())};
      return new Network(nodes, true, list, new LargeDoubleArray(graph.weights()), false, false);
    }
    long[] entries = new long[2 * edges];
    for (int e = 0; e < edges; e++) {
      entries[2 * e] = pack(graph.from()[e], graph.to()[e], e, nodeBits, entryBits);
      entries[2 * e + 1] = pack(graph.to()[e], graph.from()[e], e, nodeBits, entryBits);
    }
    java.util.Arrays.sort(entries);
    long[] firstNeighbor = new long[nodes + 1];
    int[] neighbors = new int[entries.length];
    double[] weights = new double[entries.length];
    long entryMask = (1L << entryBits) - 1;
    long nodeMask = (1L << nodeBits) - 1;
    for (int i = 0; i < entries.length; i++) {
      long entry = entries[i];
      int source = (int) (entry >>> (nodeBits + entryBits));
      neighbors[i] = (int) ((entry >>> entryBits) & nodeMask);
      weights[i] = graph.weights()[(int) (entry & entryMask)];
      firstNeighbor[source + 1]++;
    }
    for (int node = 0; node < nodes; node++) {
      firstNeighbor[node + 1] += firstNeighbor[node];
    }
    return new Network(nodes, true, firstNeighbor, new LargeIntArray(neighbors),
        new LargeDoubleArray(weights), false);
  }

  private static long pack(int source, int target, int edge, int nodeBits, int entryBits) {
    return ((long) source << (nodeBits + entryBits)) | ((long) target << entryBits) | edge;
  }

  /**
   * Returns the most iterations of one start: {@value #MAX_ITERATIONS}, fewer on large graphs,
   * so that a start visits about {@value #EDGE_VISITS} edges at most, but never fewer than two.
   * The first iterations make nearly all of the gain.
   */
  static int maxIterations(int edges) {
    return Math.max(2, Math.min(MAX_ITERATIONS, EDGE_VISITS / Math.max(1, edges)));
  }

  /** Returns the number of random starts for a graph of the given size. */
  static int starts(int nodes) {
    return Math.max(1, Math.min(MAX_STARTS, NODES_PER_START / Math.max(1, nodes)));
  }

  /**
   * Clusters a graph from a single start, for splitting a part of a graph: many parts are
   * split, and a split needs a good partition, not the best one.
   */
  static int[] clusterOnce(WeightedGraph graph, double resolution, long seed) {
    return new LeidenClustering(graph).cluster(resolution, seed, 1);
  }

  /**
   * Returns the cluster of each node, numbered from 0 with the largest cluster first.
   *
   * @param resolution the modularity resolution; higher values give more, smaller clusters
   * @param seed the seed from which the seeds of the starts are drawn
   */
  int[] cluster(double resolution, long seed) {
    return cluster(resolution, seed, starts(graph.nodes()));
  }

  private int[] cluster(double resolution, long seed, int starts) {
    int nodes = graph.nodes();
    if (nodes == 0) {
      return new int[0];
    }
    if (network == null) {
      return singletons(nodes);
    }
    SplittableRandom seeds = new SplittableRandom(seed);
    int[] best = null;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < starts; start++) {
      LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / totalWeight, 1,
          LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seeds.nextLong()));
      Clustering clustering = new Clustering(nodes);
      for (int iteration = 0; iteration < maxIterations(graph.edges()); iteration++) {
        if (!leiden.improveClustering(network, clustering)) {
          break;
        }
      }
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
