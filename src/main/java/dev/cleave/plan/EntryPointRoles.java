package dev.cleave.plan;

import dev.cleave.cluster.EntryPoints;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.AnnotationValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The audience of each entry point, customers or the business's own staff and systems, and
 * whether it serves a critical capability.
 *
 * <p>A web entry point ({@link EntryPoints.Kind#WEB}) is customer-facing unless its simple name,
 * its package, or every request path it maps has a word of {@link #INTERNAL_WORDS}. Message
 * listeners, scheduled jobs and {@code main} methods are internal. A customer-facing entry point
 * is critical when its simple name or one of its paths has a word of {@link #CRITICAL_WORDS}.
 * Words are split at case changes and punctuation and lower-cased, and a final {@code s} is
 * dropped unless the word ends in {@code ss}, {@code us} or {@code is}.
 */
final class EntryPointRoles {

  /** Words of names and paths that mark staff-only or machine-only entry points. */
  static final Set<String> INTERNAL_WORDS = Set.of("admin", "backoffice", "internal",
      "management", "actuator", "ops", "staff", "console");

  /** Words of names and paths that mark capabilities without which the business stops. */
  static final Set<String> CRITICAL_WORDS = Set.of("checkout", "order", "payment", "pay",
      "purchase", "cart", "basket", "billing", "login", "logon", "logout", "signin", "signon",
      "auth", "authenticate", "authentication");

  private static final Set<String> MAPPINGS = Set.of("RequestMapping", "GetMapping",
      "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "WebServlet", "Path");

  private static final Set<String> PATH_ELEMENTS = Set.of("value", "path", "urlPatterns");

  private final Map<String, ClassInfo> entries = new TreeMap<>();
  private final Map<String, List<String>> paths = new TreeMap<>();

  EntryPointRoles(TypeIndex types, List<ClassInfo> classes) {
    for (ClassInfo info : classes) {
      if (EntryPoints.isEntryPoint(info)) {
        entries.put(info.id(), info);
        SortedSet<String> mapped = new TreeSet<>();
        for (AnnotationValue value : types.annotationValues(info.name())) {
          if (MAPPINGS.contains(value.simpleName()) && PATH_ELEMENTS.contains(value.element())
              && !value.value().isBlank()) {
            mapped.add(value.value());
          }
        }
        paths.put(info.id(), List.copyOf(mapped));
      }
    }
  }

  /** Returns the ids of all entry points, sorted. */
  List<String> entryPoints() {
    return List.copyOf(entries.keySet());
  }

  /** Returns the ids of the customer-facing entry points, sorted. */
  List<String> customerFacing() {
    return entries.keySet().stream().filter(this::isCustomerFacing).toList();
  }

  EntryPoints.Kind kind(String id) {
    return EntryPoints.kind(entries.get(id));
  }

  boolean isCustomerFacing(String id) {
    ClassInfo info = entries.get(id);
    if (info == null || EntryPoints.kind(info) != EntryPoints.Kind.WEB) {
      return false;
    }
    Set<String> nameWords = words(info.simpleName());
    nameWords.addAll(words(info.packageName()));
    if (nameWords.stream().anyMatch(INTERNAL_WORDS::contains)) {
      return false;
    }
    List<String> mapped = paths.get(id);
    return mapped.isEmpty()
        || !mapped.stream().allMatch(path -> words(path).stream().anyMatch(INTERNAL_WORDS::contains));
  }

  boolean isCritical(String id) {
    if (!isCustomerFacing(id)) {
      return false;
    }
    Set<String> words = words(entries.get(id).simpleName());
    paths.get(id).forEach(path -> words.addAll(words(path)));
    return words.stream().anyMatch(CRITICAL_WORDS::contains);
  }

  /** Returns the entry points with up to three of their paths, for reasons. */
  String describe(List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      List<String> mapped = paths.getOrDefault(id, List.of());
      String shown = String.join(", ", mapped.subList(0, Math.min(3, mapped.size())))
          + (mapped.size() > 3 ? ", ..." : "");
      parts.add(ApiSurface.shortName(id) + (mapped.isEmpty() ? "" : " (" + shown + ")"));
    }
    return String.join("; ", parts);
  }

  /** Returns the lower-case words of a name or path, plural {@code s} dropped. */
  static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    for (String word : spaced.split("[^A-Za-z0-9]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
          && !lower.endsWith("is");
      if (lower.length() > 3 && plural) {
        lower = lower.substring(0, lower.length() - 1);
      }
      if (!lower.isEmpty()) {
        words.add(lower);
      }
    }
    return words;
  }

  /** Returns the simple name of a class id, for messages. */
  static String simpleName(String id) {
    return TypeNames.simpleNameOf(id);
  }
}
