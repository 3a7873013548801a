package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The class-to-group assignment of an analysis, indexed for the views: the proposed services,
 * then the shared libraries.
 *
 * <p>Groups are numbered in that order; the page names them by number ({@code s0}, {@code s1})
 * in element ids and links, so that no analysed name ever forms part of an id. The dependencies
 * between groups are summed here from the class dependencies, as the clustering sums those
 * between services, so that shared libraries get theirs too.
 */
final class Assignment {

  /**
   * A service or a shared library.
   *
   * @param name its name
   * @param classes the ids of its classes, sorted
   * @param lines the lines of its classes
   * @param reasons why each class is in it, by class id, where the clustering said
   * @param library whether it is a shared library
   */
  record Group(String name, List<String> classes, int lines, SortedMap<String, String> reasons,
      boolean library) {}

  private final List<Group> groups = new ArrayList<>();
  private final Map<String, Integer> groupOfClass = new HashMap<>();
  private final Map<String, Integer> groupByName = new HashMap<>();
  private final Map<String, ClassInfo> classes = new HashMap<>();
  private final List<ServiceDependency> dependencies;

  Assignment(Analysis analysis) {
    analysis.proposal().services().forEach(service -> groups.add(new Group(service.name(),
        service.classes(), service.lines(), service.reasons(), false)));
    analysis.proposal().sharedLibraries().forEach(library -> groups.add(new Group(
        library.name(), library.classes(), library.lines(), library.reasons(), true)));
    for (int i = 0; i < groups.size(); i++) {
      groupByName.putIfAbsent(groups.get(i).name(), i);
      for (String id : groups.get(i).classes()) {
        groupOfClass.put(id, i);
      }
    }
    analysis.structure().classes().forEach(info -> classes.put(info.id(), info));
    dependencies = sumDependencies(analysis.structure().dependencies());
  }

  /** Returns the services, then the shared libraries. */
  List<Group> groups() {
    return groups;
  }

  /** Returns the number of the group that contains the class, or -1 if none does. */
  int groupOf(String classId) {
    return groupOfClass.getOrDefault(classId, -1);
  }

  /** Returns the number of the group of that name. */
  int groupNamed(String name) {
    return groupByName.get(name);
  }

  /** Returns the dependencies between groups, heaviest first, then by source and target. */
  List<ServiceDependency> dependencies() {
    return dependencies;
  }

  /** Returns the class, or {@code null} for an id that the structure does not list. */
  ClassInfo classInfo(String classId) {
    return classes.get(classId);
  }

  /** Returns the package of the class, or {@code ""} for an unknown id. */
  String packageOf(String classId) {
    ClassInfo info = classes.get(classId);
    return info == null ? "" : info.packageName();
  }

  /** Returns the element id of a group: {@code s} and its number. */
  static String anchor(int group) {
    return "s" + group;
  }

  private List<ServiceDependency> sumDependencies(List<Dependency> classDependencies) {
    Map<Integer, Map<Integer, int[]>> sums = new TreeMap<>();
    for (Dependency dependency : classDependencies) {
      int from = groupOf(dependency.source());
      int to = groupOf(dependency.target());
      if (from < 0 || to < 0 || from == to || dependency.codeCount() == 0) {
        continue;
      }
      int[] sum = sums.computeIfAbsent(from, k -> new TreeMap<>())
          .computeIfAbsent(to, k -> new int[3]);
      sum[0] += dependency.codeCount();
      sum[1] += dependency.callCount();
      sum[2]++;
    }
    List<ServiceDependency> result = new ArrayList<>();
    sums.forEach((from, targets) -> targets.forEach((to, sum) -> result.add(new ServiceDependency(
        groups.get(from).name(), groups.get(to).name(), sum[0], sum[1], sum[2]))));
    result.sort(Comparator.comparingInt((ServiceDependency d) -> -d.weight())
        .thenComparing(ServiceDependency::source)
        .thenComparing(ServiceDependency::target));
    return List.copyOf(result);
  }
}
