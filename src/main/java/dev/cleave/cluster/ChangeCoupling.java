package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The history signals: logical coupling (classes changed in the same commits) and contributor
 * coupling (classes changed by the same people), after Mazlami et al., "Extraction of
 * Microservices from Monolithic Software Architectures", ICWS 2017.
 *
 * <p>Co-change adds the coupling degree that the history stage computed for each pair.
 * Contributor coupling weighs each author by the inverse of the classes they changed, so that
 * one person who touched everything links nothing strongly; two classes are linked by the sum
 * of {@code 1 / (c - 1)} over their common authors of {@code c} classes, and each class keeps
 * its {@value #NEIGHBOURS} strongest links. An author of more than {@value #MAX_CLASSES}
 * classes would add less than 1/{@value #MAX_CLASSES} to each of very many pairs and is left
 * out. Cost O(sum of c squared) over the authors kept.
 */
final class ChangeCoupling {

  static final int NEIGHBOURS = 10;
  static final int MAX_CLASSES = 500;

  private ChangeCoupling() {}

  static PairWeights coChange(ClassIndex index, ClusterInput input) {
    PairWeights weights = new PairWeights(index.size());
    for (ChangeHistory.CoChangePair pair : input.history().coChanges()) {
      int a = index.of(pair.first());
      int b = index.of(pair.second());
      if (a >= 0 && b >= 0) {
        weights.add(a, b, pair.degree());
      }
    }
    return weights;
  }

  static PairWeights authors(ClassIndex index, ClusterInput input) {
    Map<String, List<Integer>> classesByAuthor = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> entry : input.history().authors().entrySet()) {
      int node = index.of(entry.getKey());
      if (node < 0) {
        continue;
      }
      for (String author : entry.getValue()) {
        classesByAuthor.computeIfAbsent(author, k -> new ArrayList<>()).add(node);
      }
    }
    PairWeights weights = new PairWeights(index.size());
    for (List<Integer> nodes : classesByAuthor.values()) {
      if (nodes.size() < 2 || nodes.size() > MAX_CLASSES) {
        continue;
      }
      double share = 1.0 / (nodes.size() - 1);
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          weights.add(nodes.get(i), nodes.get(j), share);
        }
      }
    }
    return NearestNeighbours.keep(weights, NEIGHBOURS);
  }
}
