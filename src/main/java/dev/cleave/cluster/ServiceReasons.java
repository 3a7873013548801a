package dev.cleave.cluster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words why each class is where the proposal puts it: the classes of its service it is most
 * strongly linked to, and the share of each signal in those links.
 */
final class ServiceReasons {

  /** Signals below this share of a class's links are not named. */
  static final double MIN_SHARE = 0.1;

  private ServiceReasons() {}

  /** Returns the reason of each class of one service, by class id. */
  static SortedMap<String, String> forService(List<Integer> members, SignalFusion fusion,
      Constraints constraints, WeightedGraph.Neighbours links, double[][] contributions) {
    ClassIndex index = fusion.index();
    SortedMap<String, String> reasons = new TreeMap<>();
    java.util.Set<Integer> inService = new java.util.HashSet<>(members);
    for (int node : members) {
      StringBuilder reason = new StringBuilder();
      int unit = constraints.unitOf()[node];
      if (constraints.pinnedName(unit) != null) {
        reason.append("pinned to ").append(constraints.pinnedName(unit))
            .append(" in cleave.yaml; ");
      } else if (constraints.isTogether(unit)) {
        reason.append("kept together with its group in cleave.yaml; ");
      }
      reason.append(evidence(node, inService, fusion.index(), links, contributions));
      reasons.put(index.id(node), reason.toString());
    }
    return reasons;
  }

  /** Words one class's links inside its service; only the class's own links are visited. */
  private static String evidence(int node, java.util.Set<Integer> inService, ClassIndex index,
      WeightedGraph.Neighbours links, double[][] contributions) {
    Map<SignalKind, Double> bySignal = new EnumMap<>(SignalKind.class);
    List<double[]> partners = new ArrayList<>();
    double total = 0;
    for (int k = links.offset()[node]; k < links.offset()[node + 1]; k++) {
      int other = links.neighbour()[k];
      if (!inService.contains(other)) {
        continue;
      }
      double pair = 0;
      int edge = links.edge()[k];
      for (SignalKind kind : SignalKind.values()) {
        double contribution = contributions[kind.ordinal()][edge];
        if (contribution > 0) {
          bySignal.merge(kind, contribution, Double::sum);
          pair += contribution;
        }
      }
      if (pair > 0) {
        partners.add(new double[] {other, pair});
        total += pair;
      }
    }
    if (partners.isEmpty()) {
      return "no direct link inside the service; it came with the classes it is linked to";
    }
    partners.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1])
        : Double.compare(a[0], b[0]));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(2, partners.size()); i++) {
      names.add(index.info((int) partners.get(i)[0]).simpleName());
    }
    List<String> shares = new ArrayList<>();
    for (SignalKind kind : SignalKind.values()) {
      double share = bySignal.getOrDefault(kind, 0.0) / total;
      if (share >= MIN_SHARE) {
        shares.add(describe(kind) + " " + Math.round(share * 100) + "%");
      }
    }
    return "linked most to " + String.join(" and ", names) + " (" + String.join(", ", shares)
        + ")";
  }

  /** Returns the reason of each shared-library class, naming the services that use it. */
  static SortedMap<String, String> forSharedLibrary(List<Integer> members,
      List<List<Integer>> users, boolean[] shared, String[] serviceOf, ClassIndex index) {
    SortedMap<String, String> reasons = new TreeMap<>();
    for (int node : members) {
      TreeSet<String> services = new TreeSet<>();
      int classes = 0;
      List<Integer> queue = new ArrayList<>(List.of(node));
      boolean[] seen = new boolean[index.size()];
      seen[node] = true;
      for (int i = 0; i < queue.size(); i++) {
        for (int user : users.get(queue.get(i))) {
          if (seen[user]) {
            continue;
          }
          seen[user] = true;
          if (shared[user]) {
            queue.add(user);
          } else if (serviceOf[user] != null) {
            services.add(serviceOf[user]);
            classes++;
          }
        }
      }
      reasons.put(index.id(node), "used by " + classes + " classes of " + services.size()
          + " services (" + String.join(", ", services) + ") and depends on no class outside"
          + " the shared library");
    }
    return reasons;
  }

  private static String describe(SignalKind kind) {
    return switch (kind) {
      case STRUCTURAL -> "structural";
      case CO_CHANGE -> "co-change";
      case AUTHORS -> "shared authors";
      case DATA -> "shared tables";
      case USE_CASES -> "use cases";
      case VOCABULARY -> "vocabulary";
      case NAMES -> "names";
      case PACKAGES -> "package";
    };
  }
}
