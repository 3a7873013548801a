package dev.cleave.model;

import java.util.List;

/**
 * The availability of one service after extraction, through its synchronous call chain.
 *
 * <p>The chain is the service and every service it reaches through synchronous calls, each
 * counted once, so services in a cycle count as one unit. A request that needs them all succeeds
 * with the product of their availabilities.
 *
 * @param service the service name
 * @param tier its tier
 * @param target its tier's availability target
 * @param instanceAvailability the availability assumed for one of its instances
 * @param instances the instances it needs for its target, before the two spares
 * @param deployedAvailability the availability of those instances together
 * @param chain the services of the chain, sorted; it starts with the service itself
 * @param singleInstanceChain the chain's availability with one instance of each service
 * @param chainAvailability the chain's availability with each service at its deployed
 *     availability
 * @param shortfall how far the chain falls short of the target, 0 when it reaches it
 * @param whatIfs changes that would raise the chain's availability, best first; empty when the
 *     target is reached
 */
public record ServiceAvailability(
    String service,
    int tier,
    double target,
    double instanceAvailability,
    int instances,
    double deployedAvailability,
    List<String> chain,
    double singleInstanceChain,
    double chainAvailability,
    double shortfall,
    List<WhatIf> whatIfs) {

  public ServiceAvailability {
    chain = List.copyOf(chain);
    whatIfs = List.copyOf(whatIfs);
  }

  /** The minutes in 30 days, the period over which downtime is stated. */
  public static final double MINUTES_PER_30_DAYS = 30 * 24 * 60;

  /** Returns the chain's expected downtime in 30 days: {@code (1 - chain) * 43,200} minutes. */
  public double downtimeMinutesPer30Days() {
    return (1 - chainAvailability) * MINUTES_PER_30_DAYS;
  }

  /** Returns whether the chain reaches the tier's target. */
  public boolean meetsTarget() {
    return shortfall == 0;
  }

  /**
   * A change to the plan and the chain availability it would give.
   *
   * @param kind the change
   * @param from the calling service, or the service kept together with {@code to}
   * @param to the service called, or the other service kept together
   * @param chainAvailability the service's chain availability after the change
   * @param meetsTarget whether that reaches the target
   */
  public record WhatIf(Change kind, String from, String to, double chainAvailability,
      boolean meetsTarget) {}

  /** A change that a what-if tries. */
  public enum Change {
    /** Make the calls from one service to another asynchronous, removing the edge. */
    ASYNC,
    /** Make every call from the service to a lower tier asynchronous. */
    ASYNC_LOWER_TIERS,
    /** Keep two services together as one, so that their calls stay in one process. */
    TOGETHER
  }
}
