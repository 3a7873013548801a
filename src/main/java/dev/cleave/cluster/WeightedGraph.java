package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * An undirected graph with positive edge weights, each edge listed once, nodes numbered from 0.
 *
 * @param nodes the number of nodes
 * @param from the first node of each edge
 * @param to the second node of each edge
 * @param weights the weight of each edge
 */
record WeightedGraph(int nodes, int[] from, int[] to, double[] weights) {

  static WeightedGraph of(PairWeights pairs) {
    long[] keys = pairs.keys();
    int[] from = new int[keys.length];
    int[] to = new int[keys.length];
    double[] weights = new double[keys.length];
    for (int e = 0; e < keys.length; e++) {
      from[e] = pairs.first(keys[e]);
      to[e] = pairs.second(keys[e]);
      weights[e] = pairs.weight(keys[e]);
    }
    return new WeightedGraph(pairs.nodes(), from, to, weights);
  }

  int edges() {
    return from.length;
  }

  /** Returns each node's strength: the sum of the weights of its edges. */
  double[] strengths() {
    double[] strengths = new double[nodes];
    for (int e = 0; e < from.length; e++) {
      strengths[from[e]] += weights[e];
      strengths[to[e]] += weights[e];
    }
    return strengths;
  }

  /**
   * The neighbours of every node in compressed form: those of node {@code i} are {@code
   * neighbour[offset[i]]} up to {@code neighbour[offset[i + 1] - 1]}, reached by the edges
   * {@code edge[...]} at the same positions.
   */
  record Neighbours(int[] offset, int[] neighbour, int[] edge) {}

  /** Returns the neighbours of every node, in O(N + E). */
  Neighbours neighbours() {
    int[] offset = new int[nodes + 1];
    for (int e = 0; e < from.length; e++) {
      offset[from[e] + 1]++;
      offset[to[e] + 1]++;
    }
    for (int i = 0; i < nodes; i++) {
      offset[i + 1] += offset[i];
    }
    int[] neighbour = new int[2 * from.length];
    int[] edge = new int[2 * from.length];
    int[] fill = java.util.Arrays.copyOf(offset, nodes);
    for (int e = 0; e < from.length; e++) {
      neighbour[fill[from[e]]] = to[e];
      edge[fill[from[e]]++] = e;
      neighbour[fill[to[e]]] = from[e];
      edge[fill[to[e]]++] = e;
    }
    return new Neighbours(offset, neighbour, edge);
  }

  /** Returns the neighbours of each node with the edge weights, as {node, edge} pairs. */
  List<List<int[]>> adjacency() {
    List<List<int[]>> adjacency = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      adjacency.add(new ArrayList<>());
    }
    for (int e = 0; e < from.length; e++) {
      adjacency.get(from[e]).add(new int[] {to[e], e});
      adjacency.get(to[e]).add(new int[] {from[e], e});
    }
    return adjacency;
  }

  /**
   * Returns the graph of the groups: node {@code group[i]} stands for every node i of that
   * group, and the edges between groups are summed; edges inside a group are dropped.
   */
  WeightedGraph contract(int[] group, int groups) {
    PairWeights pairs = new PairWeights(groups);
    for (int e = 0; e < from.length; e++) {
      pairs.add(group[from[e]], group[to[e]], weights[e]);
    }
    return of(pairs);
  }

  /** Returns the graph induced by the nodes, renumbered in the order given. */
  WeightedGraph induced(int[] members) {
    int[] position = new int[nodes];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < members.length; i++) {
      position[members[i]] = i;
    }
    PairWeights pairs = new PairWeights(members.length);
    for (int e = 0; e < from.length; e++) {
      if (position[from[e]] >= 0 && position[to[e]] >= 0) {
        pairs.add(position[from[e]], position[to[e]], weights[e]);
      }
    }
    return of(pairs);
  }
}
