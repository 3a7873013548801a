package dev.cleave.config;

import dev.cleave.model.AllowedDependency;
import dev.cleave.model.DeclaredLibrary;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Checks the services and shared libraries of a {@code cleave.yaml} before they are used: names
 * unique and well formed, tiers in range, patterns well formed, and every allowed dependency
 * naming a declared service or shared library.
 */
final class DeclarationValidator {

  /** Names appear in keys such as {@code orders -> catalog}, so they hold no spaces or arrows. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");

  private static final String IDENTIFIER = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
  private static final Pattern PACKAGE = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
  private static final String GLOB_SEGMENT = "[\\p{L}\\p{N}_$*]+";
  private static final Pattern CLASS_GLOB =
      Pattern.compile(GLOB_SEGMENT + "(\\." + GLOB_SEGMENT + ")*");

  private final Path file;
  private final SortedMap<String, Integer> lines;

  DeclarationValidator(Path file, SortedMap<String, Integer> lines) {
    this.file = file;
    this.lines = lines;
  }

  void validate(ProjectConfig config) throws ConfigException {
    Map<String, String> owners = new HashMap<>();
    List<DeclaredService> services = config.services();
    for (int i = 0; i < services.size(); i++) {
      DeclaredService service = services.get(i);
      String at = "/services/" + i;
      name(service.name(), at, "services", owners);
      tier(service.tier(), at);
      patterns(service.packages(), service.classes(), at);
    }
    List<DeclaredLibrary> libraries = config.sharedLibraries();
    for (int i = 0; i < libraries.size(); i++) {
      DeclaredLibrary library = libraries.get(i);
      String at = "/sharedLibraries/" + i;
      name(library.name(), at, "sharedLibraries", owners);
      patterns(library.packages(), library.classes(), at);
    }
    for (int i = 0; i < services.size(); i++) {
      allowed(services.get(i), "/services/" + i, owners.keySet());
    }
  }

  private void name(String name, String at, String section, Map<String, String> owners)
      throws ConfigException {
    if (name == null || name.isBlank()) {
      throw error(at, "an entry of " + section + " has no name; add name: <name>");
    }
    if (!NAME.matcher(name).matches()) {
      throw error(at + "/name", "the name '" + name + "' is invalid: use letters, digits, '.',"
          + " '_' and '-', starting with a letter, a digit or '_' as Java packages may");
    }
    String previous = owners.putIfAbsent(name, at);
    if (previous != null) {
      throw error(at + "/name", "the name '" + name + "' is declared twice (first on line "
          + ConfigLines.lineOf(lines, previous) + "); services and shared libraries need"
          + " distinct names");
    }
  }

  private void tier(Integer tier, String at) throws ConfigException {
    if (tier != null
        && (tier < DeclaredService.HIGHEST_TIER || tier > DeclaredService.LOWEST_TIER)) {
      throw error(at + "/tier", "tier must be from " + DeclaredService.HIGHEST_TIER + " (most"
          + " critical) to " + DeclaredService.LOWEST_TIER + " (internal), was " + tier);
    }
  }

  private void patterns(List<String> packages, List<String> classes, String at)
      throws ConfigException {
    for (int i = 0; i < packages.size(); i++) {
      String value = packages.get(i);
      if (value == null || !PACKAGE.matcher(value).matches()) {
        throw error(at + "/packages/" + i, "'" + value + "' is not a package name such as"
            + " com.example.orders; list classes and globs under classes:");
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      String value = classes.get(i);
      if (value == null || !CLASS_GLOB.matcher(value).matches() || value.contains("***")) {
        throw error(at + "/classes/" + i, "'" + value + "' is not a class name or glob such as"
            + " com.example.web.OrderController or com.example.**.Order*");
      }
    }
  }

  private void allowed(DeclaredService service, String at, Set<String> names)
      throws ConfigException {
    Set<String> seen = new HashSet<>();
    List<AllowedDependency> allowed = service.allowedDependencies();
    for (int i = 0; i < allowed.size(); i++) {
      String target = allowed.get(i).service();
      String where = at + "/allowedDependencies/" + i;
      if (target.equals(service.name())) {
        throw error(where, "service '" + service.name() + "' lists itself as an allowed"
            + " dependency; remove the entry");
      }
      if (!names.contains(target)) {
        throw error(where, "service '" + service.name() + "' may depend on '" + target
            + "', which is not a declared service or shared library; check the spelling");
      }
      if (!seen.add(target)) {
        throw error(where, "service '" + service.name() + "' lists '" + target + "' twice under"
            + " allowedDependencies; keep one entry");
      }
    }
  }

  private ConfigException error(String pointer, String message) {
    return new ConfigException(file, ConfigLines.lineOf(lines, pointer), message);
  }
}
