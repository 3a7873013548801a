package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Sparsifies a similarity into a k-nearest-neighbour graph: each node keeps its {@code k} most
 * similar nodes, and a pair stays if either end keeps it.
 *
 * <p>Dense similarities such as shared vocabulary would otherwise link every class to every
 * other a little and blur the clusters. Ties are broken by the lower node number. Cost
 * O(P log P) for P pairs.
 */
final class NearestNeighbours {

  private NearestNeighbours() {}

  static PairWeights keep(PairWeights similarity, int k) {
    int n = similarity.nodes();
    List<List<long[]>> byNode = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byNode.add(new ArrayList<>());
    }
    for (long key : similarity.keys()) {
      byNode.get(similarity.first(key)).add(new long[] {key, similarity.second(key)});
      byNode.get(similarity.second(key)).add(new long[] {key, similarity.first(key)});
    }
    PairWeights kept = new PairWeights(n);
    for (int node = 0; node < n; node++) {
      List<long[]> pairs = byNode.get(node);
      pairs.sort((a, b) -> {
        int byWeight = Double.compare(similarity.weight(b[0]), similarity.weight(a[0]));
        return byWeight != 0 ? byWeight : Long.compare(a[1], b[1]);
      });
      for (int i = 0; i < Math.min(k, pairs.size()); i++) {
        long key = pairs.get(i)[0];
        int a = similarity.first(key);
        int b = similarity.second(key);
        if (kept.get(a, b) == 0) {
          kept.add(a, b, similarity.weight(key));
        }
      }
    }
    return kept;
  }
}
