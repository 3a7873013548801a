package dev.cleave.model;

import java.util.List;

/**
 * The risk matrix of the migration.
 *
 * @param services the factors of each service, in the order of the tiers
 * @param risks the risks, highest score first, then by severity, then by id
 * @param matrix the number of risks of each likelihood and severity:
 *     {@code matrix.get(likelihood - 1).get(severity - 1)}
 */
public record Risks(List<ServiceRisk> services, List<Risk> risks, List<List<Integer>> matrix) {

  public Risks {
    services = List.copyOf(services);
    risks = List.copyOf(risks);
    matrix = matrix.stream().map(List::copyOf).toList();
  }
}
