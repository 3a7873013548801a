package dev.cleave.check;

import dev.cleave.model.AllowedDependency;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.DeclaredLibrary;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import dev.cleave.model.SharedLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a proposal into a declaration that a team can edit: the same services and shared
 * libraries, described by as few patterns as the matching rules allow.
 *
 * <p>Each package goes to the service or shared library that holds most of its classes (then most lines, then
 * the first name), as a package pattern, unless the nearest declared enclosing package already
 * goes there. The other classes of the package are listed by name, since class patterns beat
 * package patterns. Classes of the unnamed package are always listed by name. Matching the
 * result gives every class its proposed service; each service may depend on the services its
 * classes depend on now. Teams and tiers are left for the team to fill in.
 *
 * <p>NOTE: two classes with the same binary name in different source roots share one class
 * pattern, so if the proposal splits them, the declaration puts both in one service.
 */
public final class InitialDeclaration {

  private InitialDeclaration() {}

  /**
   * Returns the declaration of the proposal.
   *
   * @param settings the settings to keep beside the services, such as {@code analysis}
   */
  public static ProjectConfig of(Proposal proposal, List<ClassInfo> classes,
      ProjectConfig settings) {
    Map<String, String> serviceOf = new HashMap<>();
    Map<String, Integer> linesOf = new HashMap<>();
    List<String> owners = new ArrayList<>();
    for (Service service : proposal.services()) {
      service.classes().forEach(id -> serviceOf.put(id, service.name()));
      owners.add(service.name());
    }
    for (SharedLibrary library : proposal.sharedLibraries()) {
      library.classes().forEach(id -> serviceOf.put(id, library.name()));
      owners.add(library.name());
    }
    Map<String, List<ClassInfo>> byPackage = new TreeMap<>();
    for (ClassInfo info : classes) {
      if (serviceOf.containsKey(info.id())) {
        byPackage.computeIfAbsent(info.packageName(), k -> new ArrayList<>()).add(info);
        linesOf.put(info.id(), info.lines());
      }
    }
    Map<String, List<String>> packages = new LinkedHashMap<>();
    Map<String, List<String>> classNames = new LinkedHashMap<>();
    for (String owner : owners) {
      packages.put(owner, new ArrayList<>());
      classNames.put(owner, new ArrayList<>());
    }
    Map<String, String> declaredPackages = new HashMap<>();
    for (Map.Entry<String, List<ClassInfo>> entry : byPackage.entrySet()) {
      String packageName = entry.getKey();
      String majority = packageName.isEmpty() ? null
          : majorityService(entry.getValue(), serviceOf, linesOf);
      if (majority != null && !majority.equals(inherited(packageName, declaredPackages))) {
        packages.get(majority).add(packageName);
        declaredPackages.put(packageName, majority);
      }
      for (ClassInfo info : entry.getValue()) {
        String service = serviceOf.get(info.id());
        if (!service.equals(majority) && !classNames.get(service).contains(info.name())) {
          classNames.get(service).add(info.name());
        }
      }
    }
    List<DeclaredService> services = new ArrayList<>();
    for (Service service : proposal.services()) {
      List<AllowedDependency> allowed = proposal.dependencies().stream()
          .filter(d -> d.source().equals(service.name()))
          .map(ServiceDependency::target)
          .sorted()
          .map(AllowedDependency::valueOf)
          .toList();
      services.add(new DeclaredService(service.name(), List.of(), null,
          packages.get(service.name()), classNames.get(service.name()).stream().sorted().toList(),
          allowed));
    }
    List<DeclaredLibrary> libraries = new ArrayList<>();
    for (SharedLibrary library : proposal.sharedLibraries()) {
      libraries.add(new DeclaredLibrary(library.name(), packages.get(library.name()),
          classNames.get(library.name()).stream().sorted().toList()));
    }
    return new ProjectConfig(settings.analysis(), settings.clustering(), services, libraries);
  }

  /** Returns the service of the nearest enclosing package that has a pattern, or null. */
  private static String inherited(String packageName, Map<String, String> declaredPackages) {
    for (String name = parentOf(packageName); !name.isEmpty(); name = parentOf(name)) {
      String owner = declaredPackages.get(name);
      if (owner != null) {
        return owner;
      }
    }
    return null;
  }

  private static String majorityService(List<ClassInfo> classes, Map<String, String> serviceOf,
      Map<String, Integer> linesOf) {
    Map<String, int[]> counts = new TreeMap<>();
    for (ClassInfo info : classes) {
      int[] count = counts.computeIfAbsent(serviceOf.get(info.id()), k -> new int[2]);
      count[0]++;
      count[1] += linesOf.get(info.id());
    }
    return counts.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0])
            .thenComparingInt(e -> e.getValue()[1])
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  private static String parentOf(String packageName) {
    int dot = packageName.lastIndexOf('.');
    return dot < 0 ? "" : packageName.substring(0, dot);
  }
}
