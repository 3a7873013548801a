package dev.cleave.model;

import java.util.List;

/**
 * The measured risk factors of extracting one service.
 *
 * @param service the service name
 * @param severity the severity of its risks, 1 to 5
 * @param factors every factor, in the order of {@link RiskFactor.Name}
 */
public record ServiceRisk(String service, int severity, List<RiskFactor> factors) {

  public ServiceRisk {
    factors = List.copyOf(factors);
  }
}
