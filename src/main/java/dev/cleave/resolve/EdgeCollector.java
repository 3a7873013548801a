package dev.cleave.resolve;

import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.KindCount;
import dev.cleave.model.Location;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates references into dependencies between two ids, merging counts and keeping the
 * first location of each kind. Merging is by key, so the result does not depend on the order
 * in which references or files arrive.
 */
final class EdgeCollector {

  private final Map<String, Map<String, Edge>> edges = new LinkedHashMap<>();

  /** One dependency under construction. */
  private static final class Edge {
    final Map<DependencyKind, KindCount> kinds = new EnumMap<>(DependencyKind.class);
    final Set<String> targetTypes = new TreeSet<>();
    final Map<String, Integer> members = new TreeMap<>();
    final Set<Dependency.Flag> flags = EnumSet.noneOf(Dependency.Flag.class);
  }

  void add(String source, String target, DependencyKind kind, Location location,
      String targetType, String member, Set<Dependency.Flag> flags) {
    Edge edge = edges.computeIfAbsent(source, k -> new LinkedHashMap<>())
        .computeIfAbsent(target, k -> new Edge());
    edge.kinds.merge(kind, new KindCount(1, location), KindCount::plus);
    if (targetType != null) {
      edge.targetTypes.add(targetType);
    }
    if (member != null) {
      edge.members.merge(member, 1, Integer::sum);
    }
    edge.flags.addAll(flags);
  }

  /** Adds all edges of another collector into this one. */
  void addAll(EdgeCollector other) {
    other.edges.forEach((source, targets) -> targets.forEach((target, edge) -> {
      Edge into = edges.computeIfAbsent(source, k -> new LinkedHashMap<>())
          .computeIfAbsent(target, k -> new Edge());
      edge.kinds.forEach((kind, count) -> into.kinds.merge(kind, count, KindCount::plus));
      into.targetTypes.addAll(edge.targetTypes);
      edge.members.forEach((member, count) -> into.members.merge(member, count, Integer::sum));
      into.flags.addAll(edge.flags);
    }));
  }

  /** Returns the dependencies sorted by source, then target. */
  List<Dependency> dependencies() {
    Map<String, Map<String, Edge>> sorted = new TreeMap<>();
    edges.forEach((source, targets) -> sorted.put(source, new TreeMap<>(targets)));
    List<Dependency> result = new java.util.ArrayList<>();
    sorted.forEach((source, targets) -> targets.forEach((target, edge) ->
        result.add(new Dependency(source, target, new TreeMap<>(edge.kinds), new TreeSet<>(edge.targetTypes),
            new TreeMap<>(edge.members), edge.flags))));
    return result;
  }
}
