package dev.cleave.plan;

import dev.cleave.cluster.EntryPoints;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.ServiceTier;
import dev.cleave.model.TierInversion;
import dev.cleave.model.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Infers the tier of each service, and finds tier inversions.
 *
 * <p>The rules, first match wins:
 *
 * <ol>
 *   <li>Tier 1: the service contains a customer-facing entry point for a critical capability, one
 *       whose class name or request path has a word of {@link EntryPointRoles#CRITICAL_WORDS}
 *       (checkout, order, payment, login and the like). Its failure stops sales or sign-in.
 *   <li>Tier 2: the service contains another customer-facing entry point, so customers see its
 *       failure directly; or at least half of the customer-facing entry points reach its
 *       classes through calls, so most customer requests need it.
 *   <li>Tier 3: some customer-facing entry point reaches its classes through calls, or it
 *       handles messages: customers feel its failure indirectly or later.
 *   <li>Tier 4: otherwise. Only internal entry points (administration, scheduled jobs,
 *       {@code main}) or none reach it.
 * </ol>
 *
 * <p>Calls between services that {@code cleave.yaml} declares asynchronous are not followed. The
 * services that call it are listed as a reason but do not raise its tier: a more critical
 * service that calls it synchronously is a tier inversion to resolve, not a reason to run it as
 * critical. {@code cleave.yaml} overrides any tier.
 *
 * <p>A tier inversion is a synchronous call from a service to one of a higher tier number. Calls
 * from classes with a fallback annotation ({@code @CircuitBreaker}, {@code @HystrixCommand},
 * {@code @Fallback}) are left out. Cost: one walk of the class call graph per customer-facing
 * entry point, O(P (V + E)).
 */
final class Tiers {

  private static final Set<String> FALLBACK_ANNOTATIONS =
      Set.of("CircuitBreaker", "HystrixCommand", "Fallback");

  private final Membership membership;
  private final PlanInput input;
  private final PlanSettings settings;
  private final EntryPointRoles roles;
  private final TypeIndex types;

  Tiers(Membership membership, TypeIndex types, PlanInput input, PlanSettings settings) {
    this.membership = membership;
    this.types = types;
    this.input = input;
    this.settings = settings;
    this.roles = new EntryPointRoles(types, input.classes());
  }

  /** The tiers, tier 1 first, then by name, and the inversions sorted by caller and callee. */
  record Result(List<ServiceTier> tiers, List<TierInversion> inversions) {}

  Result assign(ServiceGraph calls) {
    List<String> customerFacing = roles.customerFacing();
    SortedMap<String, SortedSet<String>> reachedFrom = new CallReach(input.dependencies(),
        roles.entryPoints(), this::isSynchronous).reachedFrom(customerFacing);
    List<ServiceTier> tiers = new ArrayList<>();
    for (String service : membership.services()) {
      SortedSet<String> useCases = new TreeSet<>();
      reachedFrom.forEach((classId, entries) -> {
        if (service.equals(membership.serviceOf(classId))) {
          useCases.addAll(entries);
        }
      });
      tiers.add(tier(service, useCases, customerFacing.size(), calls));
    }
    tiers.sort(Comparator.comparingInt(ServiceTier::tier).thenComparing(ServiceTier::service));
    return new Result(tiers, inversions(tiers, calls));
  }

  /** Returns whether a call between two classes is synchronous after the split. */
  private boolean isSynchronous(String caller, String callee) {
    String from = membership.serviceOf(caller);
    String to = membership.serviceOf(callee);
    return from == null || to == null || !settings.isAsync(from, to);
  }

  private ServiceTier tier(String service, SortedSet<String> useCases, int customerFacing,
      ServiceGraph calls) {
    List<String> own = new ArrayList<>();
    List<String> critical = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    boolean messages = false;
    for (String entry : roles.entryPoints()) {
      if (!service.equals(membership.serviceOf(entry))) {
        continue;
      }
      if (roles.isCustomerFacing(entry)) {
        own.add(entry);
        if (roles.isCritical(entry)) {
          critical.add(entry);
        }
      } else {
        internal.add(entry);
        messages |= roles.kind(entry) == EntryPoints.Kind.MESSAGE;
      }
    }
    List<String> reasons = new ArrayList<>();
    int tier;
    int half = (customerFacing + 1) / 2;
    if (!critical.isEmpty()) {
      tier = 1;
      reasons.add("It serves critical customer requests: " + roles.describe(critical) + ".");
    } else if (!own.isEmpty()) {
      tier = 2;
      reasons.add("Customers call it directly: " + roles.describe(own) + ".");
    } else if (customerFacing > 0 && useCases.size() >= half) {
      tier = 2;
      reasons.add(useCases.size() + " of " + customerFacing
          + " customer-facing entry points reach it, at least half, so most customer"
          + " requests need it.");
    } else if (!useCases.isEmpty() || messages) {
      tier = 3;
      reasons.add(useCases.isEmpty() ? "It handles messages: " + roles.describe(internal) + "."
          : useCases.size() + " of " + customerFacing + " customer-facing entry points reach it"
              + " through calls, so customers feel its failure indirectly.");
    } else {
      tier = 4;
      reasons.add(internal.isEmpty() ? "No entry point reaches it."
          : "Only internal entry points reach it: " + roles.describe(internal) + ".");
    }
    if (!own.isEmpty() && own.size() < useCases.size()) {
      reasons.add(useCases.size() + " of " + customerFacing
          + " customer-facing entry points reach it.");
    }
    SortedSet<String> dependents = calls.callers(service);
    if (!dependents.isEmpty()) {
      reasons.add("Services that call it: " + String.join(", ", dependents) + ".");
    }
    Integer override = settings.tiers().get(service);
    return new ServiceTier(service, override == null ? tier : override, tier, override != null,
        reasons, own, useCases.size(), List.copyOf(dependents));
  }

  private List<TierInversion> inversions(List<ServiceTier> tiers, ServiceGraph calls) {
    Map<String, Integer> tierOf = new TreeMap<>();
    tiers.forEach(t -> tierOf.put(t.service(), t.tier()));
    List<TierInversion> inversions = new ArrayList<>();
    for (CallEdge edge : calls.edges()) {
      int from = tierOf.get(edge.from());
      int to = tierOf.get(edge.to());
      if (from >= to) {
        continue;
      }
      List<String> pairs = edge.classPairs().stream()
          .filter(pair -> !hasFallback(pair.substring(0, pair.indexOf(PlanSettings.ARROW))))
          .toList();
      if (!pairs.isEmpty()) {
        inversions.add(new TierInversion(edge.from(), from, edge.to(), to, edge.calls(), pairs));
      }
    }
    return inversions;
  }

  private boolean hasFallback(String classId) {
    ClassInfo info = types.classInfo(classId);
    return info != null && info.methodAnnotations().stream().map(TypeNames::simpleNameOf)
        .anyMatch(FALLBACK_ANNOTATIONS::contains);
  }
}
