package dev.cleave.resolve;

import dev.cleave.model.IdentifierTerms;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.FieldFact;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.MethodFact;
import dev.cleave.parse.ParsedSources;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects the words of the names each top-level class declares: its own name and those of its
 * member types, fields and methods.
 *
 * <p>Names are split at camel-case humps, digits and underscores, lower-cased, and reduced to
 * their singular by the S stemmer (D. Harman, "How effective is suffixing?", JASIS 42(1), 1991).
 * Words shorter than three letters and words that every Java class uses ({@code get},
 * {@code set}, {@code value}) are left out. Methods that Lombok would generate are left out, as
 * their names repeat the fields'.
 */
final class Identifiers {

  private static final Set<String> STOP_WORDS = Set.of(
      "get", "set", "has", "the", "and", "for", "with", "from", "into", "new", "this", "that",
      "all", "not", "add", "remove", "put", "value", "values", "equal", "hash", "code", "string",
      "main", "arg", "impl", "abstract", "base", "default", "init", "instance", "object", "type",
      "list", "map", "int", "long", "boolean", "void", "null", "serial", "version", "uid", "log",
      "logger", "create", "update", "delete", "find", "build", "builder", "handle", "process",
      "test", "util", "utils", "helper", "data", "info", "item", "result", "name", "use");

  private Identifiers() {}

  static IdentifierTerms of(ParsedSources parsed, ProjectTypes project) {
    SortedMap<String, SortedMap<String, Integer>> terms = new TreeMap<>();
    for (FileFacts file : parsed.files()) {
      Map<String, String> ids = new HashMap<>();
      for (TypeFact type : file.types()) {
        if (TypeNames.topLevelOf(type.binaryName()).equals(type.binaryName())) {
          ids.put(type.binaryName(), project.classIdOf(type));
        }
      }
      for (TypeFact type : file.types()) {
        String id = ids.get(TypeNames.topLevelOf(type.binaryName()));
        if (id == null || type.flags().contains(TypeFact.Flag.LOCAL)) {
          continue;
        }
        SortedMap<String, Integer> counts = terms.computeIfAbsent(id, k -> new TreeMap<>());
        addWords(counts, TypeNames.simpleNameOf(type.binaryName()));
        for (FieldFact field : type.fields()) {
          addWords(counts, field.name());
        }
        for (MethodFact method : type.methods()) {
          if (method.line() > 0) {
            addWords(counts, method.name());
          }
        }
      }
    }
    terms.values().removeIf(SortedMap::isEmpty);
    return new IdentifierTerms(terms);
  }

  private static void addWords(SortedMap<String, Integer> counts, String identifier) {
    for (String word : words(identifier)) {
      counts.merge(word, 1, Integer::sum);
    }
  }

  /** Returns the words of an identifier, lower case and singular, stop words left out. */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean boundary = !Character.isLetter(c)
          || Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(identifier.charAt(i - 1))
              || i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1))
                  && Character.isUpperCase(identifier.charAt(i - 1)));
      if (boundary) {
        keep(words, word);
      }
      if (Character.isLetter(c)) {
        word.append(c);
      }
    }
    keep(words, word);
    return words;
  }

  private static void keep(List<String> words, StringBuilder word) {
    String text = singular(word.toString().toLowerCase(Locale.ROOT));
    word.setLength(0);
    if (text.length() >= 3 && !STOP_WORDS.contains(text)) {
      words.add(text);
    }
  }

  /** Reduces a plural to its singular with the S stemmer's three rules. */
  static String singular(String word) {
    if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees")
        && !word.endsWith("oes")) {
      return word.substring(0, word.length() - 1);
    }
    if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
