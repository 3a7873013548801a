package dev.cleave.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Analysis;
import dev.cleave.model.Dependency;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The service map: services as nodes that expand into their packages, and the dependencies
 * between them as weighted edges.
 *
 * <p>Shared libraries are drawn as nodes too, marked as such. The map is drawn in the browser
 * from {@link #data()}. Its labels leave out the package prefix that all dotted service and
 * package names share, and its panel shows the full names. A package whose classes are split
 * across services appears once in each, as a separate node. Edges are given between these
 * package nodes. The page sums them into edges between the nodes it shows, so a collapsed
 * service shows the sum of its packages' edges. Class-level graphs are never drawn.
 *
 * <p>Positions: the page lays the map out with fCoSE, whose random steps draw from
 * {@code Math.random}. The page replaces {@code Math.random} with a generator seeded by
 * {@link #LAYOUT_SEED} for the length of each layout run, so the same report shows the same
 * picture every time it is opened in the same browser.
 *
 * @param dependencies the heaviest dependencies between services, at most
 *     {@value #MAX_TABLE_ROWS}, heaviest first
 * @param dependencyCount how many dependencies there are in all
 * @param minWeight the smallest edge weight drawn at first, so that large maps stay readable
 * @param data the nodes and edges, as the page's script reads them
 */
public record ServiceMapView(
    List<DependencyRow> dependencies, int dependencyCount, int minWeight, ObjectNode data) {

  /** The seed of the layout's random steps. */
  static final int LAYOUT_SEED = 42;

  /** How many service edges the map draws at first, at least. */
  static final int MIN_EDGES_SHOWN = 40;

  /** How many service edges per service the map draws at first, when that is more. */
  static final int EDGES_SHOWN_PER_SERVICE = 1;

  /** How many dependencies the page's table lists, heaviest first; the exports hold all. */
  static final int MAX_TABLE_ROWS = 1000;

  /**
   * A dependency between two services.
   *
   * @param sourceAnchor the depending service's element id
   * @param source the depending service
   * @param targetAnchor the element id of the service depended on
   * @param target the service depended on
   * @param references the code references
   * @param calls how many of them are calls or member accesses
   * @param classPairs the class-to-class dependencies behind it
   * @param mutual whether the target also depends on the source
   */
  public record DependencyRow(
      String sourceAnchor,
      String source,
      String targetAnchor,
      String target,
      int references,
      int calls,
      int classPairs,
      boolean mutual) {}

  static ServiceMapView of(Analysis analysis, Assignment assignment) {
    List<ServiceDependency> all = assignment.dependencies();
    Set<String> pairs = new HashSet<>();
    all.forEach(d -> pairs.add(d.source() + '\n' + d.target()));
    List<DependencyRow> rows = new ArrayList<>();
    for (ServiceDependency d : all.subList(0, Math.min(all.size(), MAX_TABLE_ROWS))) {
      int from = assignment.groupNamed(d.source());
      int to = assignment.groupNamed(d.target());
      rows.add(new DependencyRow(Assignment.anchor(from), d.source(), Assignment.anchor(to),
          d.target(), d.weight(), d.calls(), d.classPairs(),
          pairs.contains(d.target() + '\n' + d.source())));
    }
    int minWeight = minWeight(all, assignment.groups().size());
    return new ServiceMapView(rows, all.size(), minWeight, data(analysis, assignment, minWeight));
  }

  /** Returns the weight of the heaviest edges that fit in the first picture. */
  static int minWeight(List<ServiceDependency> heaviestFirst, int services) {
    int shown = Math.max(MIN_EDGES_SHOWN, EDGES_SHOWN_PER_SERVICE * services);
    if (heaviestFirst.size() <= shown) {
      return 1;
    }
    return heaviestFirst.get(shown - 1).weight();
  }

  private static ObjectNode data(Analysis analysis, Assignment assignment, int minWeight) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode data = json.objectNode();
    data.put("layoutSeed", LAYOUT_SEED);
    data.put("minWeight", minWeight);
    ArrayNode servicesNode = data.putArray("services");
    List<Assignment.Group> services = assignment.groups();
    // Package nodes, numbered in service order and then by package name.
    Map<String, Integer> packageNode = new HashMap<>();
    ArrayNode packagesNode = data.putArray("packages");
    String prefix = PackageNames.commonPrefix(analysis.structure().classes().stream()
        .map(info -> info.packageName()).toList());
    String servicePrefix = PackageNames.commonPrefix(services.stream().map(Assignment.Group::name)
        .filter(name -> name.indexOf('.') > 0).toList());
    for (int s = 0; s < services.size(); s++) {
      Assignment.Group service = services.get(s);
      ObjectNode node = servicesNode.addObject();
      node.put("id", Assignment.anchor(s));
      node.put("name", service.name());
      node.put("library", service.library());
      node.put("label", PackageNames.shorten(service.name(), servicePrefix));
      node.put("classes", service.classes().size());
      node.put("lines", service.lines());
      Map<String, Integer> classesPerPackage = new TreeMap<>();
      service.classes().forEach(id -> classesPerPackage.merge(assignment.packageOf(id), 1,
          Integer::sum));
      for (Map.Entry<String, Integer> entry : classesPerPackage.entrySet()) {
        int number = packagesNode.size();
        packageNode.put(s + "\n" + entry.getKey(), number);
        ObjectNode pkg = packagesNode.addObject();
        pkg.put("id", "p" + number);
        pkg.put("service", s);
        pkg.put("name", entry.getKey());
        pkg.put("label", PackageNames.shorten(entry.getKey(), prefix));
        pkg.put("classes", entry.getValue());
      }
    }
    ArrayNode edges = data.putArray("edges");
    packageEdges(analysis.structure().dependencies(), assignment, packageNode)
        .forEach((from, targets) -> targets.forEach((to, weight) ->
            edges.addArray().add(from).add(to).add(weight)));
    return data;
  }

  /** Sums class dependencies into edges between package nodes, keyed by node numbers. */
  private static Map<Integer, Map<Integer, Integer>> packageEdges(List<Dependency> dependencies,
      Assignment assignment, Map<String, Integer> packageNode) {
    Map<Integer, Map<Integer, Integer>> edges = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      int weight = dependency.codeCount();
      int fromService = assignment.groupOf(dependency.source());
      int toService = assignment.groupOf(dependency.target());
      if (weight == 0 || fromService < 0 || toService < 0) {
        continue;
      }
      int from = packageNode.get(fromService + "\n" + assignment.packageOf(dependency.source()));
      int to = packageNode.get(toService + "\n" + assignment.packageOf(dependency.target()));
      if (from != to) {
        edges.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, weight, Integer::sum);
      }
    }
    return edges;
  }
}
