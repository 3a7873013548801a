package dev.cleave.evaluate;

import dev.cleave.cluster.Modularity;
import dev.cleave.model.Dependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Newman's modularity of the services on the class dependency graph.
 *
 * <p>The graph is undirected: the weight between two classes is the number of code references
 * between them in both directions, Javadoc left out. The formula and its source are in
 * {@link Modularity}. Cost O(n + E).
 */
final class NewmanModularity {

  private NewmanModularity() {}

  static double of(Decomposition services, List<Dependency> dependencies) {
    List<String> ids = new ArrayList<>(services.groupOf().keySet());
    Map<String, Integer> node = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      node.put(ids.get(i), i);
    }
    Map<String, Integer> clusterNumber = new TreeMap<>();
    services.groupOf().values().forEach(g -> clusterNumber.putIfAbsent(g, clusterNumber.size()));
    int[] cluster = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      cluster[i] = clusterNumber.get(services.groupOf().get(ids.get(i)));
    }
    Map<Long, Double> weights = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      Integer a = node.get(dependency.source());
      Integer b = node.get(dependency.target());
      if (a == null || b == null || a.equals(b) || dependency.codeCount() == 0) {
        continue;
      }
      long key = (long) Math.min(a, b) * ids.size() + Math.max(a, b);
      weights.merge(key, (double) dependency.codeCount(), Double::sum);
    }
    int[] from = new int[weights.size()];
    int[] to = new int[weights.size()];
    double[] w = new double[weights.size()];
    int e = 0;
    for (Map.Entry<Long, Double> entry : weights.entrySet()) {
      from[e] = (int) (entry.getKey() / ids.size());
      to[e] = (int) (entry.getKey() % ids.size());
      w[e] = entry.getValue();
      e++;
    }
    return Modularity.of(ids.size(), from, to, w, cluster, 1.0);
  }
}
