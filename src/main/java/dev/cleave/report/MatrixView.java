package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.PackageDependency;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Dependency structure matrices of the services, with the shared libraries, and of the packages.
 *
 * <p>Row {@code i}, column {@code j} holds the references from element {@code i} to element
 * {@code j}. Elements are ordered so that what is depended on comes first: the strongly
 * connected components are put in topological order of the reversed dependency graph, ties
 * broken by name, and each component's members by name. Every dependency then lies below the
 * diagonal except those inside a cycle, which form blocks on it and are marked. Cost:
 * O(V + E) for the components and O(V log V + E) for the order, plus the n<sup>2</sup> cells.
 *
 * @param services the service matrix
 * @param packages the package matrix
 */
public record MatrixView(Matrix services, Matrix packages) {

  /** The largest matrix the page shows; larger ones show the most coupled elements only. */
  static final int MAX_SIZE = 120;

  /**
   * One matrix.
   *
   * @param total how many elements there are, shown or not
   * @param rows the rows, in matrix order; their number is the number of columns too
   * @param cycles how many cycles the shown elements take part in
   */
  public record Matrix(int total, List<Row> rows, int cycles) {

    /** Returns whether some elements were left out because there are more than MAX_SIZE. */
    public boolean truncated() {
      return rows.size() < total;
    }
  }

  /**
   * A row of a matrix.
   *
   * @param number the 1-based position, which labels the column too
   * @param label the short name
   * @param name the full name
   * @param anchor the element id of the element's page, or {@code ""}
   * @param cycle whether the element is part of a cycle
   * @param cells the row's cells, one per column
   */
  public record Row(int number, String label, String name, String anchor, boolean cycle,
      List<Cell> cells) {}

  /**
   * A cell.
   *
   * @param value the references, 0 for none
   * @param style the CSS classes: {@code self} on the diagonal, {@code cycle} for a
   *     dependency inside a cycle, and {@code w1} to {@code w4} for its weight on a log scale
   * @param title the cell's tooltip
   */
  public record Cell(int value, String style, String title) {}

  static MatrixView of(Analysis analysis, Assignment assignment) {
    Map<String, String> serviceAnchors = new HashMap<>();
    for (int i = 0; i < assignment.groups().size(); i++) {
      serviceAnchors.put(assignment.groups().get(i).name(), Assignment.anchor(i));
    }
    Map<String, Map<String, Integer>> serviceEdges = new TreeMap<>();
    for (ServiceDependency d : assignment.dependencies()) {
      serviceEdges.computeIfAbsent(d.source(), k -> new TreeMap<>()).put(d.target(), d.weight());
    }
    Map<String, Map<String, Integer>> packageEdges = new TreeMap<>();
    for (PackageDependency d : analysis.structure().packageDependencies()) {
      packageEdges.computeIfAbsent(d.source(), k -> new TreeMap<>()).put(d.target(), d.weight());
    }
    TreeSet<String> packages = new TreeSet<>();
    analysis.structure().classes().forEach(info -> packages.add(info.packageName()));
    String prefix = PackageNames.commonPrefix(List.copyOf(packages));
    return new MatrixView(
        matrix(new TreeSet<>(serviceAnchors.keySet()), serviceEdges, name -> name,
            serviceAnchors),
        matrix(packages, packageEdges, name -> PackageNames.shorten(name, prefix), Map.of()));
  }

  private static Matrix matrix(TreeSet<String> elements, Map<String, Map<String, Integer>> edges,
      UnaryOperator<String> label, Map<String, String> anchors) {
    Map<String, Integer> component = new HashMap<>();
    List<String> all = order(graph(elements, edges), component);
    Map<Integer, Integer> componentSizes = new HashMap<>();
    component.values().forEach(c -> componentSizes.merge(c, 1, Integer::sum));
    List<String> shown = all;
    if (all.size() > MAX_SIZE) {
      Set<String> kept = mostCoupled(elements, edges);
      shown = all.stream().filter(kept::contains).toList();
    }
    int max = 1;
    for (String from : shown) {
      for (String to : shown) {
        max = Math.max(max, weight(edges, from, to));
      }
    }
    List<Row> rows = new ArrayList<>();
    TreeSet<Integer> cycles = new TreeSet<>();
    for (int i = 0; i < shown.size(); i++) {
      String from = shown.get(i);
      boolean inCycle = componentSizes.get(component.get(from)) > 1;
      if (inCycle) {
        cycles.add(component.get(from));
      }
      List<Cell> cells = new ArrayList<>();
      for (int j = 0; j < shown.size(); j++) {
        cells.add(cell(from, shown.get(j), edges, component, max, label));
      }
      rows.add(new Row(i + 1, label.apply(from), from, anchors.getOrDefault(from, ""), inCycle,
          cells));
    }
    return new Matrix(elements.size(), rows, cycles.size());
  }

  private static Cell cell(String from, String to, Map<String, Map<String, Integer>> edges,
      Map<String, Integer> component, int max, UnaryOperator<String> label) {
    if (from.equals(to)) {
      return new Cell(0, "self", label.apply(from));
    }
    int value = weight(edges, from, to);
    if (value == 0) {
      return new Cell(0, "", "");
    }
    boolean cycle = component.get(from).equals(component.get(to));
    String style = "w" + level(value, max) + (cycle ? " cycle" : "");
    String title = label.apply(from) + " \u2192 " + label.apply(to) + ": " + value
        + " references" + (cycle ? ", in a cycle" : "");
    return new Cell(value, style, title);
  }

  /** Returns 1 to 4 for a weight, on a log scale up to the largest weight of the matrix. */
  static int level(int value, int max) {
    if (max <= 1) {
      return 4;
    }
    double share = Math.log(value) / Math.log(max);
    return 1 + (int) Math.min(3, Math.floor(share * 4));
  }

  private static int weight(Map<String, Map<String, Integer>> edges, String from, String to) {
    return edges.getOrDefault(from, Map.of()).getOrDefault(to, 0);
  }

  /** Returns the MAX_SIZE elements with the most references in and out. */
  private static Set<String> mostCoupled(TreeSet<String> elements,
      Map<String, Map<String, Integer>> edges) {
    Map<String, Integer> coupling = new TreeMap<>();
    edges.forEach((from, targets) -> targets.forEach((to, weight) -> {
      coupling.merge(from, weight, Integer::sum);
      coupling.merge(to, weight, Integer::sum);
    }));
    return elements.stream()
        .sorted(Comparator.comparing((String e) -> -coupling.getOrDefault(e, 0))
            .thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SIZE)
        .collect(Collectors.toSet());
  }

  private static Graph<String, DefaultEdge> graph(TreeSet<String> elements,
      Map<String, Map<String, Integer>> edges) {
    Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
        .allowingSelfLoops(false).allowingMultipleEdges(false)
        .edgeClass(DefaultEdge.class).buildGraph();
    elements.forEach(graph::addVertex);
    edges.forEach((from, targets) -> targets.forEach((to, weight) -> {
      if (graph.containsVertex(from) && graph.containsVertex(to) && !from.equals(to)) {
        graph.addEdge(from, to);
      }
    }));
    return graph;
  }

  /**
   * Returns the elements with what is depended on first, and fills in each element's component
   * number.
   */
  private static List<String> order(Graph<String, DefaultEdge> graph,
      Map<String, Integer> component) {
    var inspector = new KosarajuStrongConnectivityInspector<>(graph);
    Graph<Graph<String, DefaultEdge>, DefaultEdge> condensation = inspector.getCondensation();
    Map<Graph<String, DefaultEdge>, String> first = new HashMap<>();
    condensation.vertexSet().forEach(c -> first.put(c, new TreeSet<>(c.vertexSet()).first()));
    var providersFirst = new TopologicalOrderIterator<>(new EdgeReversedGraph<>(condensation),
        Comparator.comparing(first::get));
    List<String> order = new ArrayList<>();
    int number = 0;
    while (providersFirst.hasNext()) {
      Graph<String, DefaultEdge> members = providersFirst.next();
      for (String element : new TreeSet<>(members.vertexSet())) {
        order.add(element);
        component.put(element, number);
      }
      number++;
    }
    return order;
  }
}
