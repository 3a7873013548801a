package dev.cleave.model;

import java.util.List;

/**
 * A synchronous dependency of a more critical service on a less critical one, with no fallback
 * found: the failure of the lower tier would take the higher tier down with it.
 *
 * @param from the calling service
 * @param fromTier its tier
 * @param to the service called
 * @param toTier its tier, a larger number than {@code fromTier}
 * @param calls the calls across the boundary
 * @param classPairs the class dependencies behind it, as {@code caller -> callee}, sorted
 */
public record TierInversion(
    String from, int fromTier, String to, int toTier, int calls, List<String> classPairs) {

  public TierInversion {
    classPairs = List.copyOf(classPairs);
  }
}
