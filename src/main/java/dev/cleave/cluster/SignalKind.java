package dev.cleave.cluster;

import java.util.Locale;

/**
 * The kinds of evidence that two classes belong to one service, with their default weights.
 *
 * <p>The defaults follow from what each signal measures, not from any one project. Structural
 * coupling and shared tables weigh most: a dependency becomes a remote call when cut, and a
 * shared table is the hardest coupling to undo. Use cases weigh as much, because classes that
 * serve the same entry points make up one business capability. Vocabulary weighs half as much,
 * as names show the domain but also the framework. Co-change weighs half as much, as commits
 * also hold refactorings and mass edits; shared authors weigh a quarter, since one person often
 * works on several services.
 */
public enum SignalKind {
  /** Static dependencies, weighted by kind, with utility hubs damped. */
  STRUCTURAL(1.0),
  /** Classes changed in the same commits. */
  CO_CHANGE(0.5),
  /** Classes changed by the same people. */
  AUTHORS(0.25),
  /** Classes that touch the same database tables. */
  DATA(1.0),
  /** Classes reached from the same entry points. */
  USE_CASES(1.0),
  /** Classes whose identifiers share words, weighed by tf-idf. */
  VOCABULARY(0.5);

  private final double defaultWeight;

  SignalKind(double defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  public double defaultWeight() {
    return defaultWeight;
  }

  /** Returns the signal's key in {@code cleave.yaml}: {@code coChange} for {@link #CO_CHANGE}. */
  public String key() {
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return key.toString();
  }
}
