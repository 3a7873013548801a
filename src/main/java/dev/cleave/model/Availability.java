package dev.cleave.model;

import java.util.List;

/**
 * The availability budget of the proposed services once their calls cross the network.
 *
 * <p>All availabilities are fractions between 0 and 1.
 *
 * @param instanceAvailability the availability assumed for one instance of an extracted
 *     service, unless {@code cleave.yaml} sets one for the service
 * @param tiers the target and the instances needed of each tier, tier 1 first
 * @param services the budget of each service, in the order of the tiers
 * @param asyncEdges the dependencies that {@code cleave.yaml} declares asynchronous, as
 *     {@code from -> to}, sorted; they are left out of every chain
 */
public record Availability(
    double instanceAvailability,
    List<TierBudget> tiers,
    List<ServiceAvailability> services,
    List<String> asyncEdges) {

  public Availability {
    tiers = List.copyOf(tiers);
    services = List.copyOf(services);
    asyncEdges = List.copyOf(asyncEdges);
  }

  /** Returns the budget of the named service, or {@code null}. */
  public ServiceAvailability service(String name) {
    return services.stream().filter(s -> s.service().equals(name)).findFirst().orElse(null);
  }

  /**
   * The target of a tier and the instances it needs.
   *
   * @param tier 1 to 4
   * @param target the availability target
   * @param instances the fewest independent instances whose combined availability
   *     {@code 1 - (1 - a)^n} reaches the target
   * @param instancesForTwoFailures {@code instances + 2}: enough to lose two at once, one
   *     planned and one not, and still reach the target
   * @param availability the combined availability of {@code instances} instances
   */
  public record TierBudget(
      int tier, double target, int instances, int instancesForTwoFailures, double availability) {}
}
