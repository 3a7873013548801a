package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A proposed service: a group of classes to be extracted and owned together.
 *
 * @param name a short name derived from the packages of its classes, or the name a constraint
 *     pins
 * @param classes the ids of its classes, sorted
 * @param lines the lines of code of its classes
 * @param reasons why each class is in the service, by class id
 */
public record Service(
    String name, List<String> classes, int lines, SortedMap<String, String> reasons) {

  public Service {
    classes = List.copyOf(classes);
    reasons = Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
  }

  /** Creates a service without reasons. */
  public Service(String name, List<String> classes, int lines) {
    this(name, classes, lines, new TreeMap<>());
  }
}
