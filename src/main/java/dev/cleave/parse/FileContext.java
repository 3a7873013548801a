package dev.cleave.parse;

import java.util.List;

/**
 * The package and imports of one file: what simple names in it can mean.
 *
 * @param path the file's path relative to the analysed root
 * @param packageName the declared package, {@code ""} for the default package
 * @param imports the import declarations in source order
 */
public record FileContext(String path, String packageName, List<ImportFact> imports) {

  public FileContext {
    imports = List.copyOf(imports);
  }

  // Identity semantics: every scope of a file shares one context, and comparing the imports of
  // two contexts element by element would only cost time.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
