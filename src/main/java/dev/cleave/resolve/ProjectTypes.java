package dev.cleave.resolve;

import dev.cleave.model.Diagnostic;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ParsedSources;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types the project declares, by binary name, package and enclosing type.
 *
 * <p>When two files declare the same top-level type, which javac rejects but old checkouts
 * contain, both are kept. The one
 * with a folder named {@code main} in its source root is the primary definition, else the one
 * with the first path; names in code resolve to it.
 * The other copies get the class id {@code name@sourceRoot}, so they stay separate nodes, and a
 * warning names both paths. The choice depends on paths only, never on listing order.
 */
final class ProjectTypes {

  private final Map<String, TypeFact> types = new HashMap<>();
  private final Map<String, Map<String, String>> topLevelByPackage = new HashMap<>();
  private final Map<String, Map<String, String>> membersByType = new HashMap<>();
  private final Set<String> packages = new HashSet<>();
  private final Map<String, String> brokenFileTypes = new HashMap<>();
  private final Map<TypeFact, String> classIds = new java.util.IdentityHashMap<>();
  private final Map<String, FileFacts> fileOfTopLevel = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  ProjectTypes(ParsedSources parsed) {
    Map<String, List<FileFacts>> definitions = new HashMap<>();
    for (FileFacts file : parsed.files()) {
      for (TypeFact type : file.types()) {
        if (TypeNames.topLevelOf(type.binaryName()).equals(type.binaryName())) {
          definitions.computeIfAbsent(type.binaryName(), k -> new ArrayList<>()).add(file);
        }
      }
      if (!file.parsed() && file.types().isEmpty() && file.role() == FileFacts.Role.TYPES) {
        String path = file.file().path();
        String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
        brokenFileTypes.put(TypeNames.qualify(file.file().packageName(), stem), path);
      }
    }
    Map<FileFacts, Boolean> primaryFiles = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, List<FileFacts>> entry : definitions.entrySet()) {
      List<FileFacts> files = entry.getValue();
      files.sort(PRIMARY_FIRST);
      for (int i = 0; i < files.size(); i++) {
        FileFacts file = files.get(i);
        if (i == 0) {
          fileOfTopLevel.put(entry.getKey(), file);
          primaryFiles.put(file, true);
        }
      }
      if (files.size() > 1) {
        List<String> paths = files.stream().map(f -> f.file().path()).toList();
        for (FileFacts duplicate : files.subList(1, files.size())) {
          diagnostics.add(
              Diagnostic.warning(
                  duplicate.file().path(),
                  0,
                  "duplicate type " + entry.getKey() + ", also declared in " + paths.get(0)
                      + "; this copy is analysed as " + duplicateId(entry.getKey(), duplicate)));
        }
      }
    }
    for (FileFacts file : parsed.files()) {
      for (TypeFact type : file.types()) {
        String top = TypeNames.topLevelOf(type.binaryName());
        boolean primary = fileOfTopLevel.get(top) == file;
        classIds.put(type, primary ? top : duplicateId(top, file));
        if (primary) {
          register(type);
        }
      }
    }
  }

  private static final Comparator<FileFacts> PRIMARY_FIRST =
      Comparator.comparing((FileFacts f) -> !isMainRoot(f.file().sourceRoot()))
          .thenComparing(f -> f.file().path());

  /** Returns whether a source root has a folder named {@code main}, as Maven's and Gradle's do. */
  private static boolean isMainRoot(String sourceRoot) {
    return ("/" + sourceRoot + "/").contains("/main/");
  }

  private static String duplicateId(String name, FileFacts file) {
    String root = file.file().sourceRoot();
    return name + "@" + (root.isEmpty() ? "." : root);
  }

  private void register(TypeFact type) {
    String binary = type.binaryName();
    types.put(binary, type);
    String top = TypeNames.topLevelOf(binary);
    if (top.equals(binary)) {
      String packageName = TypeNames.packageOf(binary);
      topLevelByPackage
          .computeIfAbsent(packageName, k -> new HashMap<>())
          .put(TypeNames.simpleNameOf(binary), binary);
      for (String prefix = packageName; !prefix.isEmpty(); prefix = TypeNames.packageOf(prefix)) {
        packages.add(prefix);
      }
    } else if (!type.flags().contains(TypeFact.Flag.LOCAL)) {
      String outer = binary.substring(0, binary.lastIndexOf('$'));
      membersByType
          .computeIfAbsent(outer, k -> new HashMap<>())
          .put(TypeNames.simpleNameOf(binary), binary);
    }
  }

  /** Returns the type with the binary name, if the project declares it. */
  TypeFact type(String binaryName) {
    return types.get(binaryName);
  }

  boolean isPackage(String name) {
    return packages.contains(name);
  }

  /** Returns the top-level type {@code packageName.simpleName}, or {@code null}. */
  String topLevel(String packageName, String simpleName) {
    Map<String, String> names = topLevelByPackage.get(packageName);
    return names == null ? null : names.get(simpleName);
  }

  /** Returns the member type declared directly in {@code owner} with the simple name, or null. */
  String declaredMember(String owner, String simpleName) {
    Map<String, String> members = membersByType.get(owner);
    return members == null ? null : members.get(simpleName);
  }

  /** Returns the path of a file that failed to parse and is named like the type, or null. */
  String brokenFileOf(String binaryName) {
    return brokenFileTypes.get(binaryName);
  }

  /** Returns the class id that the type, or its top-level type, is analysed under. */
  String classIdOf(TypeFact type) {
    return classIds.get(type);
  }

  /** Returns the file that holds the primary definition of a top-level type. */
  FileFacts fileOf(String topLevel) {
    return fileOfTopLevel.get(topLevel);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
