package dev.cleave.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected edges of a dependency-extraction case, read from the tables of its
 * {@code EXPECTED.md}: every row of a table whose heading starts with "Expected edges" or
 * "External".
 */
record ExpectedEdges(List<Row> rows) {

  /**
   * One expected edge.
   *
   * @param source the source class, {@code package a.b} for a package declaration
   * @param duplicate whether the source is the second definition of a duplicated class
   * @param target the binary name of the target, possibly a member type
   * @param kinds the kinds that must be present; each entry lists alternatives
   * @param external whether the target is a library type
   * @param optional whether the case accepts the edge's absence
   * @param implicit whether the case marks the edge as found through inferred types
   */
  record Row(String source, boolean duplicate, String target, List<List<String>> kinds,
      boolean external, boolean optional, boolean implicit) {}

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]+(?:/[A-Z][A-Z_]+)*");
  private static final Pattern NAME = Pattern.compile("(?:package )?[\\p{L}_][\\p{L}\\p{N}_.$]*");

  static ExpectedEdges read(Path expectedFile) throws IOException {
    List<Row> rows = new ArrayList<>();
    String section = "";
    for (String line : Files.readAllLines(expectedFile)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).toLowerCase(Locale.ROOT);
        continue;
      }
      boolean expected = section.startsWith("expected edges");
      boolean external = section.startsWith("external (scored");
      if (!(expected || external) || !line.startsWith("| ") || line.startsWith("| source")
          || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String source = cells[1].strip();
      String target = cells[2].strip();
      String kindsText = cells[3].strip();
      String note = cells.length > 4 ? cells[4].strip().toLowerCase(Locale.ROOT) : "";
      if (kindsText.startsWith("(own nested type")) {
        continue;
      }
      boolean duplicate = source.contains("(legacy copy)");
      Matcher sourceName = NAME.matcher(source);
      sourceName.lookingAt();
      rows.add(new Row(sourceName.group(), duplicate, target, kinds(kindsText), external,
          note.contains("optional") || kindsText.toLowerCase(Locale.ROOT).contains("optional"),
          kindsText.contains("IMPLICIT")));
    }
    return new ExpectedEdges(rows);
  }

  /** Reads the kind names outside parentheses: {@code A/B} lists alternatives. */
  private static List<List<String>> kinds(String text) {
    StringBuilder outside = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        outside.append(c);
      }
    }
    List<List<String>> kinds = new ArrayList<>();
    Matcher matcher = KIND.matcher(outside);
    while (matcher.find()) {
      List<String> alternatives = new ArrayList<>();
      for (String name : matcher.group().split("/")) {
        if (!name.equals("IMPLICIT") && !name.equals("LOMBOK")) {
          alternatives.add(name);
        }
      }
      if (!alternatives.isEmpty()) {
        kinds.add(alternatives);
      }
    }
    return kinds;
  }
}
