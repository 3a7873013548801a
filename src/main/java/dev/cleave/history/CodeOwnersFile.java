package dev.cleave.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.basjes.codeowners.CodeOwners;

/**
 * The {@code CODEOWNERS} file of a repository, read with Niels Basjes' codeowners-reader.
 *
 * <p>It is looked for where GitHub and GitLab look: {@code .github/CODEOWNERS},
 * {@code CODEOWNERS}, {@code docs/CODEOWNERS}, then {@code .gitlab/CODEOWNERS}, each in the work
 * tree and else in the HEAD commit. The owners of a file are those of the last rule that matches
 * it, in every section.
 */
final class CodeOwnersFile {

  static final List<String> LOCATIONS = List.of(
      ".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

  private final String location;
  private final CodeOwners owners;
  private final Map<String, List<String>> cache = new HashMap<>();

  private CodeOwnersFile(String location, CodeOwners owners) {
    this.location = location;
    this.owners = owners;
  }

  /** Returns the repository's file, or {@code null} if it has none. */
  static CodeOwnersFile find(GitRepository repository) throws IOException {
    for (String location : LOCATIONS) {
      byte[] bytes = repository.readTopFile(location);
      if (bytes != null) {
        return new CodeOwnersFile(location,
            new CodeOwners(new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    return null;
  }

  /** Returns where the file is, relative to the top of the repository. */
  String location() {
    return location;
  }

  /** Returns whether the library found rules it could not make sense of. */
  boolean hasProblems() {
    return owners.hasStructuralProblems();
  }

  /** Returns the path patterns of the rules that name the owner, in the order of the file. */
  List<String> patternsOf(String owner) {
    List<String> patterns = new ArrayList<>();
    for (CodeOwners.Section section : owners.getAllDefinedSections()) {
      for (CodeOwners.ApprovalRule rule : section.getApprovalRules()) {
        if (rule.getApprovers().contains(owner) && !patterns.contains(rule.getFileExpression())) {
          patterns.add(rule.getFileExpression());
        }
      }
    }
    return patterns;
  }

  /** Returns the owners of a file, as written in the file, sorted and without repeats. */
  List<String> ownersOf(String topPath) {
    return cache.computeIfAbsent(topPath, path ->
        owners.getAllApprovers("/" + path).stream().distinct().sorted().toList());
  }
}
