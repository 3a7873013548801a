package dev.cleave.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the line of every value in a YAML document, keyed by its JSON pointer such as
 * {@code /services/2/team}, so that problems can be reported as {@code file:line}.
 */
final class ConfigLines {

  private static final YAMLFactory YAML = new YAMLFactory();

  private ConfigLines() {}

  /**
   * Returns the 1-based line where each value starts; a mapping entry starts at its key.
   *
   * @throws IOException if the text is not valid YAML
   */
  static SortedMap<String, Integer> of(String text) throws IOException {
    SortedMap<String, Integer> lines = new TreeMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
      }
    }
    return Collections.unmodifiableSortedMap(lines);
  }

  /** Returns the line of the pointer, or of its nearest enclosing value, or 0 if none has one. */
  static int lineOf(SortedMap<String, Integer> lines, String pointer) {
    for (String path = pointer; ; path = path.substring(0, path.lastIndexOf('/'))) {
      Integer line = lines.get(path);
      if (line != null) {
        return line;
      }
      if (path.isEmpty()) {
        return 0;
      }
    }
  }
}
