package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proposes services: clusters of the undirected, weighted class graph.
 *
 * <p>Classes with no dependency on another project class, and none on them, form no cluster of
 * their own; they are grouped into one service named {@value #ISOLATED}.
 */
public final class ClusterStage {

  /** The name of the service that holds classes without dependencies. */
  public static final String ISOLATED = "isolated";

  private final long seed;
  private final double resolution;

  public ClusterStage(long seed, double resolution) {
    this.seed = seed;
    this.resolution = resolution;
  }

  public Proposal propose(List<ClassInfo> classes, List<Dependency> dependencies) {
    List<String> ids = classes.stream().map(ClassInfo::id).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    Map<Long, Double> undirected = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      Integer a = index.get(dependency.source());
      Integer b = index.get(dependency.target());
      double weight = StructuralWeights.of(dependency);
      if (a == null || b == null || a.equals(b) || weight <= 0) {
        continue;
      }
      long key = (long) Math.min(a, b) * ids.size() + Math.max(a, b);
      undirected.merge(key, weight, Double::sum);
    }
    int[] from = new int[undirected.size()];
    int[] to = new int[undirected.size()];
    double[] weights = new double[undirected.size()];
    boolean[] connected = new boolean[ids.size()];
    int e = 0;
    for (Map.Entry<Long, Double> entry : undirected.entrySet()) {
      from[e] = (int) (entry.getKey() / ids.size());
      to[e] = (int) (entry.getKey() % ids.size());
      weights[e] = entry.getValue();
      connected[from[e]] = true;
      connected[to[e]] = true;
      e++;
    }
    int[] clusters = LeidenClustering.cluster(ids.size(), from, to, weights, resolution, seed);

    Map<Integer, List<String>> members = new TreeMap<>();
    List<String> isolated = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (connected[i]) {
        members.computeIfAbsent(clusters[i], k -> new ArrayList<>()).add(ids.get(i));
      } else {
        isolated.add(ids.get(i));
      }
    }
    Map<String, ClassInfo> byId = new HashMap<>();
    classes.forEach(info -> byId.put(info.id(), info));
    List<List<String>> groups = new ArrayList<>(members.values());
    List<Service> services = ServiceNames.name(groups, byId);
    if (!isolated.isEmpty()) {
      services = new ArrayList<>(services);
      services.add(new Service(ISOLATED, isolated, lines(isolated, byId)));
    }
    services = new ArrayList<>(services);
    services.sort(Comparator.comparing((Service s) -> -s.classes().size())
        .thenComparing(Service::name));
    return new Proposal(services, serviceDependencies(services, dependencies), seed);
  }

  static int lines(List<String> classes, Map<String, ClassInfo> byId) {
    int lines = 0;
    for (String id : classes) {
      lines += byId.get(id).lines();
    }
    return lines;
  }

  /** Sums the class dependencies that cross from one service to another. */
  static List<ServiceDependency> serviceDependencies(List<Service> services,
      List<Dependency> dependencies) {
    Map<String, String> serviceOf = new HashMap<>();
    for (Service service : services) {
      service.classes().forEach(id -> serviceOf.put(id, service.name()));
    }
    Map<String, Map<String, int[]>> sums = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      String from = serviceOf.get(dependency.source());
      String to = serviceOf.get(dependency.target());
      if (from == null || to == null || from.equals(to) || dependency.codeCount() == 0) {
        continue;
      }
      int[] sum = sums.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new int[3]);
      sum[0] += dependency.codeCount();
      sum[1] += dependency.callCount();
      sum[2]++;
    }
    List<ServiceDependency> result = new ArrayList<>();
    sums.forEach((from, targets) -> targets.forEach((to, sum) ->
        result.add(new ServiceDependency(from, to, sum[0], sum[1], sum[2]))));
    result.sort(Comparator.comparing((ServiceDependency d) -> -d.weight())
        .thenComparing(ServiceDependency::source).thenComparing(ServiceDependency::target));
    return result;
  }
}
