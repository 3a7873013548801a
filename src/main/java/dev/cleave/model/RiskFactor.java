package dev.cleave.model;

/**
 * One named factor of a service's extraction risk, measured.
 *
 * @param name the factor
 * @param value the measure, or {@code null} when it could not be measured
 * @param likelihood the likelihood it gives, 1 to 5, or 0 when it raises no risk
 * @param note what the value means, or why it is missing, such as {@code no history}
 */
public record RiskFactor(Name name, Double value, int likelihood, String note) {

  /** The factors, in the order the report lists them. */
  public enum Name {
    /** Calls across the service's boundary, in both directions. */
    CROSS_BOUNDARY_CALLS("cross-boundary calls"),
    /** Services it depends on in a cycle. */
    CYCLES("cycles"),
    /** Tables it shares with other services. */
    SHARED_TABLES("shared tables"),
    /** Mutable statics, singletons, caches and configuration it shares with other services. */
    SHARED_STATE("shared state"),
    /** Its share of the project's recent changes. */
    CHURN("churn"),
    /** Breaches of single-team ownership. */
    OWNERSHIP_CONFLICTS("ownership conflicts"),
    /** Its tier, which sets the severity of every risk of the service. */
    TIER("tier");

    private final String description;

    Name(String description) {
      this.description = description;
    }

    /** Returns the factor as the report prints it. */
    public String description() {
      return description;
    }
  }
}
