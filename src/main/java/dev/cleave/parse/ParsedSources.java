package dev.cleave.parse;

import dev.cleave.source.SourceSet;
import java.util.List;

/**
 * The facts of every analysed file, in the order of the source set.
 *
 * @param sources what discovery found
 * @param files the facts of each file
 */
public record ParsedSources(SourceSet sources, List<FileFacts> files) {

  public ParsedSources {
    files = List.copyOf(files);
  }
}
