package dev.cleave.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The words of the identifiers each class declares, with their counts, by class id.
 *
 * <p>Words are lower case, split at camel-case humps, digits and underscores; the clustering's
 * vocabulary signal weighs them by tf-idf.
 *
 * @param termsByClass the count of each word in each class
 */
public record IdentifierTerms(SortedMap<String, SortedMap<String, Integer>> termsByClass) {

  /** The terms of a project where none were collected. */
  public static final IdentifierTerms NONE = new IdentifierTerms(new TreeMap<>());

  public IdentifierTerms {
    SortedMap<String, SortedMap<String, Integer>> copy = new TreeMap<>();
    termsByClass.forEach((id, terms) ->
        copy.put(id, Collections.unmodifiableSortedMap(new TreeMap<>(terms))));
    termsByClass = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns the terms of the class, empty if none. */
  public SortedMap<String, Integer> termsOf(String classId) {
    return termsByClass.getOrDefault(classId, Collections.emptySortedMap());
  }
}
