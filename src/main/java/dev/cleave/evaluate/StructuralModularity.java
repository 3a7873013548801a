package dev.cleave.evaluate;

import dev.cleave.model.Dependency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Structural modularity (SM): cohesion inside services minus coupling between them.
 *
 * <p>Source: W. Jin, T. Liu, Y. Cai, R. Kazman, R. Mo and Q. Zheng, "Service Candidate
 * Identification from Monolithic Systems Based on Execution Traces", IEEE TSE 47(5), 2021:
 * {@code SM = (1/K) sum_i mu_i / N_i^2 - (1 / (K(K-1)/2)) sum_{i<j} sigma_ij / (2 N_i N_j)},
 * where {@code N_i} is the classes of service i, {@code mu_i} the class dependencies inside
 * it and {@code sigma_ij} those between i and j in either direction. A dependency is a
 * directed pair of classes with at least one code reference. With one service the second
 * term is 0. Cost O(K^2 + E).
 */
final class StructuralModularity {

  private StructuralModularity() {}

  static double of(Decomposition services, List<Dependency> dependencies) {
    Map<String, List<String>> groups = services.groups();
    int k = groups.size();
    if (k == 0) {
      return 0;
    }
    Map<String, Integer> index = new TreeMap<>();
    groups.keySet().forEach(name -> index.put(name, index.size()));
    long[][] edges = new long[k][k];
    for (Dependency dependency : dependencies) {
      String a = services.groupOf().get(dependency.source());
      String b = services.groupOf().get(dependency.target());
      if (a == null || b == null || dependency.source().equals(dependency.target())
          || dependency.codeCount() == 0) {
        continue;
      }
      int i = index.get(a);
      int j = index.get(b);
      edges[Math.min(i, j)][Math.max(i, j)]++;
    }
    int[] size = new int[k];
    groups.forEach((name, members) -> size[index.get(name)] = members.size());
    double cohesion = 0;
    for (int i = 0; i < k; i++) {
      cohesion += edges[i][i] / ((double) size[i] * size[i]);
    }
    cohesion /= k;
    if (k == 1) {
      return cohesion;
    }
    double coupling = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        coupling += edges[i][j] / (2.0 * size[i] * size[j]);
      }
    }
    return cohesion - coupling / (k * (k - 1) / 2.0);
  }
}
