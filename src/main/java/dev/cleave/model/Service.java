package dev.cleave.model;

import java.util.List;

/**
 * A proposed service: a group of classes to be extracted and owned together.
 *
 * @param name a short name derived from the packages of its classes
 * @param classes the ids of its classes, sorted
 * @param lines the lines of code of its classes
 */
public record Service(String name, List<String> classes, int lines) {

  public Service {
    classes = List.copyOf(classes);
  }
}
