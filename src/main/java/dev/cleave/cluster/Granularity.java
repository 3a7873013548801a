package dev.cleave.cluster;

/**
 * Chooses the resolution of the clustering: fixed, aimed at a number of services, or the one
 * whose services score best.
 *
 * <p>The automatic choice tries the resolutions of {@link #GRID} ({@link #LARGE_GRID} on large
 * graphs) and keeps the partition, after
 * the size limits are applied, of highest Newman modularity (resolution 1) on the fused graph,
 * preferring partitions whose services all fit the maximum size; ties keep the lower
 * resolution. Aiming at {@code N} services bisects the logarithm of the resolution between
 * {@value #LOW} and {@value #HIGH} for {@value #STEPS} steps and keeps the partition whose
 * number of services is nearest to {@code N}, ties broken by modularity. Each try costs one
 * Leiden run of {@link LeidenClustering#starts} starts.
 */
final class Granularity {

  static final double[] GRID = {0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0};

  /**
   * The resolutions tried on a graph of more than {@value #LARGE_GRAPH} units, where each try
   * costs seconds: the middle of the grid, where large class graphs find their best modularity.
   */
  static final double[] LARGE_GRID = {0.7, 1.0, 1.4};

  static final int LARGE_GRAPH = 20_000;
  static final double LOW = 0.01;
  static final double HIGH = 100;
  static final int STEPS = 24;

  /** A partition of the units tried at one resolution. */
  record Candidate(double resolution, int[] clusters, int services, double modularity,
      boolean fits) {

    boolean betterThan(Candidate other) {
      if (other == null || fits != other.fits) {
        return other == null || fits;
      }
      return modularity > other.modularity;
    }
  }

  /** Tries one resolution; implemented by the partitioner. */
  interface Trial {
    Candidate at(double resolution);
  }

  private Granularity() {}

  static Candidate fixed(Trial trial, double resolution) {
    return trial.at(resolution);
  }

  static Candidate automatic(Trial trial, int units) {
    Candidate best = null;
    for (double resolution : units > LARGE_GRAPH ? LARGE_GRID : GRID) {
      Candidate candidate = trial.at(resolution);
      if (candidate.betterThan(best)) {
        best = candidate;
      }
    }
    return best;
  }

  static Candidate aimAt(Trial trial, int services) {
    double low = Math.log(LOW);
    double high = Math.log(HIGH);
    Candidate best = null;
    for (int step = 0; step < STEPS; step++) {
      double middle = (low + high) / 2;
      Candidate candidate = trial.at(Math.exp(middle));
      if (best == null || nearer(candidate, best, services)) {
        best = candidate;
      }
      if (candidate.services() == services) {
        break;
      }
      if (candidate.services() < services) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return best;
  }

  private static boolean nearer(Candidate candidate, Candidate best, int services) {
    int distance = Math.abs(candidate.services() - services);
    int bestDistance = Math.abs(best.services() - services);
    return distance < bestDistance
        || distance == bestDistance && candidate.modularity() > best.modularity();
  }
}
