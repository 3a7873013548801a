package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;

/**
 * A pattern of class names from {@code cleave.yaml}: {@code com.acme.Invoice} names one class
 * (by id or binary name), {@code com.acme.billing.*} the classes of one package, and
 * {@code com.acme.billing.**} a package with its subpackages.
 *
 * @param text the pattern as written
 */
record ClassPattern(String text) {

  ClassPattern {
    if (text == null || text.isBlank()) {
      throw new ConstraintException("a class pattern in the clustering section is empty;"
          + " write a class name, package.* or package.**");
    }
    text = text.strip();
  }

  boolean matches(ClassInfo info) {
    if (text.endsWith(".**")) {
      String prefix = text.substring(0, text.length() - 3);
      String pkg = info.packageName();
      return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }
    if (text.endsWith(".*")) {
      return info.packageName().equals(text.substring(0, text.length() - 2));
    }
    return info.id().equals(text) || info.name().equals(text);
  }
}
