package dev.cleave.model;

/**
 * A breach of single-team ownership, with the numbers that show it.
 *
 * @param kind what is wrong
 * @param message the breach as a sentence with its numbers, for the report
 */
public record OwnershipViolation(Kind kind, String message) {

  /** The ways a proposed service or a team can break single-team ownership. */
  public enum Kind {
    /** No commit read changed the service, so no team can be shown to own it. */
    NO_HISTORY,
    /** No team has the share of recent changes that a clear owner needs. */
    NO_CLEAR_OWNER,
    /** The runner-up team's share is close to the owner's, so two teams share the service. */
    TEAMS_CLOSE,
    /** One person made most of the recent changes, so the knowledge sits with them. */
    KNOWLEDGE_RISK,
    /** A team owns more services than its active members can carry. */
    TEAM_OVERLOADED;

    /** Returns whether this kind means the service has no single clear owner. */
    public boolean breaksOwner() {
      return this == NO_HISTORY || this == NO_CLEAR_OWNER || this == TEAMS_CLOSE;
    }
  }
}
