package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class-to-service assignment of an analysis, indexed for the views.
 *
 * <p>Services are numbered in the proposal's order; the page names them by number ({@code s0},
 * {@code s1}) in element ids and links, so that no analysed name ever forms part of an id.
 */
final class Assignment {

  private final List<Service> services;
  private final Map<String, Integer> serviceOfClass = new HashMap<>();
  private final Map<String, ClassInfo> classes = new HashMap<>();

  Assignment(Analysis analysis) {
    this.services = analysis.proposal().services();
    for (int i = 0; i < services.size(); i++) {
      for (String id : services.get(i).classes()) {
        serviceOfClass.put(id, i);
      }
    }
    analysis.structure().classes().forEach(info -> classes.put(info.id(), info));
  }

  List<Service> services() {
    return services;
  }

  /** Returns the number of the service that contains the class, or -1 if none does. */
  int serviceOf(String classId) {
    return serviceOfClass.getOrDefault(classId, -1);
  }

  /** Returns the class, or {@code null} for an id that the structure does not list. */
  ClassInfo classInfo(String classId) {
    return classes.get(classId);
  }

  /** Returns the package of the class, or {@code ""} for an unknown id. */
  String packageOf(String classId) {
    ClassInfo info = classes.get(classId);
    return info == null ? "" : info.packageName();
  }

  /** Returns the element id of a service: {@code s} and its number. */
  static String anchor(int service) {
    return "s" + service;
  }
}
