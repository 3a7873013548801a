package dev.cleave.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place where the code or the declaration breaks a rule of the declared boundaries.
 *
 * <p>A violation prints as {@code path:line: rule: message}; a line of 0 means the violation
 * concerns the whole file. Its key names what is violated without a line number, such as
 * {@code orders -> catalog: com.shop.orders.Cart -> com.shop.catalog.Item}, so that a baseline
 * keeps recognising it while the code around it changes.
 *
 * @param rule the rule broken
 * @param key what is violated, stable across edits that do not change it; unique per rule
 * @param location where to look: the file relative to the analysed root and a 1-based line
 * @param message what is wrong and what to do about it
 * @param baselined whether the baseline accepts the violation, so that it does not fail a check
 */
public record Violation(Rule rule, String key, Location location, String message,
    boolean baselined) implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::location)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::key);

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** Returns this violation with the given baseline state. */
  public Violation withBaselined(boolean value) {
    return new Violation(rule, key, location, message, value);
  }

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String where = location.line() > 0 ? location.toString() : location.path();
    return where + ": " + rule.id() + ": " + message;
  }
}
