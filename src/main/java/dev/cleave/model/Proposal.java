package dev.cleave.model;

import java.util.List;

/**
 * The proposed decomposition into services.
 *
 * @param services the services, largest first
 * @param dependencies the dependencies between services, heaviest first
 * @param seed the seed the clustering used
 */
public record Proposal(List<Service> services, List<ServiceDependency> dependencies, long seed) {

  public Proposal {
    services = List.copyOf(services);
    dependencies = List.copyOf(dependencies);
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
