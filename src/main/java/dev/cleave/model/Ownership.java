package dev.cleave.model;

import java.util.List;

/**
 * Which team owns each proposed service, and where single-team ownership fails.
 *
 * <p>Every service should be owned by exactly one team, and no team should own more services
 * than its people can build and run. The thresholds that decide a violation are in
 * {@link ProjectConfig.Ownership}.
 *
 * @param available whether history was read, so that owners could be computed
 * @param thresholds the thresholds used
 * @param services the ownership of each service, in the order of the proposal
 * @param teams the load of each team, in the order of {@link History#teams()}
 */
public record Ownership(
    boolean available,
    ProjectConfig.Ownership thresholds,
    List<ServiceOwnership> services,
    List<TeamLoad> teams) {

  public Ownership {
    services = List.copyOf(services);
    teams = List.copyOf(teams);
  }

  /** Returns the ownership of a run without history. */
  public static Ownership none(ProjectConfig.Ownership thresholds) {
    return new Ownership(false, thresholds, List.of(), List.of());
  }

  /** Returns the ownership of the named service, or {@code null}. */
  public ServiceOwnership service(String name) {
    for (ServiceOwnership service : services) {
      if (service.service().equals(name)) {
        return service;
      }
    }
    return null;
  }

  /** Returns the number of violations over all services and teams. */
  public int violationCount() {
    int count = 0;
    for (ServiceOwnership service : services) {
      count += service.violations().size();
    }
    for (TeamLoad team : teams) {
      count += team.violations().size();
    }
    return count;
  }
}
