package dev.cleave.model;

/**
 * A risk of extracting one service, rated from 1 to 5 for likelihood and severity.
 *
 * @param id a stable identifier, {@code service:factor}
 * @param service the service whose extraction carries the risk
 * @param wave the extraction wave of the service, 1 for the first
 * @param factor the factor that raises it
 * @param title what could go wrong, as a sentence
 * @param likelihood 1 (rare) to 5 (almost certain), from the factor's measure
 * @param severity 1 (negligible) to 5 (business down), from the service's tier and dependents
 * @param measure the factor's value in words, such as {@code 23 calls cross the boundary}
 * @param mitigation what lowers it, as a sentence
 */
public record Risk(
    String id,
    String service,
    int wave,
    RiskFactor.Name factor,
    String title,
    int likelihood,
    int severity,
    String measure,
    String mitigation) {

  /** Returns likelihood times severity, 1 to 25: the rank of the risk. */
  public int score() {
    return likelihood * severity;
  }
}
