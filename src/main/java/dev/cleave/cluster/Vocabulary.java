package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The vocabulary signal: classes whose identifiers use the same words, as the semantic
 * coupling of Mazlami et al. ("Extraction of Microservices from Monolithic Software
 * Architectures", ICWS 2017) measures it.
 *
 * <p>Each class is a vector of its words weighted by tf-idf, {@code (1 + log tf) * log(n / df)},
 * and two classes are as similar as the cosine of their vectors. Words in a single class link
 * nothing, and words in more than {@value #MAX_DOCUMENT_SHARE} of the classes are framework
 * words rather than domain words and are left out. Only each class's {@value #NEIGHBOURS} most
 * similar classes are kept, and a pair stays if either end keeps it, as {@link
 * NearestNeighbours} keeps them. Cost O(sum of df squared) over the words kept; memory O(n + the
 * words' postings), since no table of all pairs is built.
 */
final class Vocabulary {

  static final double MAX_DOCUMENT_SHARE = 0.25;
  static final int NEIGHBOURS = 5;

  private Vocabulary() {}

  static PairWeights of(ClassIndex index, ClusterInput input) {
    int n = index.size();
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (int node = 0; node < n; node++) {
      for (String term : input.terms().termsOf(index.id(node)).keySet()) {
        postings.computeIfAbsent(term, k -> new ArrayList<>()).add(node);
      }
    }
    int maxDocuments = Math.max(2, (int) Math.floor(MAX_DOCUMENT_SHARE * n));
    Map<String, Double> idf = new HashMap<>();
    postings.forEach((term, nodes) -> {
      if (nodes.size() >= 2 && nodes.size() <= maxDocuments) {
        idf.put(term, Math.log((double) n / nodes.size()));
      }
    });
    // Each word kept gets a number in word order, with its classes and their weights.
    List<String> words = new ArrayList<>(new TreeMap<>(idf).keySet());
    Map<String, Integer> wordIds = new HashMap<>();
    int[][] postingNodes = new int[words.size()][];
    double[][] postingWeights = new double[words.size()][];
    for (int w = 0; w < words.size(); w++) {
      wordIds.put(words.get(w), w);
      postingNodes[w] = new int[postings.get(words.get(w)).size()];
      postingWeights[w] = new double[postingNodes[w].length];
    }
    int[] filled = new int[words.size()];
    int[][] vectorWords = new int[n][];
    double[][] vectorWeights = new double[n][];
    double[] norms = new double[n];
    for (int node = 0; node < n; node++) {
      SortedMap<String, Double> vector = new TreeMap<>();
      for (Map.Entry<String, Integer> entry : input.terms().termsOf(index.id(node)).entrySet()) {
        Double weight = idf.get(entry.getKey());
        if (weight != null) {
          vector.put(entry.getKey(), (1 + Math.log(entry.getValue())) * weight);
        }
      }
      vectorWords[node] = new int[vector.size()];
      vectorWeights[node] = new double[vector.size()];
      double norm = 0;
      int i = 0;
      for (Map.Entry<String, Double> entry : vector.entrySet()) {
        int w = wordIds.get(entry.getKey());
        double value = entry.getValue();
        vectorWords[node][i] = w;
        vectorWeights[node][i++] = value;
        postingNodes[w][filled[w]] = node;
        postingWeights[w][filled[w]++] = value;
        norm += value * value;
      }
      norms[node] = Math.sqrt(norm);
    }
    return nearest(n, vectorWords, vectorWeights, postingNodes, postingWeights, norms);
  }

  /**
   * Keeps each class's most similar classes, one class at a time. Its dot products with every
   * class that shares a word are summed in word order into a dense row, so a pair's cosine is
   * the same number from either end. No table of all pairs is built.
   */
  private static PairWeights nearest(int n, int[][] vectorWords, double[][] vectorWeights,
      int[][] postingNodes, double[][] postingWeights, double[] norms) {
    double[] row = new double[n];
    int[] touched = new int[n];
    PairWeights kept = new PairWeights(n);
    for (int a = 0; a < n; a++) {
      int count = 0;
      for (int i = 0; i < vectorWords[a].length; i++) {
        int w = vectorWords[a][i];
        double weight = vectorWeights[a][i];
        int[] nodes = postingNodes[w];
        double[] weights = postingWeights[w];
        for (int j = 0; j < nodes.length; j++) {
          int b = nodes[j];
          if (b != a) {
            if (row[b] == 0) {
              touched[count++] = b;
            }
            row[b] += weight * weights[j];
          }
        }
      }
      int[] best = new int[Math.min(NEIGHBOURS, count)];
      double[] bestWeights = new double[best.length];
      int size = 0;
      for (int t = 0; t < count; t++) {
        int b = touched[t];
        double cosine = row[b] / (norms[a] * norms[b]);
        row[b] = 0;
        if (!(cosine > 0)) {
          continue;
        }
        // Insertion into the short list, most similar first, ties to the lower class number.
        int at = size;
        while (at > 0 && (cosine > bestWeights[at - 1]
            || cosine == bestWeights[at - 1] && b < best[at - 1])) {
          at--;
        }
        if (at < best.length) {
          int last = Math.min(size, best.length - 1);
          System.arraycopy(best, at, best, at + 1, last - at);
          System.arraycopy(bestWeights, at, bestWeights, at + 1, last - at);
          best[at] = b;
          bestWeights[at] = cosine;
          size = Math.min(size + 1, best.length);
        }
      }
      for (int i = 0; i < size; i++) {
        int b = best[i];
        if (kept.get(a, b) == 0) {
          kept.add(a, b, bestWeights[i]);
        }
      }
    }
    return kept;
  }
}
