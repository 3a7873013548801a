package dev.cleave.resolve;

import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supertypes of project types, resolved once and shared by all resolver threads.
 *
 * <p>While a type's own supertypes are being resolved, a lookup of its inherited members sees
 * only the type itself: Java does not let a class's extends clause depend on what it inherits.
 */
final class Supertypes {

  private final ProjectTypes project;
  private final Map<String, List<JType>> direct = new ConcurrentHashMap<>();
  private final Map<String, List<String>> ancestors = new ConcurrentHashMap<>();
  private final Set<String> incomplete = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Set<String>> inProgress = ThreadLocal.withInitial(HashSet::new);
  private TypeNameResolver names;

  Supertypes(ProjectTypes project) {
    this.project = project;
  }

  void setNames(TypeNameResolver names) {
    this.names = names;
  }

  /**
   * Returns the direct supertypes of a project type as written, resolved, with the arguments
   * written in its header; an enum's {@code java.lang.Enum} and a record's {@code
   * java.lang.Record} are added, and a class with no superclass gets {@code java.lang.Object}.
   */
  List<JType> direct(String binaryName) {
    List<JType> cached = direct.get(binaryName);
    if (cached != null) {
      return cached;
    }
    Set<String> busy = inProgress.get();
    if (!busy.add(binaryName)) {
      return List.of();
    }
    try {
      List<JType> resolved = compute(binaryName);
      direct.put(binaryName, resolved);
      return resolved;
    } finally {
      busy.remove(binaryName);
    }
  }

  private List<JType> compute(String binaryName) {
    TypeFact type = project.type(binaryName);
    if (type == null) {
      return List.of();
    }
    List<JType> result = new ArrayList<>();
    boolean hasClass = false;
    for (TypeExpr supertype : type.supertypes()) {
      JType resolved = declared(supertype);
      if (resolved == null) {
        incomplete.add(binaryName);
      } else {
        result.add(resolved);
        hasClass |= resolved.origin() == JType.Origin.PROJECT
            ? project.type(resolved.binaryName()) != null
                && project.type(resolved.binaryName()).kind() == TypeFact.Kind.CLASS
            : resolved.origin() == JType.Origin.EXTERNAL
                || !JdkTypes.get().isInterface(resolved.binaryName());
      }
    }
    switch (type.kind()) {
      case ENUM -> result.add(jdk("java.lang.Enum"));
      case RECORD -> result.add(jdk("java.lang.Record"));
      case ANNOTATION -> result.add(jdk("java.lang.annotation.Annotation"));
      default -> {
        if (!hasClass) {
          result.add(jdk("java.lang.Object"));
        }
      }
    }
    return List.copyOf(result);
  }

  private static JType jdk(String name) {
    return JType.of(name, JType.Origin.JDK);
  }

  /** Resolves a supertype as written, with its type arguments where they are plain names. */
  private JType declared(TypeExpr written) {
    if (written instanceof TypeExpr.Known known) {
      return names.known(known.binaryName());
    }
    if (!(written instanceof TypeExpr.Named named)) {
      return null;
    }
    var result = names.resolve(named.written(), named.scope());
    if (!result.isFound()) {
      return null;
    }
    List<JType> arguments = new ArrayList<>();
    for (TypeExpr argument : named.arguments()) {
      arguments.add(declared(argument));
    }
    return result.type().withArguments(arguments);
  }

  /** Returns the type followed by its project ancestors, nearest first. */
  List<String> selfAndAncestors(String binaryName) {
    List<String> cached = ancestors.get(binaryName);
    if (cached != null) {
      return cached;
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(binaryName);
    boolean complete = true;
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (!seen.add(next)) {
        continue;
      }
      if (inProgress.get().contains(next)) {
        complete = false;
        continue;
      }
      for (JType supertype : direct(next)) {
        if (supertype.origin() == JType.Origin.PROJECT && project.type(supertype.binaryName()) != null) {
          queue.add(supertype.binaryName());
        }
      }
    }
    List<String> result = List.copyOf(seen);
    if (complete) {
      ancestors.put(binaryName, result);
    }
    return result;
  }

  /** Returns the JDK and library types that the type or its project ancestors extend directly. */
  List<JType> externalAncestors(String binaryName) {
    List<JType> result = new ArrayList<>();
    for (String type : selfAndAncestors(binaryName)) {
      for (JType supertype : direct(type)) {
        if (supertype.origin() != JType.Origin.PROJECT) {
          result.add(supertype);
        }
      }
    }
    return result;
  }

  /**
   * Returns whether the type or a project ancestor extends a library type, which Cleave cannot
   * see into, or a supertype whose name did not resolve: its inherited members are unknown.
   */
  boolean hasUnknownAncestor(String binaryName) {
    for (String type : selfAndAncestors(binaryName)) {
      direct(type);
      if (incomplete.contains(type)) {
        return true;
      }
      for (JType supertype : direct(type)) {
        if (supertype.origin() == JType.Origin.EXTERNAL) {
          return true;
        }
      }
    }
    return false;
  }
}
