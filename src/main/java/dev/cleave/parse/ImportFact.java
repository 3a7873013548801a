package dev.cleave.parse;

/**
 * One import declaration.
 *
 * @param name the imported name: a type, a package, or for static imports a type and member
 * @param isStatic whether it is an {@code import static}
 * @param onDemand whether it ends in {@code .*}
 * @param line its line in the file
 */
public record ImportFact(String name, boolean isStatic, boolean onDemand, int line) {

  /** Returns the last part of the name, the simple name a single import brings into scope. */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Returns the name without its last part: for a static import, the type. */
  public String qualifier() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
