package dev.cleave.model;

import java.util.List;

/**
 * Shared code that a project declares in {@code cleave.yaml}: classes that every service may use
 * and that belong to no single service, such as a utility or domain-types library.
 *
 * @param name the library's name, unique among services and shared libraries
 * @param packages packages whose classes belong to the library, subpackages included
 * @param classes binary class names or globs over them, as in {@link DeclaredService}
 */
public record DeclaredLibrary(String name, List<String> packages, List<String> classes) {

  public DeclaredLibrary {
    packages = packages == null ? List.of() : List.copyOf(packages);
    classes = classes == null ? List.of() : List.copyOf(classes);
  }
}
