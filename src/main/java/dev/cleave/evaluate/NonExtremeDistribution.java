package dev.cleave.evaluate;

import java.util.List;

/**
 * Non-extreme distribution (NED): the share of classes in services that are too small or too
 * large.
 *
 * <p>Source: J. Wu, A. E. Hassan and R. C. Holt, "Comparison of Clustering Algorithms in the
 * Context of Software Evolution", ICSM 2005, with the bounds of 5 and 20 classes that A. K.
 * Kalia et al. use for services ("Mono2Micro", ESEC/FSE 2021):
 * {@code NED = 1 - (classes in services of 5 to 20 classes) / (all classes in services)}.
 * Cost O(K).
 */
final class NonExtremeDistribution {

  static final int MIN = 5;
  static final int MAX = 20;

  private NonExtremeDistribution() {}

  static double of(Decomposition services) {
    long all = 0;
    long normal = 0;
    for (List<String> members : services.groups().values()) {
      all += members.size();
      if (members.size() >= MIN && members.size() <= MAX) {
        normal += members.size();
      }
    }
    return all == 0 ? 0 : 1 - (double) normal / all;
  }
}
