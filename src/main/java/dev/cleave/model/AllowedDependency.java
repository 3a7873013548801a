package dev.cleave.model;

import java.util.Objects;

/**
 * A dependency that a declared service may have on another service or a shared library.
 *
 * <p>In {@code cleave.yaml} it is written as the target's name alone, which means a synchronous
 * dependency, or as a mapping with {@code service} and {@code mode}.
 *
 * @param service the name of the service or shared library depended on
 * @param mode how the calls are made, which decides whether a tier inversion is accepted
 */
public record AllowedDependency(String service, Mode mode) {

  /** How a service calls the one it depends on. */
  public enum Mode {
    /** Synchronous calls: the caller fails when the target fails. */
    SYNC,
    /** Asynchronous messages: the caller goes on while the target is down. */
    ASYNC,
    /** Synchronous calls with a fallback that serves the caller while the target is down. */
    FALLBACK;

    /** Returns whether the target's failure leaves the caller working. */
    public boolean isDecoupled() {
      return this != SYNC;
    }
  }

  public AllowedDependency {
    Objects.requireNonNull(service, "service");
    mode = mode == null ? Mode.SYNC : mode;
  }

  /** Returns a synchronous dependency on the named target, as the short YAML form declares it. */
  public static AllowedDependency valueOf(String service) {
    return new AllowedDependency(service, Mode.SYNC);
  }
}
