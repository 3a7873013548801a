package dev.cleave.model;

import java.util.List;

/**
 * Services that depend on each other in a cycle, with the dependencies to cut first.
 *
 * @param services the services of the strongly connected component, sorted
 * @param cuts the cheapest dependencies whose removal breaks every cycle among them
 */
public record ServiceCycle(List<String> services, List<Wave.CycleCut> cuts) {

  public ServiceCycle {
    services = List.copyOf(services);
    cuts = List.copyOf(cuts);
  }
}
