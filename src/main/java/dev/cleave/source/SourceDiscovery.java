package dev.cleave.source;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a checkout and chooses the Java files to analyse.
 *
 * <p>The source root of each file is its folder minus the folders of its declared package, so
 * Maven and Gradle layouts, Ant trees and plain folders are handled alike. Whether a file is a
 * test or generated source is decided from its source root alone, never from its package
 * folders, so a package named {@code test} or {@code generated} stays in the analysis. A folder
 * named {@code target}, {@code build}, {@code out} or {@code bin} is build output when it sits
 * beside a build file. Hidden folders and {@code node_modules} are not entered.
 */
public final class SourceDiscovery {

  private static final Logger LOG = LoggerFactory.getLogger(SourceDiscovery.class);

  private static final Set<String> BUILD_OUTPUT_FOLDERS = Set.of("target", "build", "out", "bin");
  private static final Set<String> TEST_FOLDERS =
      Set.of("test", "tests", "testcases", "test-cases", "it", "jmh");

  /** The manifest that marks a folder as a Cleave report, which discovery never enters. */
  private static final String REPORT_MANIFEST = ".cleave-manifest";

  private final AnalysisOptions options;
  private final List<Path> skippedFolders;
  private final List<java.nio.file.PathMatcher> excludes = new ArrayList<>();
  private final List<java.nio.file.PathMatcher> includes = new ArrayList<>();

  /**
   * @param options the run's options
   * @param skippedFolders folders never to enter besides the options' output folder, which is
   *     never entered either
   */
  public SourceDiscovery(AnalysisOptions options, List<Path> skippedFolders) {
    this.options = options;
    List<Path> skipped = new ArrayList<>();
    skippedFolders.forEach(folder -> skipped.add(OutputFolders.realOrAbsolute(folder)));
    if (options.output() != null) {
      skipped.add(OutputFolders.realOrAbsolute(options.output()));
    }
    this.skippedFolders = List.copyOf(skipped);
    List<String> excludePatterns = new ArrayList<>(options.config().analysis().exclude());
    excludePatterns.addAll(options.excludes());
    for (String pattern : excludePatterns) {
      excludes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }
    List<String> includePatterns = new ArrayList<>(options.config().analysis().include());
    includePatterns.addAll(options.includes());
    for (String pattern : includePatterns) {
      includes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }
  }

  /**
   * Walks the root and returns the files to analyse, sorted by path.
   *
   * @throws InvalidOutputException if the options' output folder is the root, contains it or lies
   *     in a source folder of the tree
   */
  public SourceSet discover() throws IOException {
    Path root = options.root().toRealPath();
    Path output = options.output() == null ? null : OutputFolders.realOrAbsolute(options.output());
    if (output != null) {
      OutputFolders.checkNotAroundRoot(root, output);
    }
    Walker walker = new Walker(root);
    Set<FileVisitOption> visitOptions =
        options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    Files.walkFileTree(root, visitOptions, Integer.MAX_VALUE, walker);

    Map<String, Charset> encodings = new HashMap<>();
    List<SourceFile> files = new ArrayList<>();
    List<ExcludedFile> excluded = new ArrayList<>(walker.excluded);
    List<Diagnostic> diagnostics = new ArrayList<>(walker.diagnostics);
    List<String> testSourceRoots = new ArrayList<>();
    walker.candidates.sort(Comparator.naturalOrder());
    for (Path file : walker.candidates) {
      String path = relative(root, file);
      if (isExcludedByConfig(root.relativize(file))) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.EXCLUDED_BY_CONFIG));
        continue;
      }
      if (!isIncludedByConfig(path)) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.NOT_INCLUDED));
        continue;
      }
      String module = moduleOf(path, walker.modules);
      Charset encoding =
          encodingOf(root, module, walker.modules, walker.moduleFolders, encodings);
      Optional<String> packageName;
      try {
        packageName = PackageScanner.scan(file, encoding);
      } catch (IOException e) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.UNREADABLE));
        diagnostics.add(Diagnostic.error(path, 0, 0,
            "not analysed: cannot read the file: " + describe(e)));
        continue;
      }
      String folder = parentOf(path);
      String declared = packageName.orElse("");
      String sourceRoot = sourceRootOf(folder, declared);
      if (sourceRoot == null) {
        sourceRoot = folder;
        diagnostics.add(
            Diagnostic.info(
                path, "the package " + declared + " does not match the folder " + folder));
      }
      ExcludedFile.Reason reason = exclusionOf(sourceRoot, walker.buildOutputFolders);
      if (reason == ExcludedFile.Reason.TEST_SOURCE) {
        testSourceRoots.add(sourceRoot);
      }
      if (reason != null) {
        excluded.add(new ExcludedFile(path, reason));
        continue;
      }
      files.add(
          new SourceFile(file, path, module, sourceRoot, declared, encoding, Files.size(file)));
    }
    if (output != null) {
      OutputFolders.checkNotInSources(root, output, files, testSourceRoots);
    }
    excluded.sort(Comparator.comparing(ExcludedFile::path));
    diagnostics.sort(Comparator.naturalOrder());
    LOG.info("found {} Java files to analyse, {} left out", files.size(), excluded.size());
    return new SourceSet(
        root,
        projectNameOf(root),
        files,
        excluded,
        List.copyOf(new TreeSet<>(walker.modules)),
        diagnostics,
        xmlFiles(root, walker));
  }

  /**
   * Returns the XML files that belong to the analysed code, sorted: those outside generated,
   * build output and (unless tests are included) test folders that no exclude pattern matches.
   */
  private List<ResourceFile> xmlFiles(Path root, Walker walker) {
    List<ResourceFile> xml = new ArrayList<>();
    walker.xmlCandidates.sort(Comparator.naturalOrder());
    for (Path file : walker.xmlCandidates) {
      if (!isExcludedByConfig(root.relativize(file))) {
        String path = relative(root, file);
        if (exclusionOf(parentOf(path), walker.buildOutputFolders) == null) {
          xml.add(new ResourceFile(file, path));
        }
      }
    }
    return xml;
  }

  /**
   * Returns whether a glob of {@code cleave.yaml} matches the path. The path is matched as a
   * {@link Path}, not rebuilt from its text, because a name that the platform's file name
   * encoding cannot represent would make that text an invalid path.
   */
  private boolean isExcludedByConfig(Path relativePath) {
    for (java.nio.file.PathMatcher matcher : excludes) {
      if (matcher.matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the path matches an include pattern, or there are none. */
  private boolean isIncludedByConfig(String path) {
    if (includes.isEmpty()) {
      return true;
    }
    Path relativePath = Path.of(path);
    for (java.nio.file.PathMatcher matcher : includes) {
      if (matcher.matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  private ExcludedFile.Reason exclusionOf(String sourceRoot, Set<String> buildOutputFolders) {
    List<String> segments = List.of(sourceRoot.isEmpty() ? new String[0] : sourceRoot.split("/"));
    for (String segment : segments) {
      if (segment.startsWith("generated")) {
        return ExcludedFile.Reason.GENERATED_SOURCE;
      }
    }
    for (String folder : buildOutputFolders) {
      if (sourceRoot.equals(folder) || sourceRoot.startsWith(folder + "/")) {
        return ExcludedFile.Reason.BUILD_OUTPUT;
      }
    }
    if (!options.includeTests() && isTestRoot(segments)) {
      return ExcludedFile.Reason.TEST_SOURCE;
    }
    return null;
  }

  /**
   * Returns whether a source root holds tests: a folder named like {@code test} or {@code it}
   * anywhere in it, or a source set under {@code src/} whose name contains {@code test}, such as
   * {@code src/testFixtures/java} or {@code src/integrationTest/java}.
   */
  static boolean isTestRoot(List<String> segments) {
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (TEST_FOLDERS.contains(segment.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      boolean sourceSet = i > 0 && segments.get(i - 1).equals("src");
      if (sourceSet && segment.toLowerCase(java.util.Locale.ROOT).contains("test")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the folder minus the package folders, or {@code null} if they do not match. */
  static String sourceRootOf(String folder, String packageName) {
    if (packageName.isEmpty()) {
      return folder;
    }
    String packagePath = packageName.replace('.', '/');
    if (folder.equals(packagePath)) {
      return "";
    }
    if (folder.endsWith("/" + packagePath)) {
      return folder.substring(0, folder.length() - packagePath.length() - 1);
    }
    return null;
  }

  private static String moduleOf(String path, Set<String> modules) {
    String folder = parentOf(path);
    while (true) {
      if (modules.contains(folder)) {
        return folder;
      }
      if (folder.isEmpty()) {
        return "";
      }
      folder = parentOf(folder);
    }
  }

  private Charset encodingOf(Path root, String module, Set<String> modules,
      Map<String, Path> moduleFolders, Map<String, Charset> cache) {
    if (options.encoding() != null) {
      return options.encoding();
    }
    Charset cached = cache.get(module);
    if (cached != null) {
      return cached;
    }
    // The module's Path from the walk, not one rebuilt from its text: see isExcludedByConfig.
    Path folder = module.isEmpty() ? root : moduleFolders.get(module);
    Charset encoding =
        BuildFiles.declaredEncoding(folder.resolve("pom.xml"))
            .orElseGet(
                () ->
                    module.isEmpty()
                        ? StandardCharsets.UTF_8
                        : encodingOf(root, moduleOf(module, modules), modules, moduleFolders,
                            cache));
    cache.put(module, encoding);
    return encoding;
  }

  static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Returns the file's path relative to the root, with {@code /} separators; see {@link
   * FileNames#relative}. */
  static String relative(Path root, Path file) {
    return FileNames.relative(root, file);
  }

  private static String projectNameOf(Path root) {
    String name = FileNames.name(root);
    return name.isEmpty() ? "project" : name;
  }

  /** Collects candidate files, module folders and build output folders in one walk. */
  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    final List<Path> candidates = new ArrayList<>();
    final List<Path> xmlCandidates = new ArrayList<>();
    final List<ExcludedFile> excluded = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<String> modules = new TreeSet<>();
    final Map<String, Path> moduleFolders = new HashMap<>();
    final Set<String> buildOutputFolders = new TreeSet<>();

    Walker(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
      if (!dir.equals(root)) {
        if (name.startsWith(".") || name.equals("node_modules") || isSkipped(dir)
            || Files.exists(dir.resolve(REPORT_MANIFEST))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (options.followLinks() && !isInsideRoot(dir)) {
          diagnostics.add(
              Diagnostic.warning(
                  relative(root, dir), 0, "not entered: the link leads outside the analysed folder"));
          return FileVisitResult.SKIP_SUBTREE;
        }
      }
      String path = relative(root, dir);
      if (BuildFiles.isModule(dir)) {
        modules.add(path);
        moduleFolders.put(path, dir);
      }
      Path parent = dir.getParent();
      if (!dir.equals(root)
          && BUILD_OUTPUT_FOLDERS.contains(name)
          && parent != null
          && BuildFiles.isModule(parent)) {
        buildOutputFolders.add(path);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      if (name.endsWith(".xml")) {
        if (attrs.isRegularFile() && !attrs.isSymbolicLink()
            && (!options.followLinks() || isInsideRoot(file))) {
          xmlCandidates.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
      if (!name.endsWith(".java")) {
        return FileVisitResult.CONTINUE;
      }
      String path = relative(root, file);
      if (attrs.isSymbolicLink()) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.SYMBOLIC_LINK));
      } else if (options.followLinks() && !isInsideRoot(file)) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.OUTSIDE_ROOT));
      } else if (attrs.isRegularFile()) {
        candidates.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String path = relative(root, file);
      if (e instanceof FileSystemLoopException) {
        diagnostics.add(Diagnostic.warning(path, 0, "not entered: the link forms a loop"));
        return FileVisitResult.CONTINUE;
      }
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        excluded.add(new ExcludedFile(path + "/", ExcludedFile.Reason.UNREADABLE));
        diagnostics.add(Diagnostic.error(path, 0, 0,
            "not analysed: cannot open the folder: " + describe(e)));
      } else if (path.endsWith(".java")) {
        excluded.add(new ExcludedFile(path, ExcludedFile.Reason.UNREADABLE));
        diagnostics.add(Diagnostic.error(path, 0, 0,
            "not analysed: cannot read the file: " + describe(e)));
      } else {
        diagnostics.add(Diagnostic.warning(path, 0, "cannot read: " + describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    /** Records a folder whose listing failed part way, instead of ending the walk. */
    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        String path = relative(root, dir);
        excluded.add(new ExcludedFile(path + "/", ExcludedFile.Reason.UNREADABLE));
        diagnostics.add(Diagnostic.error(path, 0, 0,
            "not analysed completely: listing the folder failed: " + describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    private boolean isSkipped(Path dir) {
      for (Path skipped : skippedFolders) {
        if (dir.equals(skipped)) {
          return true;
        }
      }
      return false;
    }

    private boolean isInsideRoot(Path path) {
      try {
        return path.toRealPath().startsWith(root);
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** Returns the cause of a file system error in words, without the absolute path. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (removed during the walk, or a broken link)";
    }
    String kind = e.getClass().getSimpleName();
    String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason()
        : e.getMessage();
    return reason == null ? kind : kind + " (" + reason + ")";
  }
}
