package dev.cleave.plan;

import dev.cleave.model.Availability;
import dev.cleave.model.ServiceAvailability;
import dev.cleave.model.ServiceAvailability.Change;
import dev.cleave.model.ServiceAvailability.WhatIf;
import dev.cleave.model.ServiceTier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Computes what the services' availability will be once their calls cross the network.
 *
 * <p>With {@code a} the availability of one instance of a service, and its instances failing
 * independently, {@code n} instances are available with {@code 1 - (1 - a)^n}. A tier with
 * target {@code T} needs the fewest instances {@code N} with {@code 1 - (1 - a)^N >= T}, and
 * {@code N + 2} of them to reach the target while two are down at once, one for maintenance and
 * one by accident. Each service is deployed that way, so it is available with
 * {@code d = 1 - (1 - a)^N}.
 *
 * <p>A request to a service needs the service and every service it reaches through synchronous
 * calls, so its chain availability is the product of {@code d} over that reach, each service
 * once. Services in a cycle reach each other, so the cycle counts as one unit whose members are
 * all needed. The single-instance chain is the same product over {@code a}. A service misses its
 * target when its chain availability is below its tier's target; the shortfall is the
 * difference.
 *
 * <p>For a service that misses its target, what-ifs recompute its chain after one change: one
 * call of its chain made asynchronous (the edge is removed), all its calls to lower tiers made
 * asynchronous, or the service kept together with one service it calls (the two become one
 * service with the larger of their {@code d}). The three that raise the chain most are kept.
 * Cost O(S (V + E)^2) for S services that miss; comparisons allow 1e-12 for rounding.
 */
final class AvailabilityBudget {

  static final double EPSILON = 1e-12;
  static final int MAX_WHAT_IFS = 3;

  private final PlanSettings settings;

  AvailabilityBudget(PlanSettings settings) {
    this.settings = settings;
  }

  Availability budget(ServiceGraph calls, List<ServiceTier> tiers) {
    List<Availability.TierBudget> tierBudgets = new ArrayList<>();
    double a = settings.instanceAvailability();
    for (int tier = 1; tier <= 4; tier++) {
      double target = settings.targets().get(tier);
      int instances = instancesFor(a, target);
      tierBudgets.add(new Availability.TierBudget(tier, target, instances, instances + 2,
          replicated(a, instances)));
    }
    Map<String, ServiceTier> tierOf = new HashMap<>();
    Map<String, Double> deployed = new HashMap<>();
    for (ServiceTier tier : tiers) {
      tierOf.put(tier.service(), tier);
      double instance = settings.availabilityOf(tier.service());
      deployed.put(tier.service(),
          replicated(instance, instancesFor(instance, settings.targets().get(tier.tier()))));
    }
    List<ServiceAvailability> services = new ArrayList<>();
    for (ServiceTier tier : tiers) {
      services.add(service(tier, calls, tierOf, deployed));
    }
    return new Availability(a, tierBudgets, services, List.copyOf(settings.async()));
  }

  private ServiceAvailability service(ServiceTier tier, ServiceGraph calls,
      Map<String, ServiceTier> tierOf, Map<String, Double> deployed) {
    String service = tier.service();
    double target = settings.targets().get(tier.tier());
    double instance = settings.availabilityOf(service);
    int instances = instancesFor(instance, target);
    SortedSet<String> chain = calls.reach(service);
    double single = product(chain.stream().map(settings::availabilityOf).toList());
    double availability = chain(calls, service, deployed);
    double shortfall = availability >= target - EPSILON ? 0 : target - availability;
    List<WhatIf> whatIfs = shortfall == 0 ? List.of()
        : whatIfs(service, target, availability, calls, tierOf, deployed);
    return new ServiceAvailability(service, tier.tier(), target, instance, instances,
        deployed.get(service), List.copyOf(chain), single, availability, shortfall, whatIfs);
  }

  private List<WhatIf> whatIfs(String service, double target, double current,
      ServiceGraph calls, Map<String, ServiceTier> tierOf, Map<String, Double> deployed) {
    List<WhatIf> found = new ArrayList<>();
    SortedSet<String> reach = calls.reach(service);
    // Dropping a call outside a spanning tree of the reach loses no service, so only the calls
    // of the tree are walked again: O(V * (V + E)) for a service rather than O(E * (V + E)).
    Set<CallEdge> tree = calls.reachTree(service);
    List<CallEdge> lower = new ArrayList<>();
    for (CallEdge edge : calls.edges()) {
      if (!reach.contains(edge.from())) {
        continue;
      }
      double after = tree.contains(edge)
          ? chain(calls.reach(service, call -> call == edge), deployed) : current;
      found.add(new WhatIf(Change.ASYNC, edge.from(), edge.to(), after,
          after >= target - EPSILON));
      if (edge.from().equals(service)
          && tierOf.get(edge.to()).tier() > tierOf.get(service).tier()) {
        lower.add(edge);
      }
    }
    if (lower.size() > 1) {
      double after = chain(calls.reach(service, lower::contains), deployed);
      found.add(new WhatIf(Change.ASYNC_LOWER_TIERS, service, "", after,
          after >= target - EPSILON));
    }
    for (CallEdge edge : calls.outgoing(service)) {
      // The service calls the other, so the two together reach what the service reaches.
      List<Double> factors = new ArrayList<>();
      for (String reached : reach) {
        if (!reached.equals(service) && !reached.equals(edge.to())) {
          factors.add(deployed.get(reached));
        }
      }
      factors.add(Math.max(deployed.get(service), deployed.get(edge.to())));
      double after = product(factors);
      found.add(new WhatIf(Change.TOGETHER, service, edge.to(), after,
          after >= target - EPSILON));
    }
    return found.stream().filter(w -> w.chainAvailability() > current + EPSILON)
        .sorted(Comparator.comparingDouble((WhatIf w) -> -w.chainAvailability())
            .thenComparing(WhatIf::kind).thenComparing(WhatIf::from).thenComparing(WhatIf::to))
        .limit(MAX_WHAT_IFS).toList();
  }

  /** Returns the product of the deployed availabilities over the service's reach. */
  private static double chain(ServiceGraph calls, String service, Map<String, Double> deployed) {
    return chain(calls.reach(service), deployed);
  }

  /** Returns the product of the deployed availabilities of the services. */
  private static double chain(Collection<String> services, Map<String, Double> deployed) {
    return product(services.stream().map(deployed::get).toList());
  }

  /**
   * Returns the product of the factors, multiplied in ascending order, so that chains with the
   * same factors give the same double whatever their services' names.
   */
  static double product(List<Double> factors) {
    double product = 1;
    for (double factor : factors.stream().sorted().toList()) {
      product *= factor;
    }
    return product;
  }

  /** Returns the fewest instances {@code n >= 1} with {@code 1 - (1 - a)^n >= target}. */
  static int instancesFor(double a, double target) {
    int n = 1;
    while (replicated(a, n) < target - EPSILON && n < 1_000) {
      n++;
    }
    return n;
  }

  /** Returns {@code 1 - (1 - a)^n}: the availability of n independent instances. */
  static double replicated(double a, int n) {
    return 1 - Math.pow(1 - a, n);
  }
}
