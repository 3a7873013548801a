package dev.cleave.evaluate;

import dev.cleave.model.Dependency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Interface number (IFN): the mean number of interfaces a service offers to other services.
 *
 * <p>Source: W. Jin et al., "Service Candidate Identification from Monolithic Systems Based on
 * Execution Traces", IEEE TSE 47(5), 2021: {@code IFN = (1/K) sum_i |I_i|}, where {@code I_i}
 * is the set of interfaces that service i publishes. Cleave counts as interfaces the methods
 * and fields of a service's classes that classes of other services use, and the class itself
 * when another service refers to it without using a member (a type or a constructor call).
 * Cost O(E).
 */
final class InterfaceNumber {

  private InterfaceNumber() {}

  static double of(Decomposition services, List<Dependency> dependencies) {
    Map<String, List<String>> groups = services.groups();
    if (groups.isEmpty()) {
      return 0;
    }
    Map<String, Set<String>> interfaces = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      String from = services.groupOf().get(dependency.source());
      String to = services.groupOf().get(dependency.target());
      if (from == null || to == null || from.equals(to) || dependency.codeCount() == 0) {
        continue;
      }
      Set<String> offered = interfaces.computeIfAbsent(to, k -> new TreeSet<>());
      if (dependency.members().isEmpty()) {
        offered.add(dependency.target());
      } else {
        offered.addAll(dependency.members().keySet());
      }
    }
    long total = 0;
    for (Set<String> offered : interfaces.values()) {
      total += offered.size();
    }
    return (double) total / groups.size();
  }
}
