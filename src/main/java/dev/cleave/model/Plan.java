package dev.cleave.model;

import java.util.List;

/**
 * The migration plan for the proposed services. It says what becomes a remote API, who owns
 * which table and what couples the services behind their boundaries. It rates how critical each
 * service is, what its availability will be and what its extraction risks, and orders the
 * extraction in waves.
 *
 * @param apis the candidate API of each service, in the order of the proposal
 * @param tables every table found, with its owner, sorted by name
 * @param statements the SQL and JPQL statements read for the tables
 * @param unparsedStatements where each statement is that could not be read, sorted
 * @param sharedDependencies the hidden shared dependencies, by kind, then by name
 * @param tiers the tier of each service, tier 1 first, then by name
 * @param tierInversions the synchronous calls from a higher tier to a lower one, sorted
 * @param availability the availability budget
 * @param risks the risk matrix
 * @param waves the extraction waves, first wave first
 * @param cycles the cycles between services, largest first
 * @param historyRead whether version history gave churn and ownership
 * @param notes facts about the plan that a reader should know, such as unknown service names
 *     in {@code cleave.yaml}
 */
public record Plan(
    List<ServiceApi> apis,
    List<TableOwnership> tables,
    int statements,
    List<Location> unparsedStatements,
    List<SharedDependency> sharedDependencies,
    List<ServiceTier> tiers,
    List<TierInversion> tierInversions,
    Availability availability,
    Risks risks,
    List<Wave> waves,
    List<ServiceCycle> cycles,
    boolean historyRead,
    List<String> notes) {

  /** The name under which the plan counts classes that belong to no proposed service. */
  public static final String MONOLITH = "(monolith)";

  /** The plan of an analysis that proposed no service. */
  public static final Plan EMPTY = new Plan(List.of(), List.of(), 0, List.of(), List.of(),
      List.of(), List.of(), new Availability(0, List.of(), List.of(), List.of()),
      new Risks(List.of(), List.of(), List.of()), List.of(), List.of(), false, List.of());

  public Plan {
    apis = List.copyOf(apis);
    tables = List.copyOf(tables);
    unparsedStatements = List.copyOf(unparsedStatements);
    sharedDependencies = List.copyOf(sharedDependencies);
    tiers = List.copyOf(tiers);
    tierInversions = List.copyOf(tierInversions);
    waves = List.copyOf(waves);
    cycles = List.copyOf(cycles);
    notes = List.copyOf(notes);
  }

  /** Returns the tier of the named service, or 0 when it has none. */
  public int tierOf(String service) {
    return tiers.stream().filter(t -> t.service().equals(service)).mapToInt(ServiceTier::tier)
        .findFirst().orElse(0);
  }
}
