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
 * similar classes are kept ({@link NearestNeighbours}). Cost O(sum of df squared) over the
 * words kept.
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
    double[] norms = new double[n];
    List<SortedMap<String, Double>> vectors = new ArrayList<>();
    for (int node = 0; node < n; node++) {
      SortedMap<String, Double> vector = new TreeMap<>();
      for (Map.Entry<String, Integer> entry : input.terms().termsOf(index.id(node)).entrySet()) {
        Double weight = idf.get(entry.getKey());
        if (weight != null) {
          vector.put(entry.getKey(), (1 + Math.log(entry.getValue())) * weight);
        }
      }
      double norm = 0;
      for (double value : vector.values()) {
        norm += value * value;
      }
      norms[node] = Math.sqrt(norm);
      vectors.add(vector);
    }
    PairWeights dot = new PairWeights(n);
    postings.forEach((term, nodes) -> {
      if (!idf.containsKey(term)) {
        return;
      }
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          int a = nodes.get(i);
          int b = nodes.get(j);
          dot.add(a, b, vectors.get(a).get(term) * vectors.get(b).get(term));
        }
      }
    });
    PairWeights cosine = new PairWeights(n);
    for (long key : dot.keys()) {
      int a = dot.first(key);
      int b = dot.second(key);
      cosine.add(a, b, dot.weight(key) / (norms[a] * norms[b]));
    }
    return NearestNeighbours.keep(cosine, NEIGHBOURS);
  }
}
