package dev.cleave.plan;

import dev.cleave.model.AllowedDependency;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checked settings of the plan, with availabilities as fractions.
 *
 * <p>Defaults, from {@link ProjectConfig.Planning}: tier targets of 99.95% (tier 1), 99.9% (tier
 * 2), 99.5% (tier 3) and 99% (tier 4), and 99.9% for one instance of an extracted service, about
 * 43 minutes down in 30 days. Both are starting points to replace with the project's own
 * objectives and measured figures. No tier is overridden and every call counts as synchronous.
 *
 * @param tiers the tier of each named service, overriding the inferred one
 * @param targets the availability target of each tier 1 to 4
 * @param instanceAvailability the availability of one instance of an extracted service
 * @param serviceAvailability the availability of one instance of the named services
 * @param async the dependencies that are asynchronous, as {@code from -> to}
 */
public record PlanSettings(
    SortedMap<String, Integer> tiers,
    SortedMap<Integer, Double> targets,
    double instanceAvailability,
    SortedMap<String, Double> serviceAvailability,
    SortedSet<String> async) {

  /** The separator of the two services of an asynchronous dependency. */
  public static final String ARROW = " -> ";

  /** The settings when {@code cleave.yaml} has no {@code plan} section. */
  public static final PlanSettings DEFAULTS =
      of(new ProjectConfig.Planning(null, null, null, null, null));

  public PlanSettings {
    tiers = Collections.unmodifiableSortedMap(new TreeMap<>(tiers));
    targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    serviceAvailability = Collections.unmodifiableSortedMap(new TreeMap<>(serviceAvailability));
    async = Collections.unmodifiableSortedSet(new TreeSet<>(async));
  }

  /**
   * Checks the settings of {@code cleave.yaml} and fills in the defaults.
   *
   * @throws IllegalArgumentException naming the key and value that are invalid
   */
  public static PlanSettings of(ProjectConfig.Planning config) {
    SortedMap<String, Integer> tiers = new TreeMap<>();
    config.tiers().forEach((service, tier) -> {
      if (tier == null || tier < 1 || tier > 4) {
        throw new IllegalArgumentException("plan.tiers." + service + ": " + tier
            + " is no tier; use 1 (most critical) to 4 (internal)");
      }
      tiers.put(service, tier);
    });
    SortedMap<Integer, Double> targets = new TreeMap<>();
    config.targets().forEach((tier, percent) -> {
      if (tier == null || tier < 1 || tier > 4) {
        throw new IllegalArgumentException("plan.targets: " + tier
            + " is no tier; the keys are the tiers 1 to 4");
      }
      targets.put(tier, fraction("plan.targets." + tier, percent, false));
    });
    double instance = fraction("plan.availability", config.availability(), true);
    SortedMap<String, Double> services = new TreeMap<>();
    config.serviceAvailability().forEach((service, percent) ->
        services.put(service, fraction("plan.serviceAvailability." + service, percent, true)));
    SortedSet<String> async = new TreeSet<>();
    for (String edge : config.async()) {
      async.add(edge(edge));
    }
    return new PlanSettings(tiers, targets, instance, services, async);
  }

  /**
   * Checks the plan section and adds the tiers and dependency modes of the declared services. A
   * declared tier counts as an override unless {@code plan.tiers} sets another. A dependency
   * declared with {@code mode: async} or {@code mode: fallback} counts as asynchronous, since
   * the caller keeps working while the target is down.
   *
   * @throws IllegalArgumentException naming the key and value that are invalid
   */
  public static PlanSettings of(ProjectConfig config) {
    PlanSettings plan = of(config.plan());
    SortedMap<String, Integer> tiers = new TreeMap<>();
    SortedSet<String> async = new TreeSet<>(plan.async());
    for (DeclaredService service : config.services()) {
      if (service.tier() != null) {
        tiers.put(service.name(), service.tier());
      }
      for (AllowedDependency dependency : service.allowedDependencies()) {
        if (dependency.mode() != null && dependency.mode().isDecoupled()) {
          async.add(service.name() + ARROW + dependency.service());
        }
      }
    }
    tiers.putAll(plan.tiers());
    return new PlanSettings(tiers, plan.targets(), plan.instanceAvailability(),
        plan.serviceAvailability(), async);
  }

  /** Returns the availability of one instance of the service. */
  public double availabilityOf(String service) {
    return serviceAvailability.getOrDefault(service, instanceAvailability);
  }

  /** Returns whether the dependency of {@code from} on {@code to} is asynchronous. */
  public boolean isAsync(String from, String to) {
    return async.contains(from + ARROW + to);
  }

  private static double fraction(String key, Double percent, boolean hundredAllowed) {
    boolean valid = percent != null && percent > 0
        && (hundredAllowed ? percent <= 100 : percent < 100);
    if (!valid) {
      throw new IllegalArgumentException(key + ": " + percent + " is not a percentage above 0 and "
          + (hundredAllowed ? "up to 100" : "below 100") + ", such as 99.9");
    }
    // Through the decimal, so that 99.99 gives 0.9999 and not 0.9998999999999999.
    return BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
  }

  private static String edge(String written) {
    List<String> parts = written == null ? List.of() : List.of(written.split("->", -1));
    if (parts.size() != 2 || parts.get(0).isBlank() || parts.get(1).isBlank()) {
      throw new IllegalArgumentException("plan.async: '" + written
          + "' is not a dependency; write it as 'from -> to', such as 'orders -> notifications'");
    }
    return parts.get(0).strip() + ARROW + parts.get(1).strip();
  }
}
