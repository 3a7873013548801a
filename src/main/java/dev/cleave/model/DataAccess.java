package dev.cleave.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The database tables each class reads or writes, and the SQL statements that could not be read.
 *
 * <p>Table names are lower case, as most databases fold unquoted names. A class that touches no
 * table found by Cleave has no use.
 *
 * @param uses one entry per class and table, sorted by class id, then table
 * @param statements the SQL and JPQL statements read, from strings, annotations and mapper XML
 * @param unparsed where each statement that JSqlParser could not read is, sorted; such a
 *     statement adds no table
 */
public record DataAccess(List<TableUse> uses, int statements, List<Location> unparsed) {

  /** Data access of a project where no table was found. */
  public static final DataAccess NONE = new DataAccess(List.of(), 0, List.of());

  public DataAccess {
    uses = uses.stream()
        .sorted(Comparator.comparing(TableUse::classId).thenComparing(TableUse::table))
        .toList();
    unparsed = unparsed.stream().sorted().toList();
  }

  /** Returns the tables the class touches, empty if none. */
  public SortedSet<String> tablesOf(String classId) {
    SortedSet<String> tables = new TreeSet<>();
    for (TableUse use : uses) {
      if (use.classId().equals(classId)) {
        tables.add(use.table());
      }
    }
    return Collections.unmodifiableSortedSet(tables);
  }

  /** Returns the tables of each class, both sorted. */
  public SortedMap<String, SortedSet<String>> tablesByClass() {
    SortedMap<String, SortedSet<String>> byClass = new TreeMap<>();
    uses.forEach(use -> byClass.computeIfAbsent(use.classId(), k -> new TreeSet<>())
        .add(use.table()));
    return byClass;
  }

  /** Returns the classes that touch each table, both sorted. */
  public SortedMap<String, SortedSet<String>> classesByTable() {
    SortedMap<String, SortedSet<String>> byTable = new TreeMap<>();
    uses.forEach(use -> byTable.computeIfAbsent(use.table(), k -> new TreeSet<>())
        .add(use.classId()));
    return byTable;
  }
}
