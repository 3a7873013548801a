package dev.cleave.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes report files into the output folder so that no reader ever sees half a report.
 *
 * <p>All files are first written to a new temporary folder beside the output folder. If the
 * output folder does not exist yet, the temporary folder is renamed to it in one step.
 * Otherwise each file is moved over its old version with an atomic rename, the main page last.
 * A manifest, {@value #MANIFEST}, lists what Cleave wrote; Cleave refuses to overwrite a file
 * that the manifest does not list, and deletes only files that it lists.
 */
public final class ReportWriter {

  /** The file that lists what Cleave wrote into a report folder. */
  public static final String MANIFEST = ".cleave-manifest";

  private final Path output;

  public ReportWriter(Path output) {
    this.output = output.toAbsolutePath().normalize();
  }

  /** Thrown when writing would overwrite or delete a file that Cleave did not create. */
  public static final class ForeignFileException extends IOException {
    ForeignFileException(Path file) {
      super(file + " exists and Cleave did not create it; remove it or choose another --output");
    }
  }

  /**
   * Writes the files, named relative to the output folder, in the order given; the last one
   * is put in place last.
   */
  public void write(Map<String, byte[]> files) throws IOException {
    Path parent = output.getParent();
    if (parent == null) {
      throw new IOException("cannot write a report into the file system root " + output);
    }
    Files.createDirectories(parent);
    Set<String> previous = readManifest();
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new FileAlreadyExistsException(output + " is a file, not a folder");
    }
    for (String name : files.keySet()) {
      Path existing = output.resolve(name);
      if (Files.exists(existing) && !previous.contains(name)) {
        throw new ForeignFileException(existing);
      }
    }
    Path staging = createStaging(parent);
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      Set<String> written = new TreeSet<>(files.keySet());
      Files.writeString(staging.resolve(MANIFEST), String.join("\n", written) + "\n",
          StandardCharsets.UTF_8);
      if (!Files.exists(output)) {
        try {
          Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
          return;
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
          Files.createDirectories(output);
        }
      }
      List<String> order = new ArrayList<>(files.keySet());
      order.add(MANIFEST);
      for (String name : order) {
        Path target = output.resolve(name);
        Files.createDirectories(target.getParent());
        Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      for (String stale : previous) {
        if (!written.contains(stale)) {
          Files.deleteIfExists(output.resolve(stale));
        }
      }
    } finally {
      deleteStaging(staging);
    }
  }

  /**
   * Creates the staging folder beside the output. Unlike a temporary folder, it gets the
   * permissions that the user's umask gives any new folder, which the output keeps.
   */
  private Path createStaging(Path parent) throws IOException {
    java.security.SecureRandom random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve("." + output.getFileName() + ".tmp-"
          + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private Set<String> readManifest() throws IOException {
    Path manifest = output.resolve(MANIFEST);
    Set<String> names = new LinkedHashSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.contains("..") && !name.startsWith("/")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Deletes the staging folder, which this writer created, and what is left in it. */
  private static void deleteStaging(Path staging) throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (var walk = Files.walk(staging)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      Files.deleteIfExists(paths.get(i));
    }
  }
}
