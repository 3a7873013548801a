package dev.cleave.cluster;

import java.util.List;
import java.util.SortedSet;

/**
 * The data signal: classes that touch the same database table.
 *
 * <p>Each table touched by {@code k} classes adds {@code 1 / (k - 1)} to each of their pairs, so
 * that every class gets at most 1 from one table, and a table that half the project reads does
 * not outweigh one that two classes share. Cost O(sum of k squared).
 */
final class SharedData {

  private SharedData() {}

  static PairWeights of(ClassIndex index, ClusterInput input) {
    PairWeights weights = new PairWeights(index.size());
    for (SortedSet<String> classes : input.data().classesByTable().values()) {
      List<Integer> nodes = classes.stream().map(index::of).filter(node -> node >= 0).toList();
      if (nodes.size() < 2) {
        continue;
      }
      double share = 1.0 / (nodes.size() - 1);
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          weights.add(nodes.get(i), nodes.get(j), share);
        }
      }
    }
    return weights;
  }
}
