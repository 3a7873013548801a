package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

  /**
   * Tries the grid on up to {@code threads} threads at once. The candidates are compared in
   * grid order afterwards, so the choice does not depend on the number of threads.
   */
  static Candidate automatic(Trial trial, int units, int threads) {
    double[] grid = units > LARGE_GRAPH ? LARGE_GRID : GRID;
    List<Callable<Candidate>> trials = new ArrayList<>();
    for (double resolution : grid) {
      trials.add(() -> trial.at(resolution));
    }
    Candidate best = null;
    for (Candidate candidate : inParallel(trials, threads)) {
      if (candidate.betterThan(best)) {
        best = candidate;
      }
    }
    return best;
  }

  /** Runs the tasks on up to {@code threads} threads and returns their results in order. */
  private static <T> List<T> inParallel(List<Callable<T>> tasks, int threads) {
    int workers = Math.max(1, Math.min(threads, tasks.size()));
    if (workers == 1) {
      List<T> results = new ArrayList<>();
      for (Callable<T> task : tasks) {
        results.add(call(task));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "cleave-cluster");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> call(task)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(result(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the result and rethrows the task's own exception or error, out of memory too. */
  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("clustering was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
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
