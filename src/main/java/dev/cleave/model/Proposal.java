package dev.cleave.model;

import java.util.List;

/**
 * The proposed decomposition into services and shared libraries.
 *
 * @param services the services, largest first
 * @param sharedLibraries the shared libraries, largest first
 * @param dependencies the dependencies between services, heaviest first
 * @param seed the seed the clustering used
 * @param resolution the modularity resolution of the final clustering
 * @param signals the signals that were fused, in a fixed order
 */
public record Proposal(
    List<Service> services,
    List<SharedLibrary> sharedLibraries,
    List<ServiceDependency> dependencies,
    long seed,
    double resolution,
    List<SignalSummary> signals) {

  public Proposal {
    services = List.copyOf(services);
    sharedLibraries = List.copyOf(sharedLibraries);
    dependencies = List.copyOf(dependencies);
    signals = List.copyOf(signals);
  }

  /** Creates a proposal of services alone, at resolution 1. */
  public Proposal(List<Service> services, List<ServiceDependency> dependencies, long seed) {
    this(services, List.of(), dependencies, seed, 1.0, List.of());
  }

  /** Returns the service that holds the class, or {@code null}. */
  public Service serviceOf(String classId) {
    for (Service service : services) {
      if (service.classes().contains(classId)) {
        return service;
      }
    }
    return null;
  }
}
