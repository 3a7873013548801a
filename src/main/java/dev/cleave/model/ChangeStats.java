package dev.cleave.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changes made to a file or class in the history read.
 *
 * <p>A change is one commit touching one file. Recent changes are weighted by the decay that
 * {@link History} describes, so they are sums of weights between 0 and 1 each.
 *
 * @param commits the commits that changed it
 * @param linesAdded the lines those commits added
 * @param linesRemoved the lines those commits removed
 * @param lastChange the author date of the newest of those commits
 * @param recentChanges the recency-weighted number of changes
 * @param commitsByAuthor the commits of each person, by person id
 * @param recentByAuthor the recency-weighted changes of each person, by person id
 * @param recentByTeam the recency-weighted changes attributed to each team, by team name;
 *     changes that no team accounts for are absent, so the values may sum to less than
 *     {@code recentChanges}
 */
public record ChangeStats(
    int commits,
    long linesAdded,
    long linesRemoved,
    Instant lastChange,
    double recentChanges,
    SortedMap<String, Integer> commitsByAuthor,
    SortedMap<String, Double> recentByAuthor,
    SortedMap<String, Double> recentByTeam) {

  public ChangeStats {
    commitsByAuthor = Collections.unmodifiableSortedMap(new TreeMap<>(commitsByAuthor));
    recentByAuthor = Collections.unmodifiableSortedMap(new TreeMap<>(recentByAuthor));
    recentByTeam = Collections.unmodifiableSortedMap(new TreeMap<>(recentByTeam));
  }

  /** Returns the ids of the people who changed it, sorted. */
  public Set<String> authors() {
    return commitsByAuthor.keySet();
  }
}
