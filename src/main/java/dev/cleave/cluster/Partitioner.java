package dev.cleave.cluster;

import java.util.Arrays;

/**
 * Partitions the classes of the fused graph into services under the constraints and size
 * limits.
 *
 * <p>Classes that the constraints bind are contracted into one unit first, so Leiden can only
 * place them together. Classes without any link, in any signal, to another class in play are
 * not clustered: {@link #UNLINKED} marks them.
 */
final class Partitioner {

  /** The cluster of a class that no signal links to any other class in play. */
  static final int UNLINKED = -1;

  /** The cluster of a class left out of the partition, such as a shared-library class. */
  static final int LEFT_OUT = -2;

  private final WeightedGraph fused;
  private final Constraints constraints;
  private final ClusterSettings settings;

  private final int threads;

  Partitioner(WeightedGraph fused, Constraints constraints, ClusterSettings settings,
      int threads) {
    this.fused = fused;
    this.constraints = constraints;
    this.settings = settings;
    this.threads = threads;
  }

  /** The cluster of each class, and the resolution that produced it. */
  record Result(int[] clusterOf, double resolution) {}

  /**
   * Returns the cluster of each class: a number from 0, {@link #UNLINKED} or {@link #LEFT_OUT}.
   *
   * @param inPlay which classes take part; the others are {@link #LEFT_OUT}
   */
  Result partition(boolean[] inPlay) {
    int n = fused.nodes();
    int[] unitOf = constraints.unitOf();
    int units = constraints.units();
    int[] unitSize = new int[units];
    boolean[] unitInPlay = new boolean[units];
    for (int i = 0; i < n; i++) {
      if (inPlay[i]) {
        unitSize[unitOf[i]]++;
        unitInPlay[unitOf[i]] = true;
      }
    }
    int[] active = activeNodes(inPlay);
    WeightedGraph activeGraph = fused.induced(active);
    int[] activeUnit = new int[active.length];
    for (int i = 0; i < active.length; i++) {
      activeUnit[i] = unitOf[active[i]];
    }
    WeightedGraph unitGraph = activeGraph.contract(activeUnit, units);
    boolean[] linked = new boolean[units];
    for (int e = 0; e < unitGraph.edges(); e++) {
      linked[unitGraph.from()[e]] = true;
      linked[unitGraph.to()[e]] = true;
    }
    for (int u = 0; u < units; u++) {
      linked[u] |= unitInPlay[u] && constraints.pinnedName(u) != null;
      linked[u] &= unitInPlay[u];
    }
    SizeLimits limits = new SizeLimits(unitGraph, unitSize, constraints.apart(),
        settings.minServiceSize(), settings.maxServiceSize(), settings.seed());
    LeidenClustering leiden = new LeidenClustering(unitGraph);
    Granularity.Trial trial = resolution -> {
      int[] clusters = leiden.cluster(resolution, settings.seed());
      int[] adjusted = limits.apply(clusters, resolution);
      return candidate(resolution, adjusted, linked, unitSize, activeGraph, activeUnit);
    };
    Granularity.Candidate chosen;
    if (settings.resolution() != null) {
      chosen = Granularity.fixed(trial, settings.resolution());
    } else if (settings.services() != null) {
      chosen = Granularity.aimAt(trial, settings.services());
    } else {
      chosen = Granularity.automatic(trial, unitGraph.nodes(), threads);
    }
    int[] clusterOf = new int[n];
    for (int i = 0; i < n; i++) {
      int unit = unitOf[i];
      clusterOf[i] = !inPlay[i] ? LEFT_OUT : linked[unit] ? chosen.clusters()[unit] : UNLINKED;
    }
    return new Result(renumberLinked(clusterOf), chosen.resolution());
  }

  private Granularity.Candidate candidate(double resolution, int[] clusters, boolean[] linked,
      int[] unitSize, WeightedGraph activeGraph, int[] activeUnit) {
    int[] classes = new int[SizeLimits.max(clusters) + 1];
    for (int u = 0; u < clusters.length; u++) {
      if (linked[u]) {
        classes[clusters[u]] += unitSize[u];
      }
    }
    int services = 0;
    boolean fits = true;
    for (int count : classes) {
      if (count > 0) {
        services++;
        fits &= count <= settings.maxServiceSize();
      }
    }
    int[] byNode = new int[activeUnit.length];
    for (int i = 0; i < activeUnit.length; i++) {
      byNode[i] = clusters[activeUnit[i]];
    }
    double modularity = Modularity.of(activeGraph, byNode, 1.0);
    return new Granularity.Candidate(resolution, clusters, services, modularity, fits);
  }

  private static int[] activeNodes(boolean[] inPlay) {
    int count = 0;
    for (boolean b : inPlay) {
      count += b ? 1 : 0;
    }
    int[] active = new int[count];
    int next = 0;
    for (int i = 0; i < inPlay.length; i++) {
      if (inPlay[i]) {
        active[next++] = i;
      }
    }
    return active;
  }

  /** Renumbers the clusters of linked classes from 0 in the order of their first class. */
  private static int[] renumberLinked(int[] clusterOf) {
    int[] number = new int[clusterOf.length + 1];
    Arrays.fill(number, -1);
    int next = 0;
    int[] result = clusterOf.clone();
    for (int i = 0; i < clusterOf.length; i++) {
      if (clusterOf[i] >= 0) {
        if (number[clusterOf[i]] < 0) {
          number[clusterOf[i]] = next++;
        }
        result[i] = number[clusterOf[i]];
      }
    }
    return result;
  }
}
