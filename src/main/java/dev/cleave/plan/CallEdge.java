package dev.cleave.plan;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The calls from the classes of one service to those of another.
 *
 * @param from the calling service
 * @param to the service called
 * @param calls the member uses and constructor calls across the boundary, constants left out
 * @param classPairs the class dependencies behind them, as {@code caller -> callee}
 */
record CallEdge(String from, String to, int calls, SortedSet<String> classPairs) {

  CallEdge {
    classPairs = Collections.unmodifiableSortedSet(new TreeSet<>(classPairs));
  }

  /**
   * Hashes the two services only. Graphs and sets hash their edges often, and a service graph
   * has one edge per pair of services, so hashing the class pairs would cost time and add
   * nothing.
   */
  @Override
  public int hashCode() {
    return 31 * from.hashCode() + to.hashCode();
  }

  /** Returns the edge as {@code from -> to}. */
  String label() {
    return from + PlanSettings.ARROW + to;
  }
}
