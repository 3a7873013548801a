package dev.cleave.model;

import java.util.List;

/**
 * A team: the people who build, run and are paged for a set of services.
 *
 * @param name the declared name, the owner as {@code CODEOWNERS} writes it, or
 *     {@code inferred-N} for a team found in the history
 * @param source where the team comes from
 * @param members the ids of its people, sorted
 * @param activeMembers the members with a commit within one half-life of the newest commit
 * @param paths the path patterns it owns, as {@code cleave.yaml} or {@code CODEOWNERS} writes
 *     them; empty for inferred teams
 * @param focus the folders its members changed most recently, most first; at most three
 */
public record Team(
    String name,
    History.TeamSource source,
    List<String> members,
    List<String> activeMembers,
    List<String> paths,
    List<String> focus) {

  public Team {
    members = List.copyOf(members);
    activeMembers = List.copyOf(activeMembers);
    paths = List.copyOf(paths);
    focus = List.copyOf(focus);
  }

  /** Returns whether the team was found in the history rather than declared. */
  public boolean inferred() {
    return source == History.TeamSource.INFERRED;
  }
}
