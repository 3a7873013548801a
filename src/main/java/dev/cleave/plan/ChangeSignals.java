package dev.cleave.plan;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What version history says about the services, as the risk factors churn and ownership
 * conflicts read it.
 *
 * @param available whether history was read; without it both factors read "no history"
 * @param recentChanges the recency-weighted changes of each class, by class id
 * @param ownershipConflicts the breaches of single-team ownership of each service, as sentences,
 *     by service name
 */
public record ChangeSignals(
    boolean available,
    SortedMap<String, Double> recentChanges,
    SortedMap<String, List<String>> ownershipConflicts) {

  /** The signals of a run without history. */
  public static final ChangeSignals NONE =
      new ChangeSignals(false, new TreeMap<>(), new TreeMap<>());

  public ChangeSignals {
    recentChanges = Collections.unmodifiableSortedMap(new TreeMap<>(recentChanges));
    SortedMap<String, List<String>> conflicts = new TreeMap<>();
    ownershipConflicts.forEach((service, list) -> conflicts.put(service, List.copyOf(list)));
    ownershipConflicts = Collections.unmodifiableSortedMap(conflicts);
  }
}
