package dev.cleave.check;

import dev.cleave.model.Dependency;
import dev.cleave.model.KindCount;
import dev.cleave.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dependencies between declared services that the code has: one edge per ordered pair of
 * services with at least one code reference between their classes. Javadoc references and
 * classes outside services are left out.
 */
final class ServiceGraph {

  /**
   * An edge between two services.
   *
   * @param source the depending service
   * @param target the service depended on
   * @param first the earliest code location of any class dependency behind the edge
   * @param example the class dependency at that location
   */
  record Edge(String source, String target, Location first, Dependency example) {}

  private final SortedMap<String, SortedMap<String, Edge>> edges = new TreeMap<>();

  ServiceGraph(Assignment assignment, List<Dependency> dependencies) {
    for (Dependency dependency : dependencies) {
      String source = assignment.serviceOf(dependency.source());
      String target = assignment.serviceOf(dependency.target());
      Location location = codeLocation(dependency);
      if (source == null || target == null || source.equals(target) || location == null) {
        continue;
      }
      SortedMap<String, Edge> out = edges.computeIfAbsent(source, k -> new TreeMap<>());
      Edge edge = out.get(target);
      if (edge == null || location.compareTo(edge.first()) < 0) {
        out.put(target, new Edge(source, target, location, dependency));
      }
    }
  }

  /** Returns every edge, sorted by source, then target. */
  List<Edge> edges() {
    List<Edge> all = new ArrayList<>();
    edges.values().forEach(out -> all.addAll(out.values()));
    return all;
  }

  /** Returns the targets of a service, sorted by name. */
  SortedMap<String, Edge> out(String service) {
    return edges.getOrDefault(service, Collections.emptySortedMap());
  }

  /** Returns the earliest location of a code reference of the dependency, or {@code null}. */
  static Location codeLocation(Dependency dependency) {
    Location first = null;
    for (Map.Entry<dev.cleave.model.DependencyKind, KindCount> entry
        : dependency.kinds().entrySet()) {
      if (entry.getKey().isCode()) {
        first = Location.earlier(first, entry.getValue().first());
      }
    }
    return first;
  }
}
