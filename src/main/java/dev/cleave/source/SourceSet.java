package dev.cleave.source;

import dev.cleave.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What discovery found under the analysed root, sorted by path.
 *
 * @param root the analysed folder, as a real path
 * @param projectName the name the reports use for the project
 * @param files the files to analyse
 * @param excluded the {@code .java} files left out, with the reason
 * @param modules the module folders relative to the root, {@code ""} for the root itself
 * @param diagnostics problems met while walking the tree
 * @param xmlFiles the {@code .xml} files outside test, generated and build output folders that
 *     no exclude pattern matches, sorted by path; later stages look for MyBatis mappers among
 *     them
 */
public record SourceSet(
    Path root,
    String projectName,
    List<SourceFile> files,
    List<ExcludedFile> excluded,
    List<String> modules,
    List<Diagnostic> diagnostics,
    List<ResourceFile> xmlFiles) {

  public SourceSet {
    files = List.copyOf(files);
    excluded = List.copyOf(excluded);
    modules = List.copyOf(modules);
    diagnostics = List.copyOf(diagnostics);
    xmlFiles = List.copyOf(xmlFiles);
  }

  /** Creates a source set without XML files. */
  public SourceSet(Path root, String projectName, List<SourceFile> files,
      List<ExcludedFile> excluded, List<String> modules, List<Diagnostic> diagnostics) {
    this(root, projectName, files, excluded, modules, diagnostics, List.of());
  }

  /** Returns the number of excluded files per reason, in the order of the reasons. */
  public Map<ExcludedFile.Reason, Integer> excludedCounts() {
    Map<ExcludedFile.Reason, Integer> counts = new TreeMap<>();
    for (ExcludedFile file : excluded) {
      counts.merge(file.reason(), 1, Integer::sum);
    }
    return counts;
  }
}
