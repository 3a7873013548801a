package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names services after their classes' packages.
 *
 * <p>A service is named after the package that holds most of its lines, shortened by the package
 * prefix that all classes of the project share: {@code owner} for {@code
 * org.example.petclinic.owner}. Equal names get a number: {@code owner}, {@code owner-2}; the
 * larger group gets the plain name. A name that a constraint pins is kept as it is.
 */
final class ServiceNames {

  private ServiceNames() {}

  /**
   * Returns the name of each group, in the order of the groups.
   *
   * @param groups the class ids of each group
   * @param pinnedNames the name a constraint gives each group, or {@code null} entries
   * @param reserved names no group may take, such as the shared library's
   */
  static List<String> names(List<List<String>> groups, List<String> pinnedNames,
      Map<String, ClassInfo> classes, Set<String> reserved) {
    String prefix = commonPackagePrefix(classes);
    Set<String> used = new HashSet<>(reserved);
    pinnedNames.stream().filter(Objects::nonNull).forEach(used::add);
    Integer[] order = new Integer[groups.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> groups.get(a).size() != groups.get(b).size()
        ? groups.get(b).size() - groups.get(a).size()
        : groups.get(a).get(0).compareTo(groups.get(b).get(0)));
    String[] names = new String[groups.size()];
    for (int i : order) {
      if (pinnedNames.get(i) != null) {
        names[i] = pinnedNames.get(i);
        continue;
      }
      String base = shorten(dominantPackage(groups.get(i), classes), prefix);
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "-" + n;
      }
      names[i] = name;
    }
    return List.of(names);
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
