package dev.cleave.check;

import dev.cleave.cluster.StructuralWeights;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Drift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds classes that the clustering would move to another declared service.
 *
 * <p>This is one local-moving step of the clustering without its resolution term: a class's
 * tie to a service is the summed structural weight ({@link StructuralWeights}) of its
 * dependencies, in both directions, with the classes of that service. A class drifts when its
 * tie to some other service is strictly stronger than to its own. Ties between other services
 * go to the first by name, so the result is the same on every run. Cost: O(dependencies +
 * classes x services they touch).
 */
final class DriftFinder {

  private DriftFinder() {}

  static List<Drift> find(CheckContext context) {
    Assignment assignment = context.assignment();
    Map<String, Map<String, Double>> ties = new HashMap<>();
    for (Dependency dependency : context.dependencies()) {
      String source = assignment.serviceOf(dependency.source());
      String target = assignment.serviceOf(dependency.target());
      double weight = StructuralWeights.of(dependency);
      if (source == null || target == null || weight <= 0
          || dependency.source().equals(dependency.target())) {
        continue;
      }
      ties.computeIfAbsent(dependency.source(), k -> new TreeMap<>())
          .merge(target, weight, Double::sum);
      ties.computeIfAbsent(dependency.target(), k -> new TreeMap<>())
          .merge(source, weight, Double::sum);
    }
    List<Drift> drift = new ArrayList<>();
    for (Map.Entry<String, String> entry : assignment.ownerOf().entrySet()) {
      String classId = entry.getKey();
      String own = entry.getValue();
      Map<String, Double> byService = ties.get(classId);
      if (byService == null || !assignment.isService(own)) {
        continue;
      }
      double ownWeight = byService.getOrDefault(own, 0.0);
      String closer = null;
      double closerWeight = ownWeight;
      for (Map.Entry<String, Double> tie : byService.entrySet()) {
        if (!tie.getKey().equals(own) && tie.getValue() > closerWeight) {
          closer = tie.getKey();
          closerWeight = tie.getValue();
        }
      }
      if (closer != null) {
        ClassInfo info = context.classes().get(classId);
        drift.add(new Drift(classId, info.path(), own, closer, ownWeight, closerWeight));
      }
    }
    return drift;
  }
}
