package dev.cleave.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a ground-truth file: the service of each class, as CSV lines {@code class,service}.
 *
 * <p>Lines starting with {@code #} and blank lines are skipped, and so is a first line
 * {@code class,service}. A class listed twice, or a line without exactly two fields, is an
 * error that names the file and line.
 */
public final class GroundTruth {

  private GroundTruth() {}

  /** Thrown when a ground-truth file cannot be read or is not in the expected form. */
  public static final class InvalidTruthException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidTruthException(String message) {
      super(message);
    }
  }

  /** Returns the service of each class, by class name. */
  public static SortedMap<String, String> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidTruthException(file + ": cannot read the ground truth: " + e.getMessage());
    }
    SortedMap<String, String> serviceOf = new TreeMap<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (first && fields.length == 2 && fields[0].strip().equals("class")
          && fields[1].strip().equals("service")) {
        first = false;
        continue;
      }
      first = false;
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new InvalidTruthException(file + ":" + (i + 1)
            + ": expected two fields, class,service, but found: " + line);
      }
      String previous = serviceOf.put(fields[0].strip(), fields[1].strip());
      if (previous != null) {
        throw new InvalidTruthException(file + ":" + (i + 1) + ": the class "
            + fields[0].strip() + " is listed twice; list each class once");
      }
    }
    return serviceOf;
  }
}
