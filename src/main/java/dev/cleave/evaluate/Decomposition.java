package dev.cleave.evaluate;

import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.SharedLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A partition of classes into named groups: the services of a proposal, or of a ground truth.
 *
 * @param groupOf the group of each class, by class id
 */
record Decomposition(SortedMap<String, String> groupOf) {

  Decomposition {
    groupOf = Collections.unmodifiableSortedMap(new TreeMap<>(groupOf));
  }

  /** Returns the services of the proposal; with the shared libraries too if asked. */
  static Decomposition of(Proposal proposal, boolean withSharedLibraries) {
    SortedMap<String, String> groupOf = new TreeMap<>();
    for (Service service : proposal.services()) {
      service.classes().forEach(id -> groupOf.put(id, service.name()));
    }
    if (withSharedLibraries) {
      for (SharedLibrary library : proposal.sharedLibraries()) {
        library.classes().forEach(id -> groupOf.put(id, library.name()));
      }
    }
    return new Decomposition(groupOf);
  }

  /** Returns the members of each group, both sorted. */
  SortedMap<String, List<String>> groups() {
    SortedMap<String, List<String>> groups = new TreeMap<>();
    groupOf.forEach((id, group) -> groups.computeIfAbsent(group, k -> new ArrayList<>()).add(id));
    return groups;
  }

  /** Returns this decomposition limited to the given classes. */
  Decomposition restrictedTo(java.util.Set<String> classes) {
    SortedMap<String, String> kept = new TreeMap<>();
    groupOf.forEach((id, group) -> {
      if (classes.contains(id)) {
        kept.put(id, group);
      }
    });
    return new Decomposition(kept);
  }
}
