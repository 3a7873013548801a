package dev.cleave.model;

/**
 * Operations on Java binary type names such as {@code com.acme.Product$Variant}.
 *
 * <p>Cleave names every type by its binary name: the package, a dot, the top-level simple name,
 * then {@code $} and the simple name of each enclosing member type. Local and anonymous classes
 * have no name of their own in Cleave; their references count for the type that declares them.
 */
public final class TypeNames {

  private TypeNames() {}

  /** Returns the package of a binary name, or the empty string for the default package. */
  public static String packageOf(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    return dot < 0 ? "" : binaryName.substring(0, dot);
  }

  /** Returns the top-level type that contains a binary name, or the name itself. */
  public static String topLevelOf(String binaryName) {
    int dollar = binaryName.indexOf('$', binaryName.lastIndexOf('.') + 1);
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }

  /** Returns the simple name: the part after the last dot or dollar. */
  public static String simpleNameOf(String binaryName) {
    int cut = Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$'));
    return binaryName.substring(cut + 1);
  }

  /** Returns the name as written in source: dollars become dots. */
  public static String canonicalOf(String binaryName) {
    return binaryName.replace('$', '.');
  }

  /** Joins a package and a simple name into a top-level binary name. */
  public static String qualify(String packageName, String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
