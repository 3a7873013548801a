package dev.cleave.model;

import java.util.Comparator;

/** A position in an analysed file: its path relative to the analysed root, and a 1-based line. */
public record Location(String path, int line) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path).thenComparingInt(Location::line);

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  /** Returns the earlier of two locations, treating {@code null} as later than anything. */
  public static Location earlier(Location a, Location b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public String toString() {
    return path + ":" + line;
  }
}
