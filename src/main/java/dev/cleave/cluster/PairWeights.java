package dev.cleave.cluster;

import java.util.Arrays;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;

/**
 * Symmetric weights between pairs of nodes numbered from 0: the evidence one signal gives that
 * two classes belong together.
 *
 * <p>Only pairs with a positive weight are stored. {@link #keys()} returns the pairs in
 * ascending order, so that anything built from them does not depend on hash order.
 */
final class PairWeights {

  private final int nodes;
  private final Long2DoubleOpenHashMap weights = new Long2DoubleOpenHashMap();
  private long[] sortedKeys;

  PairWeights(int nodes) {
    this.nodes = nodes;
  }

  int nodes() {
    return nodes;
  }

  /** Adds weight to the pair; self pairs and weights that are not positive are ignored. */
  void add(int a, int b, double weight) {
    if (a == b || !(weight > 0)) {
      return;
    }
    weights.addTo(key(a, b), weight);
    sortedKeys = null;
  }

  double get(int a, int b) {
    return a == b ? 0 : weights.get(key(a, b));
  }

  int size() {
    return weights.size();
  }

  /** Returns the sum of all pair weights, summed in key order so it is the same every run. */
  double total() {
    double total = 0;
    for (long key : keys()) {
      total += weights.get(key);
    }
    return total;
  }

  /** Returns the pair keys in ascending order; the array is shared, so callers must not change it. */
  long[] keys() {
    if (sortedKeys == null) {
      sortedKeys = weights.keySet().toLongArray();
      Arrays.sort(sortedKeys);
    }
    return sortedKeys;
  }

  double weight(long key) {
    return weights.get(key);
  }

  int first(long key) {
    return (int) (key / nodes);
  }

  int second(long key) {
    return (int) (key % nodes);
  }

  /** Adds every pair of the other weights, multiplied by the factor. */
  void addAll(PairWeights other, double factor) {
    for (long key : other.keys()) {
      add(other.first(key), other.second(key), other.weight(key) * factor);
    }
  }

  private long key(int a, int b) {
    return (long) Math.min(a, b) * nodes + Math.max(a, b);
  }
}
