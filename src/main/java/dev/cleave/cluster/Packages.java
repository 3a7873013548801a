package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The package signal: classes of one package, the grouping the code's authors chose.
 *
 * <p>Each pair of classes in a package of {@code k} classes gets weight {@code 1 / (k - 1)}, so
 * that every class has the same total, whatever the size of its package. Packages of more than
 * {@value #MAX_PACKAGE_SIZE} classes are layers or dumping grounds rather than modules and link
 * nothing; that also bounds the cost to O(n * MAX_PACKAGE_SIZE). Deterministic.
 */
final class Packages {

  static final int MAX_PACKAGE_SIZE = 100;

  private Packages() {}

  static PairWeights of(ClassIndex index) {
    Map<String, List<Integer>> byPackage = new TreeMap<>();
    for (int node = 0; node < index.size(); node++) {
      byPackage.computeIfAbsent(index.info(node).packageName(), k -> new ArrayList<>()).add(node);
    }
    PairWeights weights = new PairWeights(index.size());
    for (List<Integer> members : byPackage.values()) {
      int size = members.size();
      if (size < 2 || size > MAX_PACKAGE_SIZE) {
        continue;
      }
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          weights.add(members.get(i), members.get(j), 1.0 / (size - 1));
        }
      }
    }
    return weights;
  }
}
