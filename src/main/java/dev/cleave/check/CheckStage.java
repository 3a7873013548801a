package dev.cleave.check;

import dev.cleave.cluster.ClusterStage;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Conformance;
import dev.cleave.model.Dependency;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.SharedLibrary;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks the code against the declared services: puts each class in its declared service or
 * shared library, applies every rule, marks what the baseline accepts, and finds drift.
 *
 * <p>The declaration takes the place of the proposal: the services of the result are the
 * declared ones, so the report shows the boundaries the team agreed on.
 */
public final class CheckStage {

  private static final List<BoundaryRule> RULES = List.of(
      new ForbiddenDependencies(),
      new ServiceCycles(),
      new UnassignedClasses(),
      new AmbiguousClasses(),
      new Ownership(),
      new TierInversions());

  private final ProjectConfig declaration;
  private final DeclarationSite site;
  private final Baseline baseline;
  private final long seed;
  private final double resolution;

  /**
   * @param declaration the settings that declare the services
   * @param declarationPath the declaration file as violations name it, relative to the root
   *     when it lies inside it
   * @param declarationLines the line of each value of the declaration file, by JSON pointer
   * @param baseline the accepted violations
   * @param seed the run's seed, recorded in the proposal
   * @param resolution the modularity resolution of the clustering, which drift is measured by
   */
  public CheckStage(ProjectConfig declaration, String declarationPath,
      SortedMap<String, Integer> declarationLines, Baseline baseline, long seed,
      double resolution) {
    this.declaration = declaration;
    this.site = new DeclarationSite(declarationPath, declarationLines);
    this.baseline = baseline;
    this.seed = seed;
    this.resolution = resolution;
  }

  /**
   * The declared services as a proposal, and how the code conforms to them.
   *
   * @param proposal the declared services with the classes they hold
   * @param conformance the violations, drift and shared libraries
   */
  public record Result(Proposal proposal, Conformance conformance) {}

  public Result check(List<ClassInfo> classes, List<Dependency> dependencies) {
    Assignment assignment = new ServiceMatcher(declaration).assign(classes);
    Map<String, ClassInfo> byId = new HashMap<>();
    classes.forEach(info -> byId.put(info.id(), info));
    CheckContext context = new CheckContext(byId, dependencies, declaration, assignment,
        ServiceTraits.declared(declaration), new ServiceGraph(assignment, dependencies), site);
    List<Violation> violations = new ArrayList<>();
    for (BoundaryRule rule : RULES) {
      for (Violation violation : rule.check(context)) {
        violations.add(violation.withBaselined(baseline.accepts(violation)));
      }
    }
    violations.sort(null);
    SortedMap<String, List<String>> byOwner = assignment.classesByOwner();
    List<Service> services = new ArrayList<>();
    for (String name : assignment.services()) {
      services.add(service(name, byOwner.get(name), byId));
    }
    services.sort(Comparator.comparing((Service s) -> -s.classes().size())
        .thenComparing(Service::name));
    List<Service> libraries = new ArrayList<>();
    for (String name : assignment.libraries()) {
      libraries.add(service(name, byOwner.get(name), byId));
    }
    libraries.sort(Comparator.comparing(Service::name));
    List<SharedLibrary> sharedLibraries = new ArrayList<>();
    for (Service library : libraries) {
      SortedMap<String, String> reasons = new TreeMap<>();
      library.classes().forEach(id -> reasons.put(id, "declared in cleave.yaml"));
      sharedLibraries.add(new SharedLibrary(library.name(), library.classes(), library.lines(),
          reasons));
    }
    Proposal proposal = new Proposal(services, sharedLibraries,
        ClusterStage.serviceDependencies(services, dependencies), seed, resolution, List.of());
    Conformance conformance = new Conformance(true, violations, DriftFinder.find(context, resolution),
        libraries, baseline.staleCount(violations));
    return new Result(proposal, conformance);
  }

  private static Service service(String name, List<String> classes, Map<String, ClassInfo> byId) {
    List<String> sorted = classes.stream().sorted().toList();
    int lines = 0;
    for (String id : sorted) {
      lines += byId.get(id).lines();
    }
    return new Service(name, sorted, lines);
  }
}
