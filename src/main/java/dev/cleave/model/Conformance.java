package dev.cleave.model;

import java.util.List;

/**
 * How the code conforms to the services that {@code cleave.yaml} declares.
 *
 * @param declared whether the project declares services; when it does not, the other fields
 *     are empty
 * @param violations the rule violations, sorted by location, rule and key
 * @param drift classes more strongly tied to another service than to their own, sorted by class
 * @param sharedLibraries the declared shared libraries with the classes they hold, sorted by
 *     name
 * @param staleBaselineEntries how many entries of the baseline match no violation any more and
 *     can be removed from it
 */
public record Conformance(
    boolean declared,
    List<Violation> violations,
    List<Drift> drift,
    List<Service> sharedLibraries,
    int staleBaselineEntries) {

  /** The conformance of a project that declares no services. */
  public static final Conformance NONE = new Conformance(false, List.of(), List.of(), List.of(), 0);

  public Conformance {
    violations = List.copyOf(violations);
    drift = List.copyOf(drift);
    sharedLibraries = List.copyOf(sharedLibraries);
  }

  /** Returns the violations that the baseline does not accept: the ones that fail a check. */
  public List<Violation> newViolations() {
    return violations.stream().filter(v -> !v.baselined()).toList();
  }
}
