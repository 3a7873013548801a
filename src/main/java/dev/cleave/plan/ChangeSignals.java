package dev.cleave.plan;

import dev.cleave.model.History;
import dev.cleave.model.Ownership;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.TeamLoad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The churn and ownership conflicts of the services, from version history: a small view of
 * {@link History} and {@link Ownership} for the risk factors.
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

  /**
   * Returns the signals of a run's history and ownership. They are each class's recency-weighted
   * changes and, for each service, the breaches of single-team ownership that show a conflict:
   * no clear owner, two teams close, one person with the knowledge, or an overloaded owning
   * team. A service that no commit changed has no conflict, since it is unchanged, not contested.
   */
  public static ChangeSignals of(History history, Ownership ownership) {
    if (!history.wasRead() || !ownership.available()) {
      return NONE;
    }
    SortedMap<String, Double> changes = new TreeMap<>();
    history.classes().forEach((id, stats) -> changes.put(id, stats.recentChanges()));
    SortedMap<String, List<String>> conflicts = new TreeMap<>();
    for (ServiceOwnership service : ownership.services()) {
      List<String> messages = new ArrayList<>();
      for (OwnershipViolation violation : service.violations()) {
        if (violation.kind() != OwnershipViolation.Kind.NO_HISTORY) {
          messages.add(violation.message());
        }
      }
      conflicts.put(service.service(), messages);
    }
    for (TeamLoad team : ownership.teams()) {
      for (OwnershipViolation violation : team.violations()) {
        team.services().forEach(service -> conflicts
            .computeIfAbsent(service, k -> new ArrayList<>()).add(violation.message()));
      }
    }
    return new ChangeSignals(true, changes, conflicts);
  }

  public ChangeSignals {
    recentChanges = Collections.unmodifiableSortedMap(new TreeMap<>(recentChanges));
    SortedMap<String, List<String>> conflicts = new TreeMap<>();
    ownershipConflicts.forEach((service, list) -> conflicts.put(service, List.copyOf(list)));
    ownershipConflicts = Collections.unmodifiableSortedMap(conflicts);
  }
}
