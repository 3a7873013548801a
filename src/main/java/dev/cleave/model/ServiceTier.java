package dev.cleave.model;

import java.util.List;

/**
 * The tier of a service, its criticality. Tier 1 takes the business down when it fails, tier 2
 * degrades the customer experience noticeably, tier 3 has minor or indirect customer impact, and
 * tier 4 is internal.
 *
 * @param service the service name
 * @param tier the tier used by the plan: the override from {@code cleave.yaml}, else the inferred
 *     tier
 * @param inferredTier the tier Cleave's rules give
 * @param overridden whether {@code cleave.yaml} sets the tier
 * @param reasons why the rules give the inferred tier, as sentences
 * @param customerEntryPoints the ids of its classes where customer requests enter, sorted
 * @param useCases the number of customer-facing entry points, in any service, from which its
 *     classes are reached through calls
 * @param dependents the services that call it, sorted
 */
public record ServiceTier(
    String service,
    int tier,
    int inferredTier,
    boolean overridden,
    List<String> reasons,
    List<String> customerEntryPoints,
    int useCases,
    List<String> dependents) {

  public ServiceTier {
    reasons = List.copyOf(reasons);
    customerEntryPoints = List.copyOf(customerEntryPoints);
    dependents = List.copyOf(dependents);
  }
}
