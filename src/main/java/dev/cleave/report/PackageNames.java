package dev.cleave.report;

import java.util.List;

/** Shortens package names for labels, by the prefix that all packages of a project share. */
final class PackageNames {

  private PackageNames() {}

  /**
   * Returns the longest run of whole leading name segments that all the packages share, with
   * its trailing dot, or {@code ""}.
   */
  static String commonPrefix(List<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String prefix = packages.get(0) + ".";
    for (String name : packages) {
      String dotted = name + ".";
      while (!prefix.isEmpty() && !dotted.startsWith(prefix)) {
        int cut = prefix.lastIndexOf('.', prefix.length() - 2);
        prefix = cut < 0 ? "" : prefix.substring(0, cut + 1);
      }
    }
    return prefix;
  }

  /** Returns the package name without the prefix, or the whole name if nothing would remain. */
  static String shorten(String packageName, String prefix) {
    if (prefix.isEmpty() || !packageName.startsWith(prefix)) {
      return packageName.isEmpty() ? "(default package)" : packageName;
    }
    return packageName.substring(prefix.length());
  }
}
