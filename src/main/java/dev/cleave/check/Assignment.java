package dev.cleave.check;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the declaration puts each class: in a service, in a shared library, in several places
 * at once, or nowhere.
 *
 * @param ownerOf the service or shared library of each class that has exactly one, by class id
 * @param services the names of the declared services, in declaration order
 * @param libraries the names of the declared shared libraries, in declaration order
 * @param ambiguous the classes that equally specific patterns put in several places, with the
 *     matching patterns as {@code owner (pattern)}, sorted
 * @param unassigned the classes that no pattern matches, sorted
 */
record Assignment(
    SortedMap<String, String> ownerOf,
    List<String> services,
    List<String> libraries,
    SortedMap<String, List<String>> ambiguous,
    List<String> unassigned) {

  Assignment {
    ownerOf = Collections.unmodifiableSortedMap(new TreeMap<>(ownerOf));
    services = List.copyOf(services);
    libraries = List.copyOf(libraries);
    ambiguous = Collections.unmodifiableSortedMap(new TreeMap<>(ambiguous));
    unassigned = List.copyOf(unassigned);
  }

  /** Returns the service of the class, or {@code null} if it is in no service. */
  String serviceOf(String classId) {
    String owner = ownerOf.get(classId);
    return owner != null && isService(owner) ? owner : null;
  }

  boolean isService(String owner) {
    return services.contains(owner);
  }

  boolean isLibrary(String owner) {
    return libraries.contains(owner);
  }

  /** Returns the classes of each service or shared library, by owner, each list sorted. */
  SortedMap<String, List<String>> classesByOwner() {
    SortedMap<String, List<String>> byOwner = new TreeMap<>();
    services.forEach(name -> byOwner.put(name, new java.util.ArrayList<>()));
    libraries.forEach(name -> byOwner.put(name, new java.util.ArrayList<>()));
    ownerOf.forEach((classId, owner) -> byOwner.get(owner).add(classId));
    return byOwner;
  }

  /** Returns the set of owners, services and libraries together. */
  Set<String> owners() {
    return classesByOwner().keySet();
  }
}
