package dev.cleave.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Team size reduction (TSR): how much smaller each service's team is than the whole project's.
 *
 * <p>Source: W. Jin et al., "Service Candidate Identification from Monolithic Systems Based on
 * Execution Traces", IEEE TSE 47(5), 2021:
 * {@code TSR = (1/K) sum_i |authors(i)| / |authors(all)|}, where {@code authors(i)} are the
 * people who changed the classes of service i and {@code authors(all)} those who changed any
 * class in a service. Cost O(n a) for a authors per class.
 */
final class TeamSizeReduction {

  private TeamSizeReduction() {}

  /** Returns TSR, or {@code null} when no class has an author. */
  static Double of(Decomposition services, Map<String, ? extends Set<String>> authors) {
    Set<String> everyone = new TreeSet<>();
    services.groupOf().keySet().forEach(id -> addAuthors(everyone, authors, id));
    if (everyone.isEmpty()) {
      return null;
    }
    double sum = 0;
    Map<String, List<String>> groups = services.groups();
    for (List<String> members : groups.values()) {
      SortedSet<String> team = new TreeSet<>();
      members.forEach(id -> addAuthors(team, authors, id));
      sum += (double) team.size() / everyone.size();
    }
    return sum / groups.size();
  }

  private static void addAuthors(Set<String> people, Map<String, ? extends Set<String>> authors,
      String id) {
    Set<String> of = authors.get(id);
    if (of != null) {
      people.addAll(of);
    }
  }
}
