package dev.cleave.evaluate;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Precision, recall and F1 over pairs of classes: a pair counts as found when the proposal puts
 * both classes in one group, and as true when the ground truth does.
 *
 * <p>This is the pairwise measure of clustering evaluation (for example C. D. Manning, P.
 * Raghavan and H. Schütze, "Introduction to Information Retrieval", section 16.3, 2008).
 * Precision is 1 when the proposal groups no pair, and recall is 1 when the truth groups none,
 * as no claim was then wrong or missed. Cost O(n + g1 g2) with counts per pair of groups.
 *
 * @param precision the share of pairs grouped by the proposal that the truth also groups
 * @param recall the share of pairs grouped by the truth that the proposal also groups
 * @param f1 the harmonic mean of the two, 0 when both are 0
 */
record PairwiseAgreement(double precision, double recall, double f1) {

  /** Compares the proposal and the truth over the truth's classes. */
  static PairwiseAgreement of(Decomposition proposal, Decomposition truth) {
    Map<String, SortedMap<String, Long>> together = new TreeMap<>();
    truth.groupOf().forEach((id, group) -> together
        .computeIfAbsent(proposal.groupOf().get(id), k -> new TreeMap<>())
        .merge(group, 1L, Long::sum));
    long both = 0;
    for (SortedMap<String, Long> counts : together.values()) {
      for (long count : counts.values()) {
        both += pairs(count);
      }
    }
    long proposed = 0;
    for (List<String> members : proposal.restrictedTo(truth.groupOf().keySet()).groups()
        .values()) {
      proposed += pairs(members.size());
    }
    long actual = 0;
    for (List<String> members : truth.groups().values()) {
      actual += pairs(members.size());
    }
    double precision = proposed == 0 ? 1 : (double) both / proposed;
    double recall = actual == 0 ? 1 : (double) both / actual;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PairwiseAgreement(precision, recall, f1);
  }

  private static long pairs(long count) {
    return count * (count - 1) / 2;
  }
}
