package dev.cleave.benchmark;

import dev.cleave.cluster.ChangeHistory;
import dev.cleave.cluster.ClusterInput;
import dev.cleave.cluster.ClusterSettings;
import dev.cleave.cluster.ClusterStage;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.IdentifierTerms;
import dev.cleave.model.KindCount;
import dev.cleave.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated class graph for timing the clustering stage on a size no real checkout here has.
 *
 * <p>Classes come in planted groups of 20 to 60 in packages of their own; each class depends
 * on 5 others, four of them in its own group and one anywhere, with 1 to 4 method calls each.
 * Seeded, so every run clusters the same graph.
 */
final class SyntheticGraph {

  private SyntheticGraph() {}

  static long cluster(int classes, int threads, Map<String, Long> stages) {
    long start = System.nanoTime();
    Random random = new Random(7);
    List<ClassInfo> infos = new ArrayList<>(classes);
    int[] groupOf = new int[classes];
    List<int[]> groups = new ArrayList<>();
    int next = 0;
    while (next < classes) {
      int size = Math.min(classes - next, 20 + random.nextInt(41));
      groups.add(new int[] {next, size});
      for (int i = next; i < next + size; i++) {
        groupOf[i] = groups.size() - 1;
      }
      next += size;
    }
    for (int i = 0; i < classes; i++) {
      String name = "gen.p" + groupOf[i] + ".C" + i;
      infos.add(new ClassInfo(name, name, name.replace('.', '/') + ".java", "",
          ClassInfo.Kind.CLASS, 50, List.of(), List.of(), List.of(), List.of(), Set.of()));
    }
    List<Dependency> dependencies = new ArrayList<>(classes * 5);
    for (int i = 0; i < classes; i++) {
      int[] group = groups.get(groupOf[i]);
      Set<Integer> targets = new HashSet<>();
      while (targets.size() < 5) {
        int target = targets.size() < 4
            ? group[0] + random.nextInt(group[1])
            : random.nextInt(classes);
        if (target != i) {
          targets.add(target);
        }
      }
      for (int target : new TreeSet<>(targets)) {
        TreeMap<DependencyKind, KindCount> kinds = new TreeMap<>();
        kinds.put(DependencyKind.METHOD_CALL, new KindCount(1 + random.nextInt(4),
            new Location(infos.get(i).path(), 1)));
        dependencies.add(new Dependency(infos.get(i).id(), infos.get(target).id(), kinds,
            new TreeSet<>(), new TreeMap<>(), Set.of()));
      }
    }
    dependencies.sort((a, b) -> a.source().equals(b.source())
        ? a.target().compareTo(b.target()) : a.source().compareTo(b.source()));
    stages.put("generate", System.nanoTime() - start);
    long clustering = System.nanoTime();
    ClusterInput input = new ClusterInput(infos, dependencies, DataAccess.NONE,
        IdentifierTerms.NONE, ChangeHistory.NONE);
    int services = new ClusterStage(ClusterSettings.defaults(42), threads).propose(input)
        .services().size();
    stages.put("cluster", System.nanoTime() - clustering);
    return services;
  }
}
