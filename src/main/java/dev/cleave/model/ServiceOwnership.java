package dev.cleave.model;

import java.util.List;

/**
 * Who changed a proposed service recently, and whether one team clearly owns it.
 *
 * <p>Shares are fractions of the service's recency-weighted changes, between 0 and 1.
 *
 * @param service the service name
 * @param recentChanges the recency-weighted changes to the service's files
 * @param owner the team with the largest share, or {@code null} when no team has any
 * @param share the owner's share
 * @param runnerUp the team with the second largest share, or {@code null}
 * @param runnerUpShare the runner-up's share, 0 without one
 * @param unattributedShare the share of changes that no team accounts for
 * @param mainAuthor the id of the person with the largest share, or {@code null}
 * @param mainAuthorShare that person's share
 * @param violations what breaks single-team ownership, empty when nothing does
 */
public record ServiceOwnership(
    String service,
    double recentChanges,
    String owner,
    double share,
    String runnerUp,
    double runnerUpShare,
    double unattributedShare,
    String mainAuthor,
    double mainAuthorShare,
    List<OwnershipViolation> violations) {

  public ServiceOwnership {
    violations = List.copyOf(violations);
  }
}
