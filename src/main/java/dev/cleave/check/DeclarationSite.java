package dev.cleave.check;

import dev.cleave.config.ConfigLoader;
import dev.cleave.model.Location;
import java.util.SortedMap;

/**
 * The declaration file as violations point into it.
 *
 * @param path the file, relative to the analysed root when it lies inside it
 * @param lines the line of each value of the file, keyed by JSON pointer
 */
record DeclarationSite(String path, SortedMap<String, Integer> lines) {

  /** Returns the location of the value at the pointer, such as {@code /services/2/team}. */
  Location at(String pointer) {
    return new Location(path, ConfigLoader.lineOf(lines, pointer));
  }
}
