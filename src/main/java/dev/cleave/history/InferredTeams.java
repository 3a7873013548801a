package dev.cleave.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Groups authors who work on the same code into teams, by average-linkage agglomerative
 * clustering (UPGMA, Sokal and Michener 1958) on the cosine similarity of their recent changes
 * per folder.
 *
 * <p>Each person is a vector of recency-weighted changes per folder. The two most similar
 * groups merge while their average pairwise similarity is at least the threshold. Ties go to
 * the pair whose first members sort first, so the result depends only on the input. Cost:
 * O(p²f) to compare p people over f folders, then O(p³) for the merges.
 */
final class InferredTeams {

  private InferredTeams() {}

  /**
   * Returns the groups of people, each a list of indices into {@code vectors}, in the order
   * of their first member.
   *
   * @param vectors each person's recent changes by folder, people sorted by id
   * @param threshold the least average similarity at which two groups merge
   */
  static List<List<Integer>> cluster(List<SortedMap<String, Double>> vectors,
      double threshold) {
    int n = vectors.size();
    double[][] similarity = similarities(vectors);
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
    }
    boolean[] merged = new boolean[n];
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        if (merged[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (!merged[b] && similarity[a][b] > best) {
            best = similarity[a][b];
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || best < threshold) {
        break;
      }
      merge(similarity, groups, merged, bestA, bestB);
    }
    List<List<Integer>> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!merged[i]) {
        result.add(List.copyOf(groups.get(i)));
      }
    }
    return result;
  }

  private static void merge(double[][] similarity, List<List<Integer>> groups,
      boolean[] merged, int a, int b) {
    int sizeA = groups.get(a).size();
    int sizeB = groups.get(b).size();
    for (int k = 0; k < similarity.length; k++) {
      if (k == a || k == b || merged[k]) {
        continue;
      }
      double value = (sizeA * similarity[a][k] + sizeB * similarity[b][k]) / (sizeA + sizeB);
      similarity[a][k] = value;
      similarity[k][a] = value;
    }
    groups.get(a).addAll(groups.get(b));
    merged[b] = true;
  }

  private static double[][] similarities(List<SortedMap<String, Double>> vectors) {
    int n = vectors.size();
    double[] norms = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (double value : vectors.get(i).values()) {
        sum += value * value;
      }
      norms[i] = Math.sqrt(sum);
    }
    double[][] similarity = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        double value = norms[a] == 0 || norms[b] == 0 ? 0
            : dot(vectors.get(a), vectors.get(b)) / (norms[a] * norms[b]);
        similarity[a][b] = value;
        similarity[b][a] = value;
      }
    }
    return similarity;
  }

  private static double dot(SortedMap<String, Double> a, SortedMap<String, Double> b) {
    SortedMap<String, Double> small = a.size() <= b.size() ? a : b;
    SortedMap<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double other = large.get(entry.getKey());
      if (other != null) {
        sum += entry.getValue() * other;
      }
    }
    return sum;
  }
}
