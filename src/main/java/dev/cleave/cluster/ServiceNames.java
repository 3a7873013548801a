package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names services after their classes' packages.
 *
 * <p>A service is named after the package that holds most of its lines, shortened by the package
 * prefix that all classes of the project share: {@code owner} for {@code
 * org.example.petclinic.owner}. Equal names get a number: {@code owner}, {@code owner-2}.
 */
final class ServiceNames {

  private ServiceNames() {}

  static List<Service> name(List<List<String>> groups, Map<String, ClassInfo> classes) {
    String prefix = commonPackagePrefix(classes);
    List<Service> services = new ArrayList<>();
    Set<String> used = new HashSet<>();
    used.add(ClusterStage.ISOLATED);
    List<List<String>> ordered = new ArrayList<>(groups);
    ordered.sort((a, b) -> a.size() != b.size() ? b.size() - a.size() : a.get(0).compareTo(b.get(0)));
    for (List<String> group : ordered) {
      List<String> sorted = group.stream().sorted().toList();
      String base = shorten(dominantPackage(sorted, classes), prefix);
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "-" + n;
      }
      services.add(new Service(name, sorted, ClusterStage.lines(sorted, classes)));
    }
    return services;
  }

  private static String dominantPackage(List<String> group, Map<String, ClassInfo> classes) {
    Map<String, Integer> lines = new TreeMap<>();
    for (String id : group) {
      ClassInfo info = classes.get(id);
      lines.merge(info.packageName(), info.lines(), Integer::sum);
    }
    String best = null;
    int most = -1;
    for (Map.Entry<String, Integer> entry : lines.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  private static String shorten(String packageName, String prefix) {
    String name = packageName;
    if (!prefix.isEmpty() && packageName.startsWith(prefix)) {
      name = packageName.substring(prefix.length());
      if (name.startsWith(".")) {
        name = name.substring(1);
      }
    }
    if (name.isEmpty()) {
      int dot = packageName.lastIndexOf('.');
      name = dot < 0 ? packageName : packageName.substring(dot + 1);
    }
    return name.isEmpty() ? "default" : name;
  }

  private static String commonPackagePrefix(Map<String, ClassInfo> classes) {
    String prefix = null;
    for (ClassInfo info : classes.values()) {
      String name = info.packageName();
      if (prefix == null) {
        prefix = name;
        continue;
      }
      while (!prefix.isEmpty() && !(name.equals(prefix) || name.startsWith(prefix + "."))) {
        int dot = prefix.lastIndexOf('.');
        prefix = dot < 0 ? "" : prefix.substring(0, dot);
      }
    }
    return prefix == null ? "" : prefix;
  }
}
