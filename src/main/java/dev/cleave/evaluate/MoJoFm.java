package dev.cleave.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MoJoFM, the effectiveness measure of a clustering against an authoritative one.
 *
 * <p>Source: Z. Wen and V. Tzerpos, "An effectiveness measure for software clustering
 * algorithms", IWPC 2004: {@code MoJoFM(A, B) = (1 - mno(A, B) / max mno(any A, B)) * 100},
 * where {@code mno(A, B)} is the fewest Move and Join operations that turn A into B. It is
 * computed exactly as in Wen and Tzerpos, "An optimal algorithm for MoJo distance", IWPC 2003:
 * each cluster of A is tagged with the clusters of B it shares most objects with, and
 * {@code mno = (n - sum of those largest overlaps) + (clusters of A - a maximum matching
 * between clusters of A and their tags)}. The largest distance from B is {@code n - g}, with
 * {@code g} found by going through B's cluster sizes in ascending order and counting up while
 * the count stays below the size. Cost O(|A| |B| (|A| + |B|)) for the matching, by augmenting
 * paths; deterministic, as clusters are visited in name order.
 */
final class MoJoFm {

  private MoJoFm() {}

  /** Returns MoJoFM of the proposal against the truth, in percent, over the truth's classes. */
  static double of(Decomposition proposal, Decomposition truth) {
    int n = truth.groupOf().size();
    if (n == 0) {
      return 100;
    }
    double max = n - groupsForMaximum(truth);
    if (max == 0) {
      return 100;
    }
    return (1 - mno(proposal, truth) / max) * 100;
  }

  /** Returns the fewest moves and joins that turn the proposal into the truth. */
  static int mno(Decomposition proposal, Decomposition truth) {
    List<String> truthNames = new ArrayList<>(truth.groups().keySet());
    Map<String, Integer> truthIndex = new HashMap<>();
    for (int j = 0; j < truthNames.size(); j++) {
      truthIndex.put(truthNames.get(j), j);
    }
    List<List<String>> clusters = new ArrayList<>(proposal.groups().values());
    int moves = 0;
    List<List<Integer>> tags = new ArrayList<>();
    for (List<String> cluster : clusters) {
      int[] overlap = new int[truthNames.size()];
      for (String id : cluster) {
        overlap[truthIndex.get(truth.groupOf().get(id))]++;
      }
      int largest = Arrays.stream(overlap).max().orElse(0);
      moves += cluster.size() - largest;
      List<Integer> best = new ArrayList<>();
      for (int j = 0; j < overlap.length; j++) {
        if (overlap[j] == largest) {
          best.add(j);
        }
      }
      tags.add(best);
    }
    int joins = clusters.size() - maximumMatching(tags, truthNames.size());
    return moves + joins;
  }

  /** Returns g of the largest MoJo distance: B's sizes ascending, counting while below them. */
  static int groupsForMaximum(Decomposition truth) {
    int[] sizes = truth.groups().values().stream().mapToInt(List::size).sorted().toArray();
    int groups = 0;
    for (int size : sizes) {
      if (groups < size) {
        groups++;
      }
    }
    return groups;
  }

  private static int maximumMatching(List<List<Integer>> tags, int right) {
    int[] matchOfRight = new int[right];
    Arrays.fill(matchOfRight, -1);
    int matched = 0;
    for (int left = 0; left < tags.size(); left++) {
      if (augment(left, tags, matchOfRight, new boolean[right])) {
        matched++;
      }
    }
    return matched;
  }

  private static boolean augment(int left, List<List<Integer>> tags, int[] matchOfRight,
      boolean[] visited) {
    for (int r : tags.get(left)) {
      if (visited[r]) {
        continue;
      }
      visited[r] = true;
      if (matchOfRight[r] < 0 || augment(matchOfRight[r], tags, matchOfRight, visited)) {
        matchOfRight[r] = left;
        return true;
      }
    }
    return false;
  }
}
