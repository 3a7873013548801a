package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page of each service: its numbers, its neighbours, and its classes with the reason each
 * class is there.
 *
 * <p>The reason is the class's coupling: how many of its code references, in both directions,
 * stay inside its service, and which other service pulls at it most. Clustering maximises the
 * first, so a class with a strong pull elsewhere is one to look at when redrawing a boundary.
 *
 * @param panels one panel per service, in the proposal's order
 */
public record ServicesView(List<Panel> panels) {

  /** How many neighbours a service page lists each way, heaviest first. */
  static final int MAX_NEIGHBOURS = 15;

  /**
   * One service.
   *
   * @param anchor the element id, {@code s} and the service's number
   * @param name the service name
   * @param library whether it is a shared library, which each service links or copies
   * @param classCount the number of classes
   * @param lines the lines of its classes
   * @param packageCount the number of packages its classes are in
   * @param dependsOn the services it refers to, heaviest first, at most {@value
   *     #MAX_NEIGHBOURS}
   * @param usedBy the services that refer to it, heaviest first, at most {@value
   *     #MAX_NEIGHBOURS}
   * @param moreDependsOn how many more services it refers to
   * @param moreUsedBy how many more services refer to it
   * @param plan what the migration plan says about it
   * @param classes its classes, by name
   */
  public record Panel(
      String anchor,
      String name,
      boolean library,
      int classCount,
      int lines,
      int packageCount,
      List<Neighbour> dependsOn,
      List<Neighbour> usedBy,
      int moreDependsOn,
      int moreUsedBy,
      PlanViews.ServiceFacts plan,
      List<ClassRow> classes) {}

  /**
   * A service on the other side of a dependency.
   *
   * @param anchor the other service's element id
   * @param name the other service's name
   * @param references the code references between the two
   * @param calls how many of them are calls or member accesses
   */
  public record Neighbour(String anchor, String name, int references, int calls) {}

  /**
   * A class of a service.
   *
   * @param name the binary name
   * @param simpleName the simple name
   * @param packageName the package
   * @param kind the sort of type, in lower case
   * @param lines the lines of its declaration
   * @param path the file that declares it
   * @param inside code references to or from classes of the same service
   * @param outside code references to or from classes of other services
   * @param pull the service with the most of those outside references, or {@code ""}
   * @param pullAnchor the element id of that service, or {@code ""}
   * @param pullReferences the references to or from that service
   * @param reason why the clustering put the class there, or else how its references split
   *     between its service and the others
   * @param check whether another service has more of its references than its own
   */
  public record ClassRow(
      String name,
      String simpleName,
      String packageName,
      String kind,
      int lines,
      String path,
      int inside,
      int outside,
      String pull,
      String pullAnchor,
      int pullReferences,
      String reason,
      boolean check) {}

  static ServicesView of(Analysis analysis, Assignment assignment) {
    List<Assignment.Group> groups = assignment.groups();
    Map<String, int[]> coupling = coupling(analysis.structure().dependencies(), assignment);
    List<Panel> panels = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Assignment.Group group = groups.get(i);
      List<Neighbour> dependsOn = new ArrayList<>();
      List<Neighbour> usedBy = new ArrayList<>();
      for (ServiceDependency dependency : assignment.dependencies()) {
        if (dependency.source().equals(group.name())) {
          dependsOn.add(neighbour(dependency.target(), dependency, assignment));
        } else if (dependency.target().equals(group.name())) {
          usedBy.add(neighbour(dependency.source(), dependency, assignment));
        }
      }
      List<ClassRow> rows = new ArrayList<>();
      for (String id : group.classes()) {
        rows.add(classRow(id, i, coupling.get(id), assignment));
      }
      long packages = rows.stream().map(ClassRow::packageName).distinct().count();
      panels.add(new Panel(Assignment.anchor(i), group.name(), group.library(),
          group.classes().size(), group.lines(), (int) packages, first(dependsOn),
          first(usedBy), Math.max(0, dependsOn.size() - MAX_NEIGHBOURS),
          Math.max(0, usedBy.size() - MAX_NEIGHBOURS),
          PlanViews.serviceFacts(analysis, group.name()), rows));
    }
    return new ServicesView(panels);
  }

  private static List<Neighbour> first(List<Neighbour> heaviestFirst) {
    return heaviestFirst.subList(0, Math.min(heaviestFirst.size(), MAX_NEIGHBOURS));
  }

  private static Neighbour neighbour(String name, ServiceDependency dependency,
      Assignment assignment) {
    return new Neighbour(Assignment.anchor(assignment.groupNamed(name)), name,
        dependency.weight(), dependency.calls());
  }

  /**
   * Returns, per class id, its code references counted per service of the other end: slot
   * {@code s} holds those with service {@code s}. References between a class and itself are
   * left out.
   */
  private static Map<String, int[]> coupling(List<Dependency> dependencies,
      Assignment assignment) {
    int services = assignment.groups().size();
    Map<String, int[]> coupling = new HashMap<>();
    for (Dependency dependency : dependencies) {
      int weight = dependency.codeCount();
      int from = assignment.groupOf(dependency.source());
      int to = assignment.groupOf(dependency.target());
      if (weight == 0 || from < 0 || to < 0 || dependency.source().equals(dependency.target())) {
        continue;
      }
      coupling.computeIfAbsent(dependency.source(), k -> new int[services])[to] += weight;
      coupling.computeIfAbsent(dependency.target(), k -> new int[services])[from] += weight;
    }
    return coupling;
  }

  private static ClassRow classRow(String id, int service, int[] counts, Assignment assignment) {
    ClassInfo info = assignment.classInfo(id);
    String name = info == null ? id : info.name();
    String simpleName = info == null ? id : info.simpleName();
    String packageName = info == null ? "" : info.packageName();
    String kind = info == null ? "" : info.kind().name().toLowerCase(Locale.ROOT);
    int lines = info == null ? 0 : info.lines();
    String path = info == null ? "" : info.path();
    int inside = counts == null ? 0 : counts[service];
    int outside = 0;
    int pull = -1;
    for (int s = 0; counts != null && s < counts.length; s++) {
      if (s != service) {
        outside += counts[s];
        if (counts[s] > 0 && (pull < 0 || counts[s] > counts[pull])) {
          pull = s;
        }
      }
    }
    String pullName = pull < 0 ? "" : assignment.groups().get(pull).name();
    int pullReferences = pull < 0 ? 0 : counts[pull];
    String reason = assignment.groups().get(service).reasons().getOrDefault(id, "");
    if (reason.isEmpty()) {
      reason = coupling(inside, outside, pullName, pullReferences);
    }
    return new ClassRow(name, simpleName, packageName, kind, lines, path, inside, outside,
        pullName, pull < 0 ? "" : Assignment.anchor(pull), pullReferences, reason,
        pullReferences > inside);
  }

  /** Returns how a class's code references split between its service and the others. */
  static String coupling(int inside, int outside, String pull, int pullReferences) {
    int total = inside + outside;
    if (total == 0) {
      return "No code references to or from other project classes.";
    }
    if (outside == 0) {
      return "All " + total + " of its references stay in this service.";
    }
    if (inside == 0) {
      return "None of its " + total + " references stay in this service; "
          + pull + " has " + pullReferences + ".";
    }
    int percent = (int) Math.round(100.0 * inside / total);
    return percent + "% of its " + total + " references stay in this service; "
        + "the strongest pull elsewhere is " + pull + " with " + pullReferences + ".";
  }
}
