package dev.cleave.cluster;

import dev.cleave.model.Dependency;

/**
 * The structural signal: static dependencies between classes, weighted by kind, with utility
 * hubs damped.
 *
 * <p>A dependency weighs as {@link StructuralWeights} says. A class that many classes use, such
 * as a utility or a base type, would pull all of them together, so every dependency on it is
 * multiplied by an inverse-document-frequency factor of its fan-in {@code f} among {@code n}
 * classes: {@code log(1 + n / f) / log(1 + n)}, which is 1 for a class used once and falls
 * towards {@code log 2 / log(1 + n)} for one used by all. Both directions of a pair are summed.
 * Cost O(E).
 */
final class StructuralCoupling {

  private StructuralCoupling() {}

  static PairWeights of(ClassIndex index, ClusterInput input) {
    int n = index.size();
    int[] fanIn = new int[n];
    for (Dependency dependency : input.dependencies()) {
      int target = index.of(dependency.target());
      if (target >= 0 && index.of(dependency.source()) >= 0 && dependency.codeCount() > 0) {
        fanIn[target]++;
      }
    }
    PairWeights weights = new PairWeights(n);
    for (Dependency dependency : input.dependencies()) {
      int source = index.of(dependency.source());
      int target = index.of(dependency.target());
      if (source < 0 || target < 0) {
        continue;
      }
      weights.add(source, target, StructuralWeights.of(dependency) * damping(fanIn[target], n));
    }
    return weights;
  }

  /** Returns the hub damping factor of a class with the given fan-in among n classes. */
  static double damping(int fanIn, int n) {
    if (fanIn <= 1) {
      return 1;
    }
    return Math.log1p((double) n / fanIn) / Math.log1p(n);
  }
}
