package dev.cleave.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A dependency of one class on another, both named by class id.
 *
 * @param source the class whose code refers to the target
 * @param target the class referred to
 * @param kinds how often each kind of reference occurs, with its first location
 * @param targetTypes the binary names actually referred to: the target or its member types
 * @param members the methods and fields used, as {@code Type#member}, with their use counts
 * @param flags what a reader should know about how the dependency was found
 */
public record Dependency(
    String source,
    String target,
    SortedMap<DependencyKind, KindCount> kinds,
    SortedSet<String> targetTypes,
    SortedMap<String, Integer> members,
    Set<Flag> flags) {

  /** Something to know about how a dependency was found. */
  public enum Flag {
    /** Some references name no type in the source: they were found through inferred types. */
    IMPLICIT,
    /** The source is a second definition of a type that another file also declares. */
    FROM_DUPLICATE,
    /** The target is declared in a file that failed to parse. */
    TARGET_UNPARSED
  }

  public Dependency {
    kinds = Collections.unmodifiableSortedMap(new TreeMap<>(kinds));
    targetTypes = Collections.unmodifiableSortedSet(new TreeSet<>(targetTypes));
    members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
    flags = Collections.unmodifiableSet(
        flags.isEmpty() ? java.util.EnumSet.noneOf(Flag.class) : java.util.EnumSet.copyOf(flags));
  }

  /** Returns the number of references of all kinds. */
  public int count() {
    int total = 0;
    for (KindCount count : kinds.values()) {
      total += count.count();
    }
    return total;
  }

  /** Returns the number of references that couple code, leaving out Javadoc. */
  public int codeCount() {
    int total = 0;
    for (Map.Entry<DependencyKind, KindCount> entry : kinds.entrySet()) {
      if (entry.getKey().isCode()) {
        total += entry.getValue().count();
      }
    }
    return total;
  }

  /** Returns the number of calls and member accesses, the references that become remote calls. */
  public int callCount() {
    int total = 0;
    for (Map.Entry<DependencyKind, KindCount> entry : kinds.entrySet()) {
      if (entry.getKey().isCall()) {
        total += entry.getValue().count();
      }
    }
    return total;
  }

  /** Returns the earliest location of any kind. */
  public Location firstLocation() {
    Location first = null;
    for (KindCount count : kinds.values()) {
      first = Location.earlier(first, count.first());
    }
    return first;
  }

  @Override
  public String toString() {
    return source + " -> " + target + " " + kinds.keySet() + " at " + firstLocation();
  }
}
