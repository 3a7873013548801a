package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the classes from 0 in the order of their ids, so that every run numbers them alike. */
final class ClassIndex {

  private final List<ClassInfo> classes;
  private final Map<String, Integer> numbers = new HashMap<>();

  ClassIndex(List<ClassInfo> classes) {
    this.classes = classes.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
    for (int i = 0; i < this.classes.size(); i++) {
      numbers.put(this.classes.get(i).id(), i);
    }
  }

  int size() {
    return classes.size();
  }

  /** Returns the number of the class, or -1 if it is not indexed. */
  int of(String id) {
    return numbers.getOrDefault(id, -1);
  }

  String id(int node) {
    return classes.get(node).id();
  }

  ClassInfo info(int node) {
    return classes.get(node);
  }

  List<ClassInfo> classes() {
    return classes;
  }
}
