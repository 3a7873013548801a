package dev.cleave.cluster;

import dev.cleave.model.SignalSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every signal that has a weight and fuses them into one graph.
 *
 * <p>Each signal is first scaled so that the classes it links have a mean strength (sum of
 * pair weights) of 1, whatever its own units; then it is multiplied by its weight. So a sparse
 * signal, such as shared tables, counts as much for the classes it speaks about as a dense one
 * does for its classes, and says nothing about the others. A signal that finds no pair adds
 * nothing. Cost: the sum of the signals' costs.
 */
final class SignalFusion {

  private final ClassIndex index;
  private final Map<SignalKind, PairWeights> normalised = new EnumMap<>(SignalKind.class);
  private final Map<SignalKind, Double> weights = new EnumMap<>(SignalKind.class);
  private final List<SignalSummary> summaries = new ArrayList<>();
  private final PairWeights fused;

  SignalFusion(ClassIndex index, ClusterInput input, ClusterSettings settings) {
    this.index = index;
    this.fused = new PairWeights(index.size());
    for (SignalKind kind : SignalKind.values()) {
      double weight = settings.weight(kind);
      if (weight == 0) {
        summaries.add(new SignalSummary(kind.key(), 0, 0, "switched off in cleave.yaml"));
        continue;
      }
      PairWeights pairs = compute(kind, input);
      double total = pairs.total();
      summaries.add(new SignalSummary(kind.key(), weight, pairs.size(), note(kind, pairs)));
      if (total > 0) {
        PairWeights scaled = new PairWeights(index.size());
        scaled.addAll(pairs, linkedClasses(pairs) / (2 * total));
        normalised.put(kind, scaled);
        weights.put(kind, weight);
        fused.addAll(scaled, weight);
      }
    }
  }

  PairWeights fused() {
    return fused;
  }

  List<SignalSummary> summaries() {
    return summaries;
  }

  /**
   * Returns what each signal adds to each edge of the fused graph, by signal ordinal and edge.
   * The fused graph's edges are in the order of {@link PairWeights#keys()}, and each signal's
   * pairs are a subset of the fused pairs, so one merge walk per signal finds them all without
   * a lookup.
   */
  double[][] contributionsByEdge() {
    long[] fusedKeys = fused.keys();
    double[][] byEdge = new double[SignalKind.values().length][];
    for (SignalKind kind : SignalKind.values()) {
      double[] values = new double[fusedKeys.length];
      PairWeights pairs = normalised.get(kind);
      if (pairs != null) {
        long[] keys = pairs.keys();
        double weight = weights.get(kind);
        int j = 0;
        for (int e = 0; e < fusedKeys.length && j < keys.length; e++) {
          while (j < keys.length && keys[j] < fusedKeys[e]) {
            j++;
          }
          if (j < keys.length && keys[j] == fusedKeys[e]) {
            values[e] = pairs.weight(keys[j]) * weight;
          }
        }
      }
      byEdge[kind.ordinal()] = values;
    }
    return byEdge;
  }

  ClassIndex index() {
    return index;
  }

  private static int linkedClasses(PairWeights pairs) {
    boolean[] linked = new boolean[pairs.nodes()];
    int count = 0;
    for (long key : pairs.keys()) {
      for (int node : new int[] {pairs.first(key), pairs.second(key)}) {
        if (!linked[node]) {
          linked[node] = true;
          count++;
        }
      }
    }
    return count;
  }

  private PairWeights compute(SignalKind kind, ClusterInput input) {
    return switch (kind) {
      case STRUCTURAL -> StructuralCoupling.of(index, input);
      case CO_CHANGE -> ChangeCoupling.coChange(index, input);
      case AUTHORS -> ChangeCoupling.authors(index, input);
      case DATA -> SharedData.of(index, input);
      case USE_CASES -> UseCases.of(index, input);
      case VOCABULARY -> Vocabulary.of(index, input);
      case NAMES -> ClassNames.of(index);
      case PACKAGES -> Packages.of(index);
    };
  }

  private static String note(SignalKind kind, PairWeights pairs) {
    if (pairs.size() > 0) {
      return "";
    }
    return switch (kind) {
      case CO_CHANGE, AUTHORS -> "no version history was read";
      case DATA -> "no class touches a table that another class touches";
      case USE_CASES -> "no entry point reaches two classes";
      case STRUCTURAL -> "no class depends on another";
      case VOCABULARY -> "no two classes share a word of their identifiers";
      case NAMES -> "no class is named after another";
      case PACKAGES -> "no package holds two classes";
    };
  }
}
