package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Classes that several services use and that have little behaviour of their own, such as base
 * entities, constants and utilities: each service links or copies them instead of calling
 * another service.
 *
 * @param name the library's name
 * @param classes the ids of its classes, sorted
 * @param lines the lines of code of its classes
 * @param reasons why each class is in the library, by class id
 */
public record SharedLibrary(
    String name, List<String> classes, int lines, SortedMap<String, String> reasons) {

  public SharedLibrary {
    classes = List.copyOf(classes);
    reasons = Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
  }
}
