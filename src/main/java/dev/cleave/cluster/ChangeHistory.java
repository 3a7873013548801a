package dev.cleave.cluster;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the version history says about the classes: which change together and who changes them.
 *
 * @param coChanges pairs of classes changed in the same commits, with the degree of coupling
 *     between 0 and 1
 * @param authors the people who changed each class, by class id
 */
public record ChangeHistory(List<CoChangePair> coChanges,
    SortedMap<String, SortedSet<String>> authors) {

  /** The history of a project without a readable repository. */
  public static final ChangeHistory NONE = new ChangeHistory(List.of(), new TreeMap<>());

  public ChangeHistory {
    coChanges = List.copyOf(coChanges);
    SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
    authors.forEach((id, people) ->
        copy.put(id, Collections.unmodifiableSortedSet(new TreeSet<>(people))));
    authors = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns whether the history holds anything. */
  public boolean isEmpty() {
    return coChanges.isEmpty() && authors.isEmpty();
  }

  /**
   * Two classes changed in the same commits.
   *
   * @param first a class id
   * @param second another class id
   * @param degree the shared commits relative to the commits of each, between 0 and 1
   */
  public record CoChangePair(String first, String second, double degree) {}
}
