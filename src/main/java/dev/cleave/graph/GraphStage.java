package dev.cleave.graph;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.PackageDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Builds the dependency graphs from resolved classes and dependencies.
 *
 * <p>Cycles are the strongly connected components with more than one vertex, found by
 * Kosaraju's algorithm in O(V + E); they are sorted so that the output does not depend on the
 * order of the graph's vertex sets.
 */
public final class GraphStage {

  private GraphStage() {}

  public static DependencyGraphs build(List<ClassInfo> classes, List<Dependency> dependencies) {
    Graph<String, DefaultWeightedEdge> classGraph = newGraph();
    Map<String, String> packageOf = new HashMap<>();
    for (ClassInfo info : classes) {
      classGraph.addVertex(info.id());
      packageOf.put(info.id(), info.packageName());
    }
    Map<String, Map<String, int[]>> packageEdges = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      int weight = dependency.codeCount();
      if (weight == 0 || !classGraph.containsVertex(dependency.source())
          || !classGraph.containsVertex(dependency.target())) {
        continue;
      }
      DefaultWeightedEdge edge = classGraph.addEdge(dependency.source(), dependency.target());
      classGraph.setEdgeWeight(edge, weight);
      String from = packageOf.get(dependency.source());
      String to = packageOf.get(dependency.target());
      if (!from.equals(to)) {
        int[] sums = packageEdges.computeIfAbsent(from, k -> new TreeMap<>())
            .computeIfAbsent(to, k -> new int[2]);
        sums[0] += weight;
        sums[1]++;
      }
    }
    Graph<String, DefaultWeightedEdge> packageGraph = newGraph();
    new TreeSet<>(packageOf.values()).forEach(packageGraph::addVertex);
    List<PackageDependency> packageDependencies = new ArrayList<>();
    packageEdges.forEach((from, targets) -> targets.forEach((to, sums) -> {
      DefaultWeightedEdge edge = packageGraph.addEdge(from, to);
      packageGraph.setEdgeWeight(edge, sums[0]);
      packageDependencies.add(new PackageDependency(from, to, sums[0], sums[1]));
    }));
    return new DependencyGraphs(classGraph, packageGraph, packageDependencies,
        cycles(packageGraph));
  }

  /** Returns the strongly connected components of more than one vertex, sorted. */
  public static List<List<String>> cycles(Graph<String, DefaultWeightedEdge> graph) {
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() > 1) {
        cycles.add(List.copyOf(new TreeSet<>(component)));
      }
    }
    cycles.sort(Comparator.comparing((List<String> cycle) -> -cycle.size())
        .thenComparing(cycle -> cycle.get(0)));
    return cycles;
  }

  private static Graph<String, DefaultWeightedEdge> newGraph() {
    return GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
        .allowingMultipleEdges(false)
        .allowingSelfLoops(false)
        .weighted(true)
        .edgeClass(DefaultWeightedEdge.class)
        .buildGraph();
  }
}
