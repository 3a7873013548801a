package dev.cleave.check;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DeclaredLibrary;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts each class in the declared service or shared library whose pattern matches it most
 * specifically, as {@link ClassPattern#SPECIFICITY} ranks them.
 *
 * <p>Package patterns are looked up by walking up the class's package, exact class names by
 * name, and only globs are tried one by one, so matching costs O(classes x (package depth +
 * globs)). The result does not depend on the order of the declaration: equally specific
 * matches of different owners make the class ambiguous rather than picking one.
 */
final class ServiceMatcher {

  private final Map<String, List<ClassPattern>> packages = new HashMap<>();
  private final Map<String, List<ClassPattern>> exactClasses = new HashMap<>();
  private final List<ClassPattern> globs = new ArrayList<>();
  private final List<String> services = new ArrayList<>();
  private final List<String> libraries = new ArrayList<>();

  ServiceMatcher(ProjectConfig declaration) {
    for (DeclaredService service : declaration.services()) {
      services.add(service.name());
      add(service.name(), service.packages(), service.classes());
    }
    for (DeclaredLibrary library : declaration.sharedLibraries()) {
      libraries.add(library.name());
      add(library.name(), library.packages(), library.classes());
    }
  }

  private void add(String owner, List<String> packagePatterns, List<String> classPatterns) {
    for (String name : packagePatterns) {
      packages.computeIfAbsent(name, k -> new ArrayList<>()).add(ClassPattern.ofPackage(name, owner));
    }
    for (String text : classPatterns) {
      ClassPattern pattern = ClassPattern.ofClass(text, owner);
      if (pattern.kind() == ClassPattern.Kind.CLASS) {
        exactClasses.computeIfAbsent(text, k -> new ArrayList<>()).add(pattern);
      } else {
        globs.add(pattern);
      }
    }
  }

  Assignment assign(List<ClassInfo> classes) {
    Map<String, String> ownerOf = new TreeMap<>();
    Map<String, List<String>> ambiguous = new TreeMap<>();
    List<String> unassigned = new ArrayList<>();
    for (ClassInfo info : classes) {
      List<ClassPattern> best = bestMatches(info);
      TreeSet<String> owners = new TreeSet<>();
      best.forEach(pattern -> owners.add(pattern.owner()));
      if (owners.isEmpty()) {
        unassigned.add(info.id());
      } else if (owners.size() == 1) {
        ownerOf.put(info.id(), owners.first());
      } else {
        ambiguous.put(info.id(), best.stream()
            .map(pattern -> pattern.owner() + " (" + pattern.text() + ")")
            .sorted().distinct().toList());
      }
    }
    unassigned.sort(null);
    return new Assignment(new TreeMap<>(ownerOf), services, libraries, new TreeMap<>(ambiguous),
        unassigned);
  }

  /** Returns the matching patterns of the highest specificity, or none. */
  private List<ClassPattern> bestMatches(ClassInfo info) {
    List<ClassPattern> candidates = new ArrayList<>(
        exactClasses.getOrDefault(info.name(), List.of()));
    for (ClassPattern glob : globs) {
      if (glob.matches(info.name(), info.packageName())) {
        candidates.add(glob);
      }
    }
    for (String name = info.packageName(); !name.isEmpty(); name = parentOf(name)) {
      List<ClassPattern> declared = packages.get(name);
      if (declared != null) {
        candidates.addAll(declared);
        break;
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    ClassPattern top = candidates.stream().max(ClassPattern.SPECIFICITY).orElseThrow();
    return candidates.stream()
        .filter(pattern -> ClassPattern.SPECIFICITY.compare(pattern, top) == 0)
        .toList();
  }

  private static String parentOf(String packageName) {
    int dot = packageName.lastIndexOf('.');
    return dot < 0 ? "" : packageName.substring(0, dot);
  }
}
