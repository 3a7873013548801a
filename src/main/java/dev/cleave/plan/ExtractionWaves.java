package dev.cleave.plan;

import dev.cleave.model.ApiOperation;
import dev.cleave.model.Proposal;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.ServiceCycle;
import dev.cleave.model.SharedLibrary;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.Wave;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders the extraction of the services in waves, as the strangler pattern does it: each wave
 * moves services out of the monolith behind new APIs, and the monolith calls them there.
 *
 * <p>A service goes in the first wave after every service it calls, so that no extracted service
 * calls back into the monolith. Shared libraries, which have no runtime of their own, and leaf
 * services, which call no other service, form the first wave. Within a wave, services that fewer
 * services call come first, then those with fewer shared tables, then by name.
 *
 * <p>Services in a cycle cannot go after each other, so each cycle is broken first. In its
 * strongly connected component, the dependency with the fewest calls that still lies on a cycle
 * is cut, and again until none is left: a greedy feedback arc set, not always the smallest, with
 * ties broken by caller, then callee. A cut belongs to the wave of the first of its two services, and
 * must be made before that wave. Cost O(C E (V + E)) for C cuts.
 */
final class ExtractionWaves {

  private final Membership membership;
  private final Proposal proposal;

  ExtractionWaves(Membership membership, Proposal proposal) {
    this.membership = membership;
    this.proposal = proposal;
  }

  /**
   * The waves, their risks still empty, the cycles, and the wave of each service.
   */
  record Result(List<Wave> waves, List<ServiceCycle> cycles, Map<String, Integer> waveOf) {}

  Result order(ServiceGraph calls, List<TableOwnership> tables, List<ServiceApi> apis) {
    List<ServiceCycle> cycles = new ArrayList<>();
    List<CallEdge> cuts = new ArrayList<>();
    for (SortedSet<String> component : calls.cycles()) {
      List<CallEdge> componentCuts = cut(calls, component);
      cuts.addAll(componentCuts);
      cycles.add(new ServiceCycle(List.copyOf(component), componentCuts.stream()
          .map(e -> new Wave.CycleCut(e.from(), e.to(), e.calls())).toList()));
    }
    ServiceGraph acyclic = calls.without(cuts);
    Map<String, Integer> sharedTables = sharedTables(tables);
    Map<String, Integer> waveOf = new TreeMap<>();
    List<List<String>> layers = layers(acyclic, sharedTables, waveOf);
    List<Wave> waves = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      waves.add(wave(i + 1, layers.get(i), acyclic, calls, sharedTables, tables, apis, cuts,
          waveOf));
    }
    return new Result(waves, cycles, waveOf);
  }

  /** Returns the cheapest edges whose removal leaves the component without a cycle. */
  private static List<CallEdge> cut(ServiceGraph calls, SortedSet<String> component) {
    return calls.cutCycles(component, Comparator.comparingInt(CallEdge::calls)
        .thenComparing(CallEdge::from).thenComparing(CallEdge::to));
  }

  /** Returns the services in layers: each after every service it calls. */
  private static List<List<String>> layers(ServiceGraph acyclic, Map<String, Integer> shared,
      Map<String, Integer> waveOf) {
    List<List<String>> layers = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    SortedSet<String> remaining = acyclic.services();
    while (!remaining.isEmpty()) {
      List<String> layer = new ArrayList<>();
      for (String service : remaining) {
        if (acyclic.outgoing(service).stream().allMatch(e -> placed.contains(e.to()))) {
          layer.add(service);
        }
      }
      layer.sort(Comparator.comparingInt((String s) -> acyclic.callers(s).size())
          .thenComparingInt(s -> shared.getOrDefault(s, 0))
          .thenComparing(Comparator.naturalOrder()));
      for (String service : layer) {
        waveOf.put(service, layers.size() + 1);
      }
      placed.addAll(layer);
      remaining.removeAll(layer);
      layers.add(layer);
    }
    return layers;
  }

  private Wave wave(int number, List<String> services, ServiceGraph acyclic, ServiceGraph calls,
      Map<String, Integer> shared, List<TableOwnership> tables, List<ServiceApi> apis,
      List<CallEdge> cuts, Map<String, Integer> waveOf) {
    List<String> reasons = new ArrayList<>();
    for (String service : services) {
      reasons.add(reason(service, acyclic, calls, shared, cuts));
    }
    List<String> libraries = new ArrayList<>();
    if (number == 1) {
      for (SharedLibrary library : proposal.sharedLibraries()) {
        libraries.add(library.name());
        reasons.add("The shared library " + library.name() + " has no runtime of its own:"
            + " publish it as a versioned artifact first, so that every service builds against"
            + " it.");
      }
    }
    SortedSet<String> operations = new TreeSet<>();
    for (ServiceApi api : apis) {
      if (services.contains(api.service())) {
        for (ApiOperation operation : api.operations()) {
          if (operation.kind() != ApiOperation.Kind.CONSTANT) {
            operations.add(api.service() + ": " + operation.name());
          }
        }
      }
    }
    SortedSet<String> moved = new TreeSet<>();
    tables.stream().filter(t -> services.contains(t.owner())).forEach(t -> moved.add(t.table()));
    List<Wave.CycleCut> waveCuts = new ArrayList<>();
    for (CallEdge cut : cuts) {
      int first = Math.min(waveOf.get(cut.from()), waveOf.get(cut.to()));
      if (first == number) {
        waveCuts.add(new Wave.CycleCut(cut.from(), cut.to(), cut.calls()));
      }
    }
    return new Wave(number, services, libraries, reasons, List.copyOf(operations),
        List.copyOf(moved), waveCuts, List.of());
  }

  private static String reason(String service, ServiceGraph acyclic, ServiceGraph calls,
      Map<String, Integer> shared, List<CallEdge> cuts) {
    SortedSet<String> callees = new TreeSet<>();
    acyclic.outgoing(service).forEach(e -> callees.add(e.to()));
    StringBuilder reason = new StringBuilder();
    List<String> cutHere = cuts.stream().filter(c -> c.from().equals(service))
        .map(CallEdge::label).toList();
    if (!cutHere.isEmpty()) {
      reason.append("Once ").append(String.join(" and ", cutHere))
          .append(cutHere.size() == 1 ? " is cut, " : " are cut, ");
    }
    if (callees.isEmpty()) {
      reason.append(cutHere.isEmpty() ? "It" : "it")
          .append(" calls no other service, so it can run on its own as soon as it is out.");
    } else {
      reason.append(cutHere.isEmpty() ? "It" : "it")
          .append(" calls only services of earlier waves: ").append(String.join(", ", callees))
          .append('.');
    }
    int callers = calls.callers(service).size();
    int tables = shared.getOrDefault(service, 0);
    reason.append(' ').append(callers == 0 ? "No service calls it"
        : callers == 1 ? "1 service calls it" : callers + " services call it");
    reason.append(" and it shares ").append(tables == 1 ? "1 table" : tables + " tables")
        .append('.');
    return reason.toString();
  }

  /** Returns the number of shared tables each service touches. */
  private static Map<String, Integer> sharedTables(List<TableOwnership> tables) {
    Map<String, Integer> counts = new HashMap<>();
    for (TableOwnership table : tables) {
      if (table.shared()) {
        table.accesses().forEach(a -> counts.merge(a.service(), 1, Integer::sum));
      }
    }
    return counts;
  }
}
