package dev.cleave.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The services and the calls between them, as a JGraphT directed graph.
 *
 * <p>Vertices are added in sorted order and every result is sorted, so the output does not
 * depend on the order of the input. Strongly connected components come from Kosaraju's
 * algorithm (O(V + E)); reach is a breadth-first walk (O(V + E)).
 */
final class ServiceGraph {

  private final Graph<String, CallEdge> graph;
  private Adjacency adjacency;

  private ServiceGraph(Graph<String, CallEdge> graph) {
    this.graph = graph;
  }

  /** Returns the graph of the services with the edges that pass the filter. */
  static ServiceGraph of(Collection<String> services, Collection<CallEdge> edges,
      Predicate<CallEdge> keep) {
    Graph<String, CallEdge> graph = GraphTypeBuilder.<String, CallEdge>directed()
        .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false)
        .edgeClass(CallEdge.class).buildGraph();
    new TreeSet<>(services).forEach(graph::addVertex);
    edges.stream().filter(keep)
        .filter(e -> graph.containsVertex(e.from()) && graph.containsVertex(e.to()))
        .sorted(Comparator.comparing(CallEdge::from).thenComparing(CallEdge::to))
        .forEach(e -> graph.addEdge(e.from(), e.to(), e));
    return new ServiceGraph(graph);
  }

  /** Returns the services, sorted. */
  SortedSet<String> services() {
    return new TreeSet<>(graph.vertexSet());
  }

  /** Returns the edges, sorted by caller, then callee. */
  List<CallEdge> edges() {
    return graph.edgeSet().stream()
        .sorted(Comparator.comparing(CallEdge::from).thenComparing(CallEdge::to)).toList();
  }

  /** Returns the edges from the service, sorted by callee. */
  List<CallEdge> outgoing(String service) {
    return graph.outgoingEdgesOf(service).stream().sorted(Comparator.comparing(CallEdge::to))
        .toList();
  }

  /** Returns the services that call the service, sorted. */
  SortedSet<String> callers(String service) {
    SortedSet<String> callers = new TreeSet<>();
    graph.incomingEdgesOf(service).forEach(e -> callers.add(e.from()));
    return callers;
  }

  /** Returns the service and every service it reaches through calls, sorted. */
  SortedSet<String> reach(String service) {
    return reach(service, edge -> false);
  }

  /** Returns the service and every service it reaches through calls not skipped, sorted. */
  SortedSet<String> reach(String service, Predicate<CallEdge> skipped) {
    SortedSet<String> reached = new TreeSet<>();
    walk(service, skipped, (reachedService, by) -> reached.add(reachedService));
    return reached;
  }

  /**
   * Returns, for every service the service reaches, the call it is first reached by: a spanning
   * tree of its reach. A call outside the tree can be dropped without losing any service.
   */
  Set<CallEdge> reachTree(String service) {
    Set<CallEdge> tree = new HashSet<>();
    walk(service, edge -> false, (reachedService, by) -> {
      if (by != null) {
        tree.add(by);
      }
    });
    return tree;
  }

  /**
   * Walks breadth-first from the service over the calls not skipped, and passes the visitor each
   * service reached with the call that reached it first (null for the start). O(V + E) on
   * arrays, since the availability what-ifs walk the graph once per call of each reach tree.
   */
  private void walk(String service, Predicate<CallEdge> skipped,
      BiConsumer<String, CallEdge> visitor) {
    Adjacency adjacency = adjacency();
    int start = adjacency.ids.get(service);
    boolean[] seen = new boolean[adjacency.names.length];
    int[] queue = new int[adjacency.names.length];
    int head = 0;
    int tail = 0;
    seen[start] = true;
    queue[tail++] = start;
    visitor.accept(service, null);
    while (head < tail) {
      int from = queue[head++];
      for (int i = 0; i < adjacency.targets[from].length; i++) {
        int to = adjacency.targets[from][i];
        CallEdge edge = adjacency.calls[from][i];
        if (!seen[to] && !skipped.test(edge)) {
          seen[to] = true;
          queue[tail++] = to;
          visitor.accept(adjacency.names[to], edge);
        }
      }
    }
  }

  private Adjacency adjacency() {
    if (adjacency == null) {
      adjacency = new Adjacency(graph);
    }
    return adjacency;
  }

  /** The graph's services numbered in sorted order, with the calls out of each in callee order. */
  private static final class Adjacency {
    final String[] names;
    final Map<String, Integer> ids = new HashMap<>();
    final int[][] targets;
    final CallEdge[][] calls;

    Adjacency(Graph<String, CallEdge> graph) {
      names = new TreeSet<>(graph.vertexSet()).toArray(String[]::new);
      for (int i = 0; i < names.length; i++) {
        ids.put(names[i], i);
      }
      targets = new int[names.length][];
      calls = new CallEdge[names.length][];
      for (int i = 0; i < names.length; i++) {
        calls[i] = graph.outgoingEdgesOf(names[i]).stream()
            .sorted(Comparator.comparing(CallEdge::to)).toArray(CallEdge[]::new);
        targets[i] = new int[calls[i].length];
        for (int j = 0; j < calls[i].length; j++) {
          targets[i][j] = ids.get(calls[i][j].to());
        }
      }
    }
  }

  /**
   * Returns the strongly connected components of more than one service, each sorted, largest
   * first, then by first name.
   */
  List<SortedSet<String>> cycles() {
    List<SortedSet<String>> cycles = new ArrayList<>();
    for (Set<String> component :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() > 1) {
        cycles.add(new TreeSet<>(component));
      }
    }
    cycles.sort(Comparator.comparingInt((SortedSet<String> c) -> -c.size())
        .thenComparing(SortedSet::first));
    return cycles;
  }

  /**
   * Returns the calls to drop, cheapest first by the order given, until the services of the
   * component call each other in no cycle: each round drops the cheapest call inside any cycle
   * that is left. Works on a copy of the component's calls; O(cuts * (V + E)) of the component.
   */
  List<CallEdge> cutCycles(SortedSet<String> component, Comparator<CallEdge> cheapestFirst) {
    Graph<String, CallEdge> inside = GraphTypeBuilder.<String, CallEdge>directed()
        .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false)
        .edgeClass(CallEdge.class).buildGraph();
    component.forEach(inside::addVertex);
    for (CallEdge edge : edges()) {
      if (component.contains(edge.from()) && component.contains(edge.to())) {
        inside.addEdge(edge.from(), edge.to(), edge);
      }
    }
    List<CallEdge> removed = new ArrayList<>();
    while (true) {
      CallEdge cheapest = null;
      for (Set<String> cycle :
          new KosarajuStrongConnectivityInspector<>(inside).stronglyConnectedSets()) {
        if (cycle.size() < 2) {
          continue;
        }
        for (String service : cycle) {
          for (CallEdge edge : inside.outgoingEdgesOf(service)) {
            if (cycle.contains(edge.to())
                && (cheapest == null || cheapestFirst.compare(edge, cheapest) < 0)) {
              cheapest = edge;
            }
          }
        }
      }
      if (cheapest == null) {
        return removed;
      }
      removed.add(cheapest);
      inside.removeEdge(cheapest);
    }
  }

  /** Returns a copy without the given edges. */
  ServiceGraph without(Collection<CallEdge> removed) {
    Set<CallEdge> dropped = new HashSet<>(removed);
    return of(graph.vertexSet(), graph.edgeSet(), e -> !dropped.contains(e));
  }
}
