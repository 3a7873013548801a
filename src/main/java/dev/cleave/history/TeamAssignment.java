package dev.cleave.history;

import dev.cleave.model.History.TeamSource;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides which team each change counts for.
 *
 * <p>Declared teams: a change counts for the author's team, and when the author is in no team,
 * for the first team whose paths match the file. {@code CODEOWNERS}: a change counts for the
 * owners of the file, split equally among them, regardless of its author. Inferred teams: a change
 * counts for the author's team. A change that no rule places is unattributed.
 */
final class TeamAssignment {

  private final TeamSource source;
  private final List<String> teamNames;
  private final Map<String, String> teamOfPerson;
  private final Function<String, List<String>> pathOwners;

  /**
   * @param source where the teams come from
   * @param teamNames the teams, in report order
   * @param teamOfPerson the team of each person the rules place by author
   * @param pathOwners the teams that own a path relative to the analysed folder
   */
  TeamAssignment(TeamSource source, List<String> teamNames, Map<String, String> teamOfPerson,
      Function<String, List<String>> pathOwners) {
    this.source = source;
    this.teamNames = List.copyOf(teamNames);
    this.teamOfPerson = Map.copyOf(teamOfPerson);
    this.pathOwners = pathOwners;
  }

  static TeamAssignment none() {
    return new TeamAssignment(TeamSource.NONE, List.of(), Map.of(), path -> List.of());
  }

  TeamSource source() {
    return source;
  }

  List<String> teamNames() {
    return teamNames;
  }

  /** Returns the team a person belongs to by the declared or inferred membership, or null. */
  String teamOf(String person) {
    return teamOfPerson.get(person);
  }

  /** Returns the recent changes of a file per team, given its recent changes per author. */
  SortedMap<String, Double> attribute(String path, Map<String, Double> recentByAuthor) {
    SortedMap<String, Double> byTeam = new TreeMap<>();
    for (Map.Entry<String, Double> entry : recentByAuthor.entrySet()) {
      attribute(path, entry.getKey(), entry.getValue(), byTeam);
    }
    return byTeam;
  }

  private void attribute(String path, String author, double weight,
      SortedMap<String, Double> byTeam) {
    switch (source) {
      case CODEOWNERS -> {
        List<String> owners = pathOwners.apply(path);
        for (String owner : owners) {
          byTeam.merge(owner, weight / owners.size(), Double::sum);
        }
      }
      case DECLARED -> {
        String team = teamOfPerson.get(author);
        if (team == null) {
          List<String> owners = pathOwners.apply(path);
          team = owners.isEmpty() ? null : owners.get(0);
        }
        if (team != null) {
          byTeam.merge(team, weight, Double::sum);
        }
      }
      case INFERRED -> {
        String team = teamOfPerson.get(author);
        if (team != null) {
          byTeam.merge(team, weight, Double::sum);
        }
      }
      case NONE -> { }
    }
  }
}
