package dev.cleave.cluster;

import dev.cleave.model.ProjectConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one clustering run, with every default filled in.
 *
 * <p>Defaults: the signal weights of {@link SignalKind}; the resolution chosen automatically;
 * services of {@value #DEFAULT_MIN_SERVICE_SIZE} to {@value #DEFAULT_MAX_SERVICE_SIZE} classes;
 * a class used by at least {@value #DEFAULT_SHARED_MIN_SERVICES} services may go to the shared
 * library.
 *
 * @param weights the weight of each signal, 0 for one switched off
 * @param resolution a fixed resolution, or {@code null} to choose it
 * @param services the number of services to aim for, or {@code null}
 * @param minServiceSize the fewest classes a service may have
 * @param maxServiceSize the most classes a service may have
 * @param sharedMinServices the fewest services that must use a shared-library class; 0 for no
 *     shared library
 * @param pin class patterns by the service they are pinned to
 * @param together groups of class patterns to keep in one service
 * @param apart groups of class patterns to keep in different services
 * @param seed the seed of the random starts
 */
public record ClusterSettings(
    Map<SignalKind, Double> weights,
    Double resolution,
    Integer services,
    int minServiceSize,
    int maxServiceSize,
    int sharedMinServices,
    Map<String, List<String>> pin,
    List<List<String>> together,
    List<List<String>> apart,
    long seed) {

  /** The fewest classes of a service by default: a service of one class is rarely worth it. */
  public static final int DEFAULT_MIN_SERVICE_SIZE = 2;

  /**
   * The most classes of a service by default: well beyond the 5 to 20 classes that the
   * non-extreme distribution measure calls normal, so it only stops a service from swallowing
   * a large part of a monolith.
   */
  public static final int DEFAULT_MAX_SERVICE_SIZE = 150;

  /** The fewest services that must use a class before it may go to the shared library. */
  public static final int DEFAULT_SHARED_MIN_SERVICES = 3;

  public ClusterSettings {
    weights = Map.copyOf(weights);
    pin = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(pin));
    for (Map.Entry<SignalKind, Double> entry : weights.entrySet()) {
      if (!(entry.getValue() >= 0) || entry.getValue().isInfinite()) {
        throw new IllegalArgumentException("the weight of the signal " + entry.getKey().key()
            + " must be a number of at least 0, was " + entry.getValue());
      }
    }
    if (resolution != null && !(resolution > 0)) {
      throw new IllegalArgumentException("the resolution must be greater than 0, was "
          + resolution);
    }
    if (minServiceSize < 1 || maxServiceSize < minServiceSize) {
      throw new IllegalArgumentException("the service size limits must satisfy 1 <= minimum <= "
          + "maximum, were " + minServiceSize + " and " + maxServiceSize);
    }
    if (sharedMinServices < 0) {
      throw new IllegalArgumentException("sharedLibrary.minServices must be at least 0, was "
          + sharedMinServices);
    }
  }

  /**
   * Returns the settings of the project's {@code clustering} section, with the command line's
   * values in front where given.
   */
  public static ClusterSettings of(ProjectConfig.Clustering config, Integer services,
      Integer minServiceSize, Integer maxServiceSize, long seed) {
    Map<SignalKind, Double> weights = new EnumMap<>(SignalKind.class);
    ProjectConfig.Weights given = config.weights();
    weights.put(SignalKind.STRUCTURAL, or(given.structural(), SignalKind.STRUCTURAL));
    weights.put(SignalKind.CO_CHANGE, or(given.coChange(), SignalKind.CO_CHANGE));
    weights.put(SignalKind.AUTHORS, or(given.authors(), SignalKind.AUTHORS));
    weights.put(SignalKind.DATA, or(given.data(), SignalKind.DATA));
    weights.put(SignalKind.USE_CASES, or(given.useCases(), SignalKind.USE_CASES));
    weights.put(SignalKind.VOCABULARY, or(given.vocabulary(), SignalKind.VOCABULARY));
    weights.put(SignalKind.NAMES, or(given.names(), SignalKind.NAMES));
    weights.put(SignalKind.PACKAGES, or(given.packages(), SignalKind.PACKAGES));
    int min = first(minServiceSize, config.minServiceSize(), DEFAULT_MIN_SERVICE_SIZE);
    int max = first(maxServiceSize, config.maxServiceSize(), Math.max(min,
        DEFAULT_MAX_SERVICE_SIZE));
    Integer count = services != null ? services : config.services();
    Integer sharedMin = config.sharedLibrary().minServices();
    return new ClusterSettings(weights, config.resolution(), count, min, max,
        sharedMin == null ? DEFAULT_SHARED_MIN_SERVICES : sharedMin, config.pin(),
        config.together(), config.apart(), seed);
  }

  /** Returns the defaults, for tests and callers without a {@code cleave.yaml}. */
  public static ClusterSettings defaults(long seed) {
    return of(ProjectConfig.defaults().clustering(), null, null, null, seed);
  }

  double weight(SignalKind kind) {
    return weights.getOrDefault(kind, 0.0);
  }

  /** Returns a copy with one signal's weight changed. */
  ClusterSettings withWeight(SignalKind kind, double weight) {
    Map<SignalKind, Double> changed = new EnumMap<>(weights);
    changed.put(kind, weight);
    return new ClusterSettings(changed, resolution, services, minServiceSize, maxServiceSize,
        sharedMinServices, pin, together, apart, seed);
  }

  private static double or(Double value, SignalKind kind) {
    return value == null ? kind.defaultWeight() : value;
  }

  private static int first(Integer a, Integer b, int fallback) {
    return a != null ? a : b != null ? b : fallback;
  }
}
