package dev.cleave.model;

import java.util.List;

/**
 * The services a team owns against the number it can carry.
 *
 * @param team the team name
 * @param activeMembers the members with recent commits, who carry the services
 * @param capacity the services the team can carry
 * @param services the names of the services it owns, in the order of the proposal
 * @param violations an overload, if the team owns more services than its capacity
 */
public record TeamLoad(
    String team,
    int activeMembers,
    int capacity,
    List<String> services,
    List<OwnershipViolation> violations) {

  public TeamLoad {
    services = List.copyOf(services);
    violations = List.copyOf(violations);
  }

  /** Returns whether the team owns more services than it can carry. */
  public boolean overloaded() {
    return services.size() > capacity;
  }
}
