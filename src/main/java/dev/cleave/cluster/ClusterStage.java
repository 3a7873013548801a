package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import dev.cleave.model.SharedLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes services and a shared library by clustering the fused graph of all signals.
 *
 * <p>The steps: compute and fuse the signals ({@link SignalFusion}); contract the classes that
 * constraints bind ({@link Constraints}); cluster with Leiden at the chosen resolution
 * ({@link Granularity}, {@link LeidenClustering}) within the size limits ({@link SizeLimits});
 * move the classes that many of those clusters use and that call no service to the shared
 * library ({@link SharedLibraries}); then cluster the rest again without them, so that they no
 * longer pull services together. Classes that no signal links to any other class go to one
 * service named {@value #ISOLATED}.
 */
public final class ClusterStage {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterStage.class);

  /** The name of the service that holds classes without links. */
  public static final String ISOLATED = "isolated";

  /** The name of the shared library. */
  public static final String SHARED_LIBRARY = "shared";

  private final ClusterSettings settings;

  /**
   * The strongest links each class keeps in the fused graph. The signals together link most
   * classes to many others weakly; Leiden's cost grows with the links, and the weak ones do not
   * change where most classes go. Keeping 20 left the agreement with the expected services of
   * the shop fixture and spring-petclinic as it was with all links, and halved the run time on
   * openmrs-core, where 27 services became 23.
   */
  static final int FUSED_NEIGHBOURS = 20;

  private final int threads;

  /** Creates a stage that clusters on one thread. */
  public ClusterStage(ClusterSettings settings) {
    this(settings, 1);
  }

  /**
   * Creates a stage that tries several resolutions at once on up to {@code threads} threads.
   * The proposal is the same for any number of threads.
   */
  public ClusterStage(ClusterSettings settings, int threads) {
    this.settings = settings;
    this.threads = threads;
  }

  /**
   * Returns the proposal for the input's classes.
   *
   * @throws ConstraintException if the constraints contradict each other
   */
  public Proposal propose(ClusterInput input) {
    long start = System.nanoTime();
    ClassIndex index = new ClassIndex(input.classes());
    SignalFusion fusion = new SignalFusion(index, input, settings);
    long fused = System.nanoTime();
    Constraints constraints = Constraints.of(settings, index);
    WeightedGraph fusedGraph =
        WeightedGraph.of(NearestNeighbours.keep(fusion.fused(), FUSED_NEIGHBOURS));
    Partitioner partitioner = new Partitioner(fusedGraph, constraints, settings, threads);
    boolean[] inPlay = new boolean[index.size()];
    Arrays.fill(inPlay, true);
    Partitioner.Result first = partitioner.partition(inPlay);
    long partitioned = System.nanoTime();
    boolean[] shared = SharedLibraries.detect(index, input, first.clusterOf(),
        constrained(index, constraints), settings.sharedMinServices());
    Partitioner.Result result = first;
    if (any(shared) && index.size() <= Granularity.LARGE_GRAPH) {
      for (int node = 0; node < inPlay.length; node++) {
        inPlay[node] = !shared[node];
      }
      result = partitioner.partition(inPlay);
    }
    // NOTE: a graph of more than Granularity.LARGE_GRAPH classes is not clustered a second time
    // without its shared-library classes, which only leave their services: a second run would
    // double the clustering's cost for a change that is small at that size.
    long clustered = System.nanoTime();
    Proposal proposal = proposal(index, input, fusion, constraints, result, shared,
        fusedGraph.neighbours(), fusion.contributionsByEdge());
    LOG.debug("signals {} ms, first partition {} ms, shared library and second partition {} ms,"
        + " proposal {} ms", (fused - start) / 1_000_000, (partitioned - fused) / 1_000_000,
        (clustered - partitioned) / 1_000_000, (System.nanoTime() - clustered) / 1_000_000);
    LOG.info("proposed {} services and {} shared-library classes from {} classes in {} ms",
        proposal.services().size(), count(shared), index.size(),
        (System.nanoTime() - start) / 1_000_000);
    return proposal;
  }

  private Proposal proposal(ClassIndex index, ClusterInput input, SignalFusion fusion,
      Constraints constraints, Partitioner.Result result, boolean[] shared,
      WeightedGraph.Neighbours links, double[][] contributions) {
    Map<String, ClassInfo> byId = new HashMap<>();
    index.classes().forEach(info -> byId.put(info.id(), info));
    SortedMap<Integer, List<Integer>> clusters = new TreeMap<>();
    List<Integer> isolated = new ArrayList<>();
    List<Integer> library = new ArrayList<>();
    for (int node = 0; node < index.size(); node++) {
      int cluster = result.clusterOf()[node];
      if (shared[node]) {
        library.add(node);
      } else if (cluster == Partitioner.UNLINKED) {
        isolated.add(node);
      } else {
        clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(node);
      }
    }
    List<List<Integer>> groups = new ArrayList<>(clusters.values());
    List<List<String>> ids = new ArrayList<>();
    List<String> pinned = new ArrayList<>();
    for (List<Integer> group : groups) {
      ids.add(group.stream().map(index::id).toList());
      pinned.add(group.stream().map(node -> constraints.pinnedName(constraints.unitOf()[node]))
          .filter(name -> name != null).findFirst().orElse(null));
    }
    List<String> names = ServiceNames.names(ids, pinned, byId, Set.of(ISOLATED, SHARED_LIBRARY));
    String[] serviceOf = new String[index.size()];
    List<Service> services = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      services.add(new Service(names.get(g), ids.get(g), lines(ids.get(g), byId),
          ServiceReasons.forService(groups.get(g), fusion, constraints, links, contributions)));
      for (int node : groups.get(g)) {
        serviceOf[node] = names.get(g);
      }
    }
    if (!isolated.isEmpty()) {
      List<String> isolatedIds = isolated.stream().map(index::id).toList();
      SortedMap<String, String> reasons = new TreeMap<>();
      isolatedIds.forEach(id -> reasons.put(id, "no signal links it to another class"));
      services.add(new Service(ISOLATED, isolatedIds, lines(isolatedIds, byId), reasons));
      isolated.forEach(node -> serviceOf[node] = ISOLATED);
    }
    services.sort(Comparator.comparing((Service s) -> -s.classes().size())
        .thenComparing(Service::name));
    List<SharedLibrary> libraries = new ArrayList<>();
    if (!library.isEmpty()) {
      List<String> libraryIds = library.stream().map(index::id).toList();
      libraries.add(new SharedLibrary(SHARED_LIBRARY, libraryIds, lines(libraryIds, byId),
          ServiceReasons.forSharedLibrary(library, users(index, input.dependencies()), shared,
              serviceOf, index)));
    }
    return new Proposal(services, libraries, serviceDependencies(services, input.dependencies()),
        settings.seed(), result.resolution(), fusion.summaries());
  }

  private static boolean[] constrained(ClassIndex index, Constraints constraints) {
    boolean[] constrained = new boolean[index.size()];
    for (int node = 0; node < index.size(); node++) {
      int unit = constraints.unitOf()[node];
      constrained[node] = constraints.pinnedName(unit) != null || constraints.isTogether(unit);
    }
    return constrained;
  }

  private static List<List<Integer>> users(ClassIndex index, List<Dependency> dependencies) {
    List<List<Integer>> users = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      users.add(new ArrayList<>());
    }
    for (Dependency dependency : dependencies) {
      int source = index.of(dependency.source());
      int target = index.of(dependency.target());
      if (source >= 0 && target >= 0 && source != target && dependency.codeCount() > 0) {
        users.get(target).add(source);
      }
    }
    return users;
  }

  private static boolean any(boolean[] values) {
    return count(values) > 0;
  }

  private static int count(boolean[] values) {
    int count = 0;
    for (boolean value : values) {
      count += value ? 1 : 0;
    }
    return count;
  }

  static int lines(List<String> classes, Map<String, ClassInfo> byId) {
    int lines = 0;
    for (String id : classes) {
      lines += byId.get(id).lines();
    }
    return lines;
  }

  /** Sums the class dependencies that cross from one service to another. */
  public static List<ServiceDependency> serviceDependencies(List<Service> services,
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
      int[] sum = sums.computeIfAbsent(from, k -> new TreeMap<>())
          .computeIfAbsent(to, k -> new int[3]);
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
