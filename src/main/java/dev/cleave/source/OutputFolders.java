package dev.cleave.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that the report's output folder stays apart from the analysed sources.
 *
 * <p>A report written into a source folder would end up in the project's builds and commits,
 * and one written over the analysed folder would mix with the user's files; both are rejected
 * before anything is written.
 */
final class OutputFolders {

  private OutputFolders() {}

  /** Returns the real path of the folder, or of its nearest existing parent when it is new. */
  static Path realOrAbsolute(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null) {
      try {
        return existing.toRealPath().resolve(existing.relativize(absolute));
      } catch (IOException e) {
        existing = existing.getParent();
      }
    }
    return absolute;
  }

  /**
   * Rejects an output folder whose path or a parent of it is a file, or that is the analysed
   * root or one of its parents.
   */
  static void checkNotAroundRoot(Path root, Path output) throws InvalidOutputException {
    for (Path folder = output; folder != null; folder = folder.getParent()) {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new InvalidOutputException("the output folder " + output + " cannot be made: "
            + folder + " is a file; choose another output folder");
      }
    }
    if (output.equals(root)) {
      throw new InvalidOutputException("the output folder " + output
          + " is the analysed folder itself; choose another output folder");
    }
    if (root.startsWith(output)) {
      throw new InvalidOutputException("the output folder " + output
          + " contains the analysed folder " + root + "; choose another output folder");
    }
  }

  /**
   * Rejects an output folder inside a source folder: a source root other than the analysed root
   * itself, or a package folder of a file whose source root is the analysed root.
   */
  static void checkNotInSources(
      Path root, Path output, List<SourceFile> files, List<String> testSourceRoots)
      throws InvalidOutputException {
    if (!output.startsWith(root)) {
      return;
    }
    Set<String> sourceFolders = new TreeSet<>(testSourceRoots);
    for (SourceFile file : files) {
      if (!file.sourceRoot().isEmpty()) {
        sourceFolders.add(file.sourceRoot());
      } else if (file.path().indexOf('/') > 0) {
        sourceFolders.add(file.path().substring(0, file.path().indexOf('/')));
      }
    }
    String relativeOutput = FileNames.relative(root, output) + "/";
    for (String folder : sourceFolders) {
      if (!folder.isEmpty() && relativeOutput.startsWith(folder + "/")) {
        throw new InvalidOutputException("the output folder " + output
            + " is inside the source folder " + folder + " of the analysed project;"
            + " choose an output folder outside the sources");
      }
    }
  }
}
