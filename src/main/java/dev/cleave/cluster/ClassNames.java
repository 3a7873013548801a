package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The naming signal: a class named after another class and one more word, such as {@code
 * VisitController} after {@code Visit} or {@code PetTypeFormatter} after {@code PetType}.
 *
 * <p>In layered code the controller, repository, service, validator and formatter of a domain
 * concept carry its name and a role word, and belong in the service that owns the concept. A
 * class's name is split into words at case changes; it is linked, with weight 1, to the classes
 * whose simple name is its own without the last word, without the first word ({@code
 * JdbcOwnerRepository} to {@code OwnerRepository}), or without a plural {@code s} ({@code Vets}
 * to {@code Vet}). Two words off, as {@code PetClinicApplication} is from {@code Pet}, is no
 * link: the head noun then names something else. Where several classes have the matching name,
 * the weight is split among them. Cost O(n) with a hash of simple names; deterministic.
 */
final class ClassNames {

  private ClassNames() {}

  static PairWeights of(ClassIndex index) {
    Map<String, List<Integer>> bySimpleName = new HashMap<>();
    for (int node = 0; node < index.size(); node++) {
      bySimpleName.computeIfAbsent(index.info(node).simpleName(), k -> new ArrayList<>())
          .add(node);
    }
    PairWeights weights = new PairWeights(index.size());
    for (int node = 0; node < index.size(); node++) {
      ClassInfo info = index.info(node);
      for (String stem : stems(info.simpleName())) {
        List<Integer> matches = bySimpleName.getOrDefault(stem, List.of());
        for (int match : matches) {
          weights.add(node, match, 1.0 / matches.size());
        }
      }
    }
    return weights;
  }

  /** Returns the names a class name is derived from by one word: see the class comment. */
  static List<String> stems(String name) {
    List<String> words = words(name);
    List<String> stems = new ArrayList<>();
    if (words.size() >= 2) {
      stems.add(String.join("", words.subList(0, words.size() - 1)));
      stems.add(String.join("", words.subList(1, words.size())));
    }
    if (name.length() > 2 && name.endsWith("s") && !name.endsWith("ss")) {
      stems.add(name.substring(0, name.length() - 1));
    }
    return stems;
  }

  /** Splits {@code PetTypeFormatter} into Pet, Type, Formatter and {@code HTTPServer} into HTTP, Server. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < name.length(); i++) {
      char previous = name.charAt(i - 1);
      char current = name.charAt(i);
      boolean lowerToUpper = !Character.isUpperCase(previous) && Character.isUpperCase(current);
      boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
          && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
      if (lowerToUpper || acronymEnd || current == '_') {
        if (i > start) {
          words.add(name.substring(start, i));
        }
        start = current == '_' ? i + 1 : i;
      }
    }
    if (start < name.length()) {
      words.add(name.substring(start));
    }
    return words;
  }
}
