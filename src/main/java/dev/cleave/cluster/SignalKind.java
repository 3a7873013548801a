package dev.cleave.cluster;

import java.util.Locale;

/**
 * The kinds of evidence that two classes belong to one service, with their default weights.
 *
 * <p>The defaults follow from what each signal measures, not from any one project. Structural
 * coupling weighs most: it is the code's own coupling, what becomes a remote call when the
 * classes are cut apart, and it covers every class. The other signals corroborate it at half
 * weight each, because each covers only part of the classes or also measures something else.
 * Shared tables are the hardest coupling to undo, but only data-access classes touch tables.
 * Use cases show business capabilities, but a controller often reaches into several. Names show
 * the domain, but also the framework. Commits also hold refactorings and mass edits. Shared
 * authors weigh a quarter, since one person often works on several services.
 */
public enum SignalKind {
  /** Static dependencies, weighted by kind, with utility hubs damped. */
  STRUCTURAL(1.0),
  /** Classes changed in the same commits. */
  CO_CHANGE(0.5),
  /** Classes changed by the same people. */
  AUTHORS(0.25),
  /** Classes that touch the same database tables. */
  DATA(0.5),
  /** Classes reached from the same entry points. */
  USE_CASES(0.5),
  /** Classes whose identifiers share words, weighed by tf-idf. */
  VOCABULARY(0.5),
  /** A class named after another and a role word, such as a controller after its entity. */
  NAMES(0.5),
  /** Classes of one package. */
  PACKAGES(0.25);

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
