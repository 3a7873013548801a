package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The static structure of the project: classes, dependencies and cycles.
 *
 * @param classes the top-level classes, sorted by id
 * @param dependencies class-to-class dependencies, sorted by source then target
 * @param metadataDependencies dependencies of package and module declarations on classes
 * @param libraryDependencies dependencies of classes on library types outside the JDK
 * @param libraryUsage the number of references to each JDK or library package
 * @param unresolved the references whose target could not be determined
 * @param packageDependencies package-to-package dependencies, sorted
 * @param packageCycles the sets of packages that depend on each other in a cycle, each sorted,
 *     largest first
 */
public record Structure(
    List<ClassInfo> classes,
    List<Dependency> dependencies,
    List<Dependency> metadataDependencies,
    List<Dependency> libraryDependencies,
    SortedMap<String, Integer> libraryUsage,
    Unresolved unresolved,
    List<PackageDependency> packageDependencies,
    List<List<String>> packageCycles) {

  public Structure {
    classes = List.copyOf(classes);
    dependencies = List.copyOf(dependencies);
    metadataDependencies = List.copyOf(metadataDependencies);
    libraryDependencies = List.copyOf(libraryDependencies);
    libraryUsage = Collections.unmodifiableSortedMap(new TreeMap<>(libraryUsage));
    packageDependencies = List.copyOf(packageDependencies);
    packageCycles = packageCycles.stream().map(List::copyOf).toList();
  }
}
