package dev.cleave.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes report files into the output folder so that no reader ever sees half a report.
 *
 * <p>All files are first written to a new staging folder beside the output folder. If the
 * output folder does not exist yet, the staging folder is renamed to it in one step. Otherwise
 * each file is moved over its old version with an atomic rename, the last file given last. A
 * failure before the renames, such as a full disk or a rendering error, leaves the output folder
 * as it was. A run killed during the renames leaves each file either old or new, never cut.
 *
 * <p>A manifest, {@value #MANIFEST}, lists what Cleave wrote. Cleave refuses to overwrite a file
 * that the manifest does not list, and deletes only files that it lists. The manifest is
 * updated before the renames to list old and new names, so a killed run never leaves a file
 * that the next run would take for a foreign one.
 *
 * <p>Staging folders are named {@code .<output>.tmp-<random>} and hold a marker with the id of
 * the process that writes them. A shutdown hook deletes the folder when the JVM is stopped,
 * for example by Ctrl-C; a folder left by a killed process is deleted by the next run.
 */
public final class ReportWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);

  /** The file that lists what Cleave wrote into a report folder. */
  public static final String MANIFEST = ".cleave-manifest";

  /** The file in a staging folder that stores the id of the process writing it. */
  static final String STAGING_MARKER = ".cleave-staging";

  private final Path output;

  public ReportWriter(Path output) {
    this.output = output.toAbsolutePath().normalize();
  }

  /** The content of one report file, written when the staging folder is ready. */
  @FunctionalInterface
  public interface Content {
    /** Writes the file's bytes; an exception leaves the output folder untouched. */
    void writeTo(OutputStream out) throws IOException;

    /** Returns content that writes these bytes. */
    static Content of(byte[] bytes) {
      return out -> out.write(bytes);
    }
  }

  /** Thrown when writing would overwrite or delete a file that Cleave did not create. */
  public static final class ForeignFileException extends IOException {
    ForeignFileException(Path file) {
      super(file + " exists and Cleave did not create it; remove it or choose another output"
          + " folder");
    }
  }

  /** Writes the files, named relative to the output folder; see {@link #writeAll}. */
  public void write(Map<String, byte[]> files) throws IOException {
    Map<String, Content> contents = new LinkedHashMap<>();
    files.forEach((name, bytes) -> contents.put(name, Content.of(bytes)));
    writeAll(contents);
  }

  /**
   * Writes the files, named relative to the output folder, in the order given. The last one is
   * put in place last, so it should be the file that readers open first.
   */
  public void writeAll(Map<String, Content> files) throws IOException {
    Path parent = output.getParent();
    if (parent == null) {
      throw new IOException("cannot write a report into the file system root " + output);
    }
    for (String name : files.keySet()) {
      checkName(name);
    }
    Files.createDirectories(parent);

    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new FileAlreadyExistsException(output + " is a file, not a folder");
    }
    Set<String> previous = readManifest();
    for (String name : files.keySet()) {
      Path existing = output.resolve(name);
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !previous.contains(name)) {
        throw new ForeignFileException(existing);
      }
    }

    deleteAbandonedStaging(parent);
    Path staging = createStaging(parent);
    Thread cleanup = new Thread(() -> deleteQuietly(staging), "cleave-staging-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      for (Map.Entry<String, Content> file : files.entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          file.getValue().writeTo(out);
        }
      }

      Set<String> written = new TreeSet<>(files.keySet());
      Files.writeString(staging.resolve(MANIFEST), manifestText(written), StandardCharsets.UTF_8);
      Files.delete(staging.resolve(STAGING_MARKER));
      if (!Files.exists(output) && moveWhole(staging)) {
        return;
      }
      replaceFiles(staging, files.keySet(), previous, written);
    } finally {
      deleteQuietly(staging);
      removeHook(cleanup);
    }
  }

  private boolean moveWhole(Path staging) throws IOException {
    try {
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.createDirectories(output);
      return false;
    }
  }

  private void replaceFiles(Path staging, Set<String> order, Set<String> previous,
      Set<String> written) throws IOException {
    Set<String> both = new TreeSet<>(previous);
    both.addAll(written);
    Path manifest = output.resolve(MANIFEST);
    Path pending = staging.resolve(MANIFEST + ".pending");
    Files.writeString(pending, manifestText(both), StandardCharsets.UTF_8);
    Files.move(pending, manifest, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    for (String name : order) {
      Path target = output.resolve(name);
      Files.createDirectories(target.getParent());
      Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(staging.resolve(MANIFEST), manifest, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    for (String stale : previous) {
      if (!written.contains(stale)) {
        deleteStale(output.resolve(stale));
      }
    }
  }

  /** Deletes a file that an earlier run wrote and this run did not; a failure only warns. */
  private static void deleteStale(Path file) {
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      LOG.warn("could not delete {}, which an earlier report wrote", file, e);
    }
  }

  private static String manifestText(Set<String> names) {
    return String.join("\n", names) + "\n";
  }

  private static void checkName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\")
        || List.of(name.split("/")).contains("..") || name.equals(MANIFEST)) {
      throw new IllegalArgumentException("not a file name inside the report folder: " + name);
    }
  }

  /**
   * Creates the staging folder beside the output, with a marker naming this process. Unlike a
   * temporary folder, it gets the permissions that the user's umask gives any new folder, which
   * the output keeps.
   */
  private Path createStaging(Path parent) throws IOException {
    java.security.SecureRandom random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve(stagingPrefix()
          + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
      try {
        Path staging = Files.createDirectory(candidate);
        Files.writeString(staging.resolve(STAGING_MARKER),
            Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        return staging;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private String stagingPrefix() {
    return "." + output.getFileName() + ".tmp-";
  }

  /**
   * Deletes staging folders of this output that a killed run left behind: those whose marker
   * names a process that no longer runs. A folder without the marker is not Cleave's, or is
   * complete and about to be renamed, and is left alone.
   */
  private void deleteAbandonedStaging(Path parent) {
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
        path -> path.getFileName().toString().startsWith(stagingPrefix()))) {
      for (Path sibling : siblings) {
        Path marker = sibling.resolve(STAGING_MARKER);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
            && !isRunning(Files.readString(marker, StandardCharsets.UTF_8))) {
          LOG.info("deleting {}, left by a run that was stopped", sibling);
          deleteQuietly(sibling);
        }
      }
    } catch (IOException e) {
      LOG.warn("could not look for staging folders left in {}", parent, e);
    }
  }

  private static boolean isRunning(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid.strip())).map(ProcessHandle::isAlive)
          .orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down and runs the hook itself.
    }
  }

  /**
   * Deletes a folder that this writer created, and what is left in it. It never throws, so
   * that it cannot hide the error that ended the write, and it tolerates files that another
   * thread deletes at the same time.
   */
  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (var walk = Files.walk(folder)) {
      walk.forEach(paths::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      LOG.debug("listing {} for deletion failed", folder, e);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(paths.get(i));
      } catch (IOException e) {
        LOG.debug("deleting {} failed", paths.get(i), e);
      }
    }
  }

  /** Returns the names that the folder's manifest lists, skipping any that leave the folder. */
  private Set<String> readManifest() throws IOException {
    Path manifest = output.resolve(MANIFEST);
    Set<String> names = new LinkedHashSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (!name.isEmpty() && !List.of(name.split("/")).contains("..") && !name.startsWith("/")
            && !name.contains("\\")) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
