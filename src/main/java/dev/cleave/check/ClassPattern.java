package dev.cleave.check;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A {@code packages} or {@code classes} entry of a declared service or shared library.
 *
 * <p>A package pattern matches the classes of the package and of its subpackages. A class
 * pattern is a binary class name in which {@code *} matches any characters within one package
 * segment and {@code **} any characters across segments.
 *
 * @param text the pattern as declared
 * @param owner the service or shared library that declares it
 * @param kind what sort of pattern it is, which ranks its specificity first
 * @param regex the class pattern as a regular expression, or {@code null} for a package
 */
record ClassPattern(String text, String owner, Kind kind, Pattern regex) {

  /** The sort of a pattern, from least to most specific. */
  enum Kind {
    PACKAGE,
    CLASS_GLOB,
    CLASS
  }

  /**
   * Orders patterns from least to most specific: by kind, then by the number of literal
   * characters, so that {@code com.shop.orders} beats {@code com.shop} and
   * {@code com.shop.web.Order*} beats {@code com.shop.web.*}.
   */
  static final Comparator<ClassPattern> SPECIFICITY =
      Comparator.comparing(ClassPattern::kind).thenComparingInt(ClassPattern::literalLength);

  static ClassPattern ofPackage(String packageName, String owner) {
    return new ClassPattern(packageName, owner, Kind.PACKAGE, null);
  }

  static ClassPattern ofClass(String glob, String owner) {
    if (!glob.contains("*")) {
      return new ClassPattern(glob, owner, Kind.CLASS, null);
    }
    return new ClassPattern(glob, owner, Kind.CLASS_GLOB, Pattern.compile(toRegex(glob)));
  }

  /** Returns whether the pattern matches a top-level class with the binary name. */
  boolean matches(String binaryName, String packageName) {
    return switch (kind) {
      case PACKAGE -> packageName.equals(text) || packageName.startsWith(text + ".");
      case CLASS -> binaryName.equals(text);
      case CLASS_GLOB -> regex.matcher(binaryName).matches();
    };
  }

  /** Returns the number of characters that are not wildcards. */
  int literalLength() {
    return text.replace("*", "").length();
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int literalStart = 0;
    for (int i = 0; i < glob.length(); i++) {
      if (glob.charAt(i) != '*') {
        continue;
      }
      if (i > literalStart) {
        regex.append(Pattern.quote(glob.substring(literalStart, i)));
      }
      boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
      regex.append(doubleStar ? ".*" : "[^.]*");
      i += doubleStar ? 1 : 0;
      literalStart = i + 1;
    }
    if (literalStart < glob.length()) {
      regex.append(Pattern.quote(glob.substring(literalStart)));
    }
    return regex.toString();
  }
}
