package dev.cleave.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The violations a project has accepted, so that a check fails only on new ones.
 *
 * <p>Entries are matched by rule and key, never by line, so editing code around an accepted
 * violation keeps it accepted, while a new dependency between the same two services is a new
 * violation. The file is JSON: {@code {"formatVersion": 1, "accepted": [{"rule": ..., "key":
 * ..., "message": ...}]}}, sorted by rule and key so that it diffs well; the message is for
 * readers and is not matched.
 */
public final class Baseline {

  /** The baseline of a project that accepts no violation. */
  public static final Baseline EMPTY = new Baseline(new TreeSet<>());

  /** The version of the file's layout. */
  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One accepted violation.
   *
   * @param rule the rule's identifier
   * @param key the violation's key
   */
  record Entry(String rule, String key) implements Comparable<Entry> {
    private static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::rule).thenComparing(Entry::key);

    @Override
    public int compareTo(Entry other) {
      return ORDER.compare(this, other);
    }
  }

  /** Thrown when a baseline file cannot be read as one; the message names file and problem. */
  public static final class InvalidBaselineException extends IOException {
    InvalidBaselineException(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  private final SortedSet<Entry> entries;

  private Baseline(SortedSet<Entry> entries) {
    this.entries = Collections.unmodifiableSortedSet(entries);
  }

  /**
   * Reads a baseline file.
   *
   * @throws InvalidBaselineException if the file is not a baseline Cleave can read
   * @throws IOException if the file cannot be read
   */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new InvalidBaselineException(file, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || root.path("formatVersion").asInt() != FORMAT_VERSION
        || !root.path("accepted").isArray()) {
      throw new InvalidBaselineException(file, "not a Cleave baseline of format version "
          + FORMAT_VERSION + "; write a new one with --update-baseline");
    }
    SortedSet<Entry> entries = new TreeSet<>();
    int index = 0;
    for (JsonNode item : root.path("accepted")) {
      if (!item.path("rule").isTextual() || !item.path("key").isTextual()) {
        throw new InvalidBaselineException(file, "entry " + index + " of accepted needs the"
            + " text fields rule and key");
      }
      entries.add(new Entry(item.get("rule").asText(), item.get("key").asText()));
      index++;
    }
    return new Baseline(entries);
  }

  /** Returns whether the baseline accepts the violation. */
  public boolean accepts(Violation violation) {
    return entries.contains(new Entry(violation.rule().id(), violation.key()));
  }

  /** Returns the number of entries that match none of the violations. */
  public int staleCount(List<Violation> violations) {
    SortedSet<Entry> unused = new TreeSet<>(entries);
    violations.forEach(v -> unused.remove(new Entry(v.rule().id(), v.key())));
    return unused.size();
  }

  /** Returns the number of accepted violations. */
  public int size() {
    return entries.size();
  }

  /**
   * Writes a baseline that accepts exactly these violations, replacing the file in one step.
   *
   * @throws InvalidBaselineException if the file exists and is not a Cleave baseline, which
   *     is never overwritten
   */
  public static void write(Path file, List<Violation> violations) throws IOException {
    if (Files.exists(file)) {
      read(file);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ArrayNode accepted = root.putArray("accepted");
    violations.stream()
        .sorted(Comparator.comparing((Violation v) -> v.rule().id()).thenComparing(Violation::key))
        .forEach(v -> accepted.addObject()
            .put("rule", v.rule().id())
            .put("key", v.key())
            .put("message", v.message()));
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    byte[] bytes = (JSON.writer(printer).writeValueAsString(root) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), ".cleave-baseline", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
