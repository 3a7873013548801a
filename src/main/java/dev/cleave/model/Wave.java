package dev.cleave.model;

import java.util.List;

/**
 * One wave of the migration: services extracted together behind new APIs, taking their tables.
 *
 * @param number 1 for the first wave
 * @param services the services extracted in it, in order
 * @param libraries the shared libraries published in it
 * @param reasons why each service or library has its place, in the order of services then
 *     libraries
 * @param apis the operations to introduce, as {@code service: operation}, sorted
 * @param tables the tables to move to their owners, sorted
 * @param cuts the dependencies to cut before the wave, because they close a cycle
 * @param risks the ids of the risks of the wave's services, highest score first
 */
public record Wave(
    int number,
    List<String> services,
    List<String> libraries,
    List<String> reasons,
    List<String> apis,
    List<String> tables,
    List<CycleCut> cuts,
    List<String> risks) {

  public Wave {
    services = List.copyOf(services);
    libraries = List.copyOf(libraries);
    reasons = List.copyOf(reasons);
    apis = List.copyOf(apis);
    tables = List.copyOf(tables);
    cuts = List.copyOf(cuts);
    risks = List.copyOf(risks);
  }

  /**
   * A dependency between two services in a cycle, named to be cut: replaced by an event, a
   * callback through an interface the caller owns, or a copy of the data.
   *
   * @param from the depending service
   * @param to the service depended on
   * @param calls the calls that the cut removes
   */
  public record CycleCut(String from, String to, int calls) {}
}
