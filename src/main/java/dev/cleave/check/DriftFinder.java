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
 * <p>This is one local-moving step of the modularity optimisation that the clustering runs
 * (Traag, Waltman and van Eck, "From Louvain to Leiden", 2019), on the same undirected graph:
 * edge weights are {@link StructuralWeights}, summed over both directions, and a node's degree
 * is the sum of its edge weights. Moving class {@code i} into service {@code S} scores {@code
 * w(i,S) - resolution * k(i) * K(S) / 2m}, where {@code w(i,S)} is its tie to the other classes
 * of {@code S}, {@code k(i)} its degree, {@code K(S)} the summed degree of the other classes of
 * {@code S} and {@code 2m} the summed degree of all classes. A class drifts when another
 * service scores strictly higher than its own. Ties between other services go to the first by
 * name, so the result is the same on every run. Cost: O(dependencies + classes x services they
 * touch).
 */
final class DriftFinder {

  private DriftFinder() {}

  static List<Drift> find(CheckContext context, double resolution) {
    Assignment assignment = context.assignment();
    Map<String, Map<String, Double>> ties = new HashMap<>();
    Map<String, Double> degrees = new HashMap<>();
    double totalDegree = 0;
    for (Dependency dependency : context.dependencies()) {
      double weight = StructuralWeights.of(dependency);
      if (weight <= 0 || dependency.source().equals(dependency.target())) {
        continue;
      }
      degrees.merge(dependency.source(), weight, Double::sum);
      degrees.merge(dependency.target(), weight, Double::sum);
      totalDegree += 2 * weight;
      String source = assignment.serviceOf(dependency.source());
      String target = assignment.serviceOf(dependency.target());
      if (source != null && target != null) {
        ties.computeIfAbsent(dependency.source(), k -> new TreeMap<>())
            .merge(target, weight, Double::sum);
        ties.computeIfAbsent(dependency.target(), k -> new TreeMap<>())
            .merge(source, weight, Double::sum);
      }
    }
    Map<String, Double> serviceDegrees = new HashMap<>();
    assignment.ownerOf().forEach((classId, owner) ->
        serviceDegrees.merge(owner, degrees.getOrDefault(classId, 0.0), Double::sum));
    List<Drift> drift = new ArrayList<>();
    for (Map.Entry<String, String> entry : assignment.ownerOf().entrySet()) {
      String classId = entry.getKey();
      String own = entry.getValue();
      Map<String, Double> byService = ties.get(classId);
      if (byService == null || !assignment.isService(own)) {
        continue;
      }
      double degree = degrees.getOrDefault(classId, 0.0);
      double penalty = resolution * degree / totalDegree;
      double ownScore = byService.getOrDefault(own, 0.0)
          - penalty * (serviceDegrees.get(own) - degree);
      String closer = null;
      double closerScore = ownScore;
      for (Map.Entry<String, Double> tie : byService.entrySet()) {
        double score = tie.getValue() - penalty * serviceDegrees.get(tie.getKey());
        if (!tie.getKey().equals(own) && score > closerScore) {
          closer = tie.getKey();
          closerScore = score;
        }
      }
      if (closer != null) {
        ClassInfo info = context.classes().get(classId);
        drift.add(new Drift(classId, info.path(), own, closer,
            byService.getOrDefault(own, 0.0), byService.get(closer)));
      }
    }
    return drift;
  }
}
