package dev.cleave.history;

import dev.cleave.model.ChangeStats;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sums the changes of one file into {@link ChangeStats}. */
final class StatsBuilder {

  private int commits;
  private long linesAdded;
  private long linesRemoved;
  private Instant lastChange;
  private double recentChanges;
  private final SortedMap<String, Integer> commitsByAuthor = new TreeMap<>();
  private final SortedMap<String, Double> recentByAuthor = new TreeMap<>();

  /** Adds one commit's change by {@code author}, weighing {@code weight}. */
  void add(String author, Instant time, double weight, int added, int removed) {
    commits++;
    linesAdded += added;
    linesRemoved += removed;
    if (lastChange == null || time.isAfter(lastChange)) {
      lastChange = time;
    }
    recentChanges += weight;
    commitsByAuthor.merge(author, 1, Integer::sum);
    recentByAuthor.merge(author, weight, Double::sum);
  }

  SortedMap<String, Double> recentByAuthor() {
    return recentByAuthor;
  }

  ChangeStats build(SortedMap<String, Double> recentByTeam) {
    return new ChangeStats(commits, linesAdded, linesRemoved, lastChange, recentChanges,
        commitsByAuthor, recentByAuthor, recentByTeam);
  }
}
