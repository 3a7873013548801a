package dev.cleave.plan;

import dev.cleave.model.Proposal;
import dev.cleave.model.Risk;
import dev.cleave.model.RiskFactor;
import dev.cleave.model.RiskFactor.Name;
import dev.cleave.model.Risks;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.ServiceCycle;
import dev.cleave.model.ServiceRisk;
import dev.cleave.model.ServiceTier;
import dev.cleave.model.SharedDependency;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.Wave;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rates the risks of extracting each service from named factors, each with a mitigation.
 *
 * <p>Severity comes from the tiers: 5 for tier 1, 4 for tier 2, 3 for tier 3 and 2 for tier 4,
 * or, if higher, one less than the severity of the most critical service that calls it, since a
 * failed extraction hurts its callers too, though they may degrade rather than fail. Every risk
 * of a service has that severity. Likelihood comes from the factor's measure, by these
 * thresholds:
 *
 * <ul>
 *   <li>cross-boundary calls, in and out, monolith included: 1 up to 5, 2 up to 15, 3 up to 30,
 *       4 up to 60, else 5;
 *   <li>cycles: 4 in a cycle of two services, 5 in a larger one;
 *   <li>shared tables: 2 for one, 3 for two, 4 for three, 5 for more, one more (at most 5) when
 *       two services write one of them;
 *   <li>shared state (mutable statics, singletons, caches and configuration, but not utility
 *       hubs, which hold no state): 2 for one, 3 for two, 4 for three, 5 for more;
 *   <li>churn, the service's share of the project's recency-weighted changes: 1 below 5%, 2 below
 *       10%, 3 below 20%, 4 below 35%, else 5;
 *   <li>ownership conflicts: 3 for one, 4 for two, 5 for more.
 * </ul>
 *
 * <p>A factor of measure 0 raises no risk. Without version history, churn and ownership
 * conflicts cannot be measured: they read "no history" and raise none. The matrix counts the
 * risks by likelihood and severity; risks rank by likelihood times severity, then severity, then
 * id.
 */
final class RiskMatrix {

  /** The maximum number of names a risk lists; the rest are counted. */
  static final int MAX_LISTED = 5;

  /**
   * Returns the first {@value #MAX_LISTED} names joined by the separator, and how many more there
   * are. Every service of a large cycle has the cycle risk, and a full list in each would make
   * the report grow with the square of the cycle.
   */
  static String listed(List<String> names, String separator) {
    if (names.size() <= MAX_LISTED) {
      return String.join(separator, names);
    }
    return String.join(", ", names.subList(0, MAX_LISTED)) + " and "
        + (names.size() - MAX_LISTED) + " more";
  }

  private final ChangeSignals changes;

  RiskMatrix(ChangeSignals changes) {
    this.changes = changes;
  }

  Risks assess(ServiceGraph calls, List<ServiceTier> tiers, List<TableOwnership> tables,
      List<SharedDependency> shared, ExtractionWaves.Result waves, Proposal proposal,
      Map<String, Integer> monolithCalls) {
    double totalChanges = changes.recentChanges().values().stream()
        .mapToDouble(Double::doubleValue).sum();
    List<ServiceRisk> services = new ArrayList<>();
    List<Risk> risks = new ArrayList<>();
    Map<String, Integer> tierOf = new TreeMap<>();
    tiers.forEach(t -> tierOf.put(t.service(), t.tier()));
    for (ServiceTier tier : tiers) {
      String service = tier.service();
      int severity = 6 - tier.tier();
      for (String caller : calls.callers(service)) {
        severity = Math.max(severity, 5 - tierOf.get(caller));
      }
      int wave = waves.waveOf().getOrDefault(service, 0);
      List<RiskFactor> factors = new ArrayList<>();
      Factors builder = new Factors(service, severity, wave, factors, risks);
      builder.calls(crossCalls(calls, service) + monolithCalls.getOrDefault(service, 0));
      builder.cycle(waves.cycles());
      builder.tables(tables);
      builder.state(shared);
      builder.churn(changedShare(proposal, service, totalChanges));
      builder.ownership(changes.available() ? changes.ownershipConflicts()
          .getOrDefault(service, List.of()) : null);
      factors.add(new RiskFactor(Name.TIER, (double) tier.tier(), 0, "tier " + tier.tier()
          + (severity > 6 - tier.tier() ? " and its callers' tiers set" : " sets")
          + " the severity to " + severity));
      services.add(new ServiceRisk(service, severity, factors));
    }
    risks.sort(Comparator.comparingInt((Risk r) -> -r.score())
        .thenComparingInt(r -> -r.severity()).thenComparing(Risk::id));
    List<List<Integer>> matrix = new ArrayList<>();
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      List<Integer> row = new ArrayList<>();
      for (int severity = 1; severity <= 5; severity++) {
        int l = likelihood;
        int s = severity;
        row.add((int) risks.stream().filter(r -> r.likelihood() == l && r.severity() == s)
            .count());
      }
      matrix.add(row);
    }
    return new Risks(services, risks, matrix);
  }

  /** Returns the waves with the ids of their services' risks, highest score first. */
  static List<Wave> withRisks(List<Wave> waves, Risks risks) {
    List<Wave> filled = new ArrayList<>();
    for (Wave wave : waves) {
      List<String> ids = risks.risks().stream()
          .filter(r -> wave.services().contains(r.service())).map(Risk::id).toList();
      filled.add(new Wave(wave.number(), wave.services(), wave.libraries(), wave.reasons(),
          wave.apis(), wave.tables(), wave.cuts(), ids));
    }
    return filled;
  }

  private static int crossCalls(ServiceGraph calls, String service) {
    int total = 0;
    for (CallEdge edge : calls.edges()) {
      if (edge.from().equals(service) || edge.to().equals(service)) {
        total += edge.calls();
      }
    }
    return total;
  }

  /** Returns the service's share of the recent changes, or {@code null} without history. */
  private Double changedShare(Proposal proposal, String service, double total) {
    if (!changes.available()) {
      return null;
    }
    double changed = 0;
    for (Service candidate : proposal.services()) {
      if (candidate.name().equals(service)) {
        for (String id : candidate.classes()) {
          changed += changes.recentChanges().getOrDefault(id, 0.0);
        }
      }
    }
    return total <= 0 ? 0.0 : changed / total;
  }

  /** Measures the factors of one service and adds the risks they raise. */
  private final class Factors {
    private final String service;
    private final int severity;
    private final int wave;
    private final List<RiskFactor> factors;
    private final List<Risk> risks;

    Factors(String service, int severity, int wave, List<RiskFactor> factors, List<Risk> risks) {
      this.service = service;
      this.severity = severity;
      this.wave = wave;
      this.factors = factors;
      this.risks = risks;
    }

    void calls(int calls) {
      int likelihood = callLikelihood(calls);
      String measure = calls + (calls == 1 ? " call crosses" : " calls cross")
          + " its boundary";
      add(Name.CROSS_BOUNDARY_CALLS, calls, likelihood, measure,
          "Calls that ran in one process become remote, so latency, timeouts and partial"
              + " failures reach every caller.",
          "Put the new API in front of the code while it is still in the monolith, move the"
              + " callers to it, then move the code behind it; give remote calls timeouts and"
              + " make retried operations idempotent.");
    }

    void cycle(List<ServiceCycle> cycles) {
      ServiceCycle cycle = cycles.stream().filter(c -> c.services().contains(service))
          .findFirst().orElse(null);
      if (cycle == null) {
        add(Name.CYCLES, 0, 0, "in no cycle", "", "");
        return;
      }
      List<String> others = cycle.services().stream().filter(s -> !s.equals(service)).toList();
      List<String> cuts = cycle.cuts().stream().map(c -> c.from() + PlanSettings.ARROW + c.to()
          + " (" + c.calls() + (c.calls() == 1 ? " call)" : " calls)")).toList();
      add(Name.CYCLES, others.size(), cycle.services().size() == 2 ? 4 : 5,
          "in a cycle with " + listed(others, ", "),
          "It and " + listed(others, ", ") + " call each other, so neither can be"
              + " deployed or changed alone.",
          "Cut " + listed(cuts, " and ") + " before its wave: replace the calls with"
              + " events, or with an interface that the called service owns and the caller"
              + " implements.");
    }

    void tables(List<TableOwnership> tables) {
      Set<String> shared = new TreeSet<>();
      boolean twoWriters = false;
      for (TableOwnership table : tables) {
        boolean touches = table.accesses().stream().anyMatch(a -> a.service().equals(service));
        if (table.shared() && touches) {
          shared.add(table.table());
          long writers = table.accesses().stream()
              .filter(TableOwnership.ServiceAccess::writes).count();
          twoWriters |= writers > 1;
        }
      }
      int count = shared.size();
      int likelihood = count == 0 ? 0 : Math.min(5, count + 1 + (twoWriters ? 1 : 0));
      add(Name.SHARED_TABLES, count, likelihood, count + (count == 1 ? " shared table" : " shared"
          + " tables") + (count == 0 ? "" : ": " + listed(List.copyOf(shared), ", ")),
          "Other services read or write its tables, or it theirs, so the data cannot move"
              + " with the service without breaking them.",
          "Give each of " + listed(List.copyOf(shared), ", ") + " one owner; before the cut, serve the"
              + " other services' reads through the owner's API or a read-only copy kept"
              + " current by events, and move every write into the owner.");
    }

    void state(List<SharedDependency> shared) {
      List<String> names = shared.stream()
          .filter(d -> d.kind() != SharedDependency.Kind.SHARED_TABLE
              && d.kind() != SharedDependency.Kind.UTILITY_HUB
              && d.services().contains(service))
          .map(d -> d.kind().description() + " " + ApiSurface.shortName(d.name())).toList();
      int count = names.size();
      int likelihood = count == 0 ? 0 : Math.min(5, count + 1);
      add(Name.SHARED_STATE, count, likelihood, count + " hidden shared "
          + (count == 1 ? "dependency" : "dependencies")
          + (count == 0 ? "" : ": " + listed(names, ", ")),
          "State or code that the services now share in one process splits into copies that"
              + " drift apart after the cut.",
          "Resolve each hidden shared dependency before the wave, as its remedy says: move the"
              + " state behind one service's API, or make it stateless and publish it as a"
              + " library.");
    }

    void churn(Double share) {
      if (share == null) {
        factors.add(new RiskFactor(Name.CHURN, null, 0, "no history"));
        return;
      }
      int likelihood = churnLikelihood(share);
      String percent = String.format(Locale.ROOT, "%.1f%%", share * 100);
      add(Name.CHURN, share, likelihood,
          percent + " of the project's recent changes",
          "The code changes often, so the extraction collides with work in progress.",
          "Agree a freeze or a branch-by-abstraction seam with the teams that change it, and"
              + " extract it in small steps behind that seam.");
    }

    void ownership(List<String> conflicts) {
      if (conflicts == null) {
        factors.add(new RiskFactor(Name.OWNERSHIP_CONFLICTS, null, 0, "no history"));
        return;
      }
      int count = conflicts.size();
      int likelihood = count == 0 ? 0 : Math.min(5, count + 2);
      add(Name.OWNERSHIP_CONFLICTS, count, likelihood, count == 0 ? "one clear owner"
          : String.join(" ", conflicts),
          "No single team clearly owns it, so nobody is paged for it and changes need several"
              + " teams to agree.",
          "Name one owning team before the wave, and move the other teams' work on it to"
              + " that team or out of the service.");
    }

    private void add(Name name, double value, int likelihood, String measure, String title,
        String mitigation) {
      factors.add(new RiskFactor(name, value, likelihood, measure));
      if (likelihood > 0) {
        String id = service + ":" + camel(name);
        risks.add(new Risk(id, service, wave, name, title, likelihood, severity, measure,
            mitigation));
      }
    }
  }

  /** Returns the likelihood that the calls across a boundary give, 0 for none. */
  static int callLikelihood(int calls) {
    if (calls == 0) {
      return 0;
    }
    int[] upTo = {5, 15, 30, 60};
    int likelihood = 1;
    while (likelihood <= upTo.length && calls > upTo[likelihood - 1]) {
      likelihood++;
    }
    return likelihood;
  }

  /** Returns the likelihood that a share of the recent changes gives, 0 for none. */
  static int churnLikelihood(double share) {
    if (share <= 0) {
      return 0;
    }
    double[] below = {0.05, 0.10, 0.20, 0.35};
    int likelihood = 1;
    while (likelihood <= below.length && share >= below[likelihood - 1]) {
      likelihood++;
    }
    return likelihood;
  }

  /** Returns {@code CROSS_BOUNDARY_CALLS} as {@code crossBoundaryCalls}. */
  static String camel(Name name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Returns the monolith's calls into each service, from the APIs. */
  static Map<String, Integer> monolithCalls(List<ServiceApi> apis) {
    Map<String, Integer> calls = new TreeMap<>();
    apis.forEach(api -> calls.put(api.service(), api.monolithCalls()));
    return calls;
  }
}
