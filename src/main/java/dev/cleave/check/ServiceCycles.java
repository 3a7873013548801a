package dev.cleave.check;

import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds services that depend on each other in a cycle, whether or not the declaration allows
 * each of the dependencies.
 *
 * <p>Each strongly connected component of the service graph with more than one service is one
 * violation, keyed by its sorted members, so that it stays the same violation while the classes
 * behind it change. Components come from Kosaraju's algorithm (JGraphT), in O(services +
 * edges). The message shows one shortest cycle through the alphabetically first member, found by
 * breadth-first search over targets in name order, so it is the same on every run.
 */
final class ServiceCycles implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.SERVICE_CYCLE;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    ServiceGraph services = context.graph();
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    context.assignment().services().stream().sorted().forEach(graph::addVertex);
    for (ServiceGraph.Edge edge : services.edges()) {
      graph.addEdge(edge.source(), edge.target());
    }
    List<Violation> violations = new ArrayList<>();
    for (Set<String> component
        : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      TreeSet<String> members = new TreeSet<>(component);
      List<String> cycle = shortestCycle(services, members);
      ServiceGraph.Edge first = services.out(cycle.get(0)).get(cycle.get(1));
      String message = "services " + String.join(" -> ", cycle) + " depend on each other in a"
          + " cycle" + (members.size() > cycle.size() - 1 ? " (the cycle spans "
              + String.join(", ", members) + ")" : "")
          + "; remove or invert one of the dependencies, such as " + first.source() + " -> "
          + first.target() + ", where " + context.nameOf(first.example().source()) + " uses "
          + context.nameOf(first.example().target());
      violations.add(new Violation(rule(), String.join(", ", members), first.first(), message,
          false));
    }
    return violations;
  }

  /** Returns a shortest cycle through the first member, starting and ending with it. */
  private static List<String> shortestCycle(ServiceGraph services, TreeSet<String> members) {
    String start = members.first();
    Map<String, String> previous = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      for (String next : services.out(current).keySet()) {
        if (!members.contains(next)) {
          continue;
        }
        if (next.equals(start)) {
          List<String> cycle = new ArrayList<>();
          for (String at = current; at != null; at = previous.get(at)) {
            cycle.add(0, at);
          }
          cycle.add(start);
          return cycle;
        }
        if (!previous.containsKey(next) && !next.equals(start)) {
          previous.put(next, current);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("no cycle through " + start + " in " + members);
  }
}
