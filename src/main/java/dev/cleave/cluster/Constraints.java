package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The constraints of {@code cleave.yaml} on the classes of one run: which classes form one unit
 * (pinned to the same service or kept together), the name each pinned unit's service must
 * have, and which units must be in different services.
 *
 * <p>Units are numbered by their lowest class number, so the numbering is stable. Classes of
 * services pinned under different names are kept apart as well.
 */
final class Constraints {

  private static final Logger LOG = LoggerFactory.getLogger(Constraints.class);

  private final int[] unitOf;
  private final int units;
  private final String[] pinnedName;
  private final boolean[] together;
  private final List<int[]> apart;

  private Constraints(int[] unitOf, int units, String[] pinnedName, boolean[] together,
      List<int[]> apart) {
    this.unitOf = unitOf;
    this.units = units;
    this.pinnedName = pinnedName;
    this.together = together;
    this.apart = apart;
  }

  /** Returns the unit of each class node. */
  int[] unitOf() {
    return unitOf;
  }

  int units() {
    return units;
  }

  /** Returns the service name the unit is pinned to, or {@code null}. */
  String pinnedName(int unit) {
    return pinnedName[unit];
  }

  /** Returns whether the unit was formed by a {@code together} group. */
  boolean isTogether(int unit) {
    return together[unit];
  }

  /** Returns the pairs of units that must be in different services, each pair sorted. */
  List<int[]> apart() {
    return apart;
  }

  /**
   * Resolves the settings' patterns against the classes.
   *
   * @throws ConstraintException if two constraints contradict each other
   */
  static Constraints of(ClusterSettings settings, ClassIndex index) {
    int n = index.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    String[] pinOfNode = new String[n];
    boolean[] togetherNode = new boolean[n];
    for (Map.Entry<String, List<String>> pin : settings.pin().entrySet()) {
      List<Integer> nodes = matching(pin.getValue(), index, "pin." + pin.getKey());
      for (int node : nodes) {
        if (pinOfNode[node] != null && !pinOfNode[node].equals(pin.getKey())) {
          throw new ConstraintException(index.id(node) + " is pinned to both "
              + pinOfNode[node] + " and " + pin.getKey() + "; pin it to one service");
        }
        pinOfNode[node] = pin.getKey();
        union(parent, nodes.get(0), node);
      }
    }
    for (List<String> group : settings.together()) {
      List<Integer> nodes = matching(group, index, "together " + group);
      for (int node : nodes) {
        togetherNode[node] = true;
        union(parent, nodes.get(0), node);
      }
    }
    int[] unitOf = new int[n];
    Arrays.fill(unitOf, -1);
    int units = 0;
    int[] unitOfRoot = new int[n];
    Arrays.fill(unitOfRoot, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (unitOfRoot[root] < 0) {
        unitOfRoot[root] = units++;
      }
      unitOf[i] = unitOfRoot[root];
    }
    String[] pinnedName = new String[units];
    boolean[] together = new boolean[units];
    for (int i = 0; i < n; i++) {
      int unit = unitOf[i];
      together[unit] |= togetherNode[i];
      if (pinOfNode[i] != null) {
        if (pinnedName[unit] != null && !pinnedName[unit].equals(pinOfNode[i])) {
          throw new ConstraintException(index.id(i) + " is pinned to " + pinOfNode[i]
              + " but kept together with classes pinned to " + pinnedName[unit]
              + "; remove one of the two constraints");
        }
        pinnedName[unit] = pinOfNode[i];
      }
    }
    return new Constraints(unitOf, units, pinnedName, together,
        apartPairs(settings, index, unitOf, pinnedName));
  }

  private static List<int[]> apartPairs(ClusterSettings settings, ClassIndex index,
      int[] unitOf, String[] pinnedName) {
    TreeSet<Long> pairs = new TreeSet<>();
    int units = pinnedName.length;
    for (List<String> group : settings.apart()) {
      List<List<Integer>> sides = new ArrayList<>();
      for (String pattern : group) {
        sides.add(matching(List.of(pattern), index, "apart " + group));
      }
      for (int i = 0; i < sides.size(); i++) {
        for (int j = i + 1; j < sides.size(); j++) {
          for (int a : sides.get(i)) {
            for (int b : sides.get(j)) {
              if (unitOf[a] == unitOf[b]) {
                throw new ConstraintException(index.id(a) + " and " + index.id(b)
                    + " must be kept apart, but a pin or together group joins them;"
                    + " remove one of the constraints");
              }
              pairs.add((long) Math.min(unitOf[a], unitOf[b]) * units
                  + Math.max(unitOf[a], unitOf[b]));
            }
          }
        }
      }
    }
    // Units pinned to different services stay apart. Only pinned units are paired, so a large
    // graph with few pins costs O(units + pinned^2), not O(units^2).
    List<Integer> pinned = new ArrayList<>();
    for (int unit = 0; unit < units; unit++) {
      if (pinnedName[unit] != null) {
        pinned.add(unit);
      }
    }
    for (int i = 0; i < pinned.size(); i++) {
      for (int j = i + 1; j < pinned.size(); j++) {
        int a = pinned.get(i);
        int b = pinned.get(j);
        if (!pinnedName[a].equals(pinnedName[b])) {
          pairs.add((long) a * units + b);
        }
      }
    }
    List<int[]> result = new ArrayList<>();
    for (long pair : pairs) {
      result.add(new int[] {(int) (pair / units), (int) (pair % units)});
    }
    return result;
  }

  private static List<Integer> matching(List<String> patterns, ClassIndex index, String where) {
    List<Integer> nodes = new ArrayList<>();
    for (String text : patterns) {
      ClassPattern pattern = new ClassPattern(text);
      int before = nodes.size();
      for (int node = 0; node < index.size(); node++) {
        if (pattern.matches(index.info(node))) {
          nodes.add(node);
        }
      }
      if (nodes.size() == before) {
        LOG.warn("clustering.{}: the pattern {} matches no class", where, text);
      }
    }
    return nodes.stream().distinct().sorted().toList();
  }

  private static int find(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }
}
