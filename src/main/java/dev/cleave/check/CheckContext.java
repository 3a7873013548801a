package dev.cleave.check;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.Dependency;
import dev.cleave.model.ProjectConfig;
import java.util.List;
import java.util.Map;

/**
 * What the rules read: the code, the declaration and where each class landed in it.
 *
 * @param classes the analysed classes by id
 * @param dependencies the class-to-class dependencies, sorted by source then target
 * @param declaration the declared services and shared libraries
 * @param assignment where the declaration puts each class
 * @param traits the owners and tiers of the services
 * @param graph the dependencies between services that the code has
 * @param site the declaration file, for violations that point into it
 */
record CheckContext(
    Map<String, ClassInfo> classes,
    List<Dependency> dependencies,
    ProjectConfig declaration,
    Assignment assignment,
    ServiceTraits traits,
    ServiceGraph graph,
    DeclarationSite site) {

  /** Returns the declared service of that name. */
  DeclaredService service(String name) {
    for (DeclaredService service : declaration.services()) {
      if (service.name().equals(name)) {
        return service;
      }
    }
    throw new IllegalArgumentException("no declared service named " + name);
  }

  /** Returns the binary name of a class, for messages: ids of duplicates carry a suffix. */
  String nameOf(String classId) {
    ClassInfo info = classes.get(classId);
    return info == null ? classId : info.name();
  }
}
