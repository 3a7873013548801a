package dev.cleave.model;

/** How often a dependency arises through one kind, and where it first does. */
public record KindCount(int count, Location first) {

  /** Returns the sum of two counts with the earlier first location. */
  public KindCount plus(KindCount other) {
    return new KindCount(count + other.count, Location.earlier(first, other.first));
  }
}
