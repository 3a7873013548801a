package dev.cleave.evaluate;

import dev.cleave.model.Dependency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inter-call percentage (ICP): the share of calls that cross services.
 *
 * <p>Source: W. Jin et al., "Service Candidate Identification from Monolithic Systems Based on
 * Execution Traces", IEEE TSE 47(5), 2021:
 * {@code ICP = sum_{i != j} log(calls(i, j) + 1) / sum_{i, j} log(calls(i, j) + 1)}, over
 * ordered pairs of services, i = j included in the denominator. Jin et al. count calls in
 * execution traces; Cleave counts static calls and member accesses in the code
 * ({@link Dependency#callCount()}). 0 when no class calls another. Cost O(E + K^2).
 */
final class InterCallPercentage {

  private InterCallPercentage() {}

  static double of(Decomposition services, List<Dependency> dependencies) {
    Map<String, Map<String, Long>> calls = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      String from = services.groupOf().get(dependency.source());
      String to = services.groupOf().get(dependency.target());
      if (from == null || to == null || dependency.callCount() == 0) {
        continue;
      }
      calls.computeIfAbsent(from, k -> new TreeMap<>())
          .merge(to, (long) dependency.callCount(), Long::sum);
    }
    double crossing = 0;
    double all = 0;
    for (Map.Entry<String, Map<String, Long>> row : calls.entrySet()) {
      for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
        double value = Math.log(cell.getValue() + 1);
        all += value;
        if (!row.getKey().equals(cell.getKey())) {
          crossing += value;
        }
      }
    }
    return all == 0 ? 0 : crossing / all;
  }
}
