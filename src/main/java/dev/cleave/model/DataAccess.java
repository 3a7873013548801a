package dev.cleave.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The database tables each class reads or writes, by class id.
 *
 * <p>Table names are lower case, as most databases fold unquoted names. A class that touches no
 * table found by Cleave is absent.
 *
 * @param tablesByClass the tables of each class, sorted
 */
public record DataAccess(SortedMap<String, SortedSet<String>> tablesByClass) {

  /** Data access of a project where no table was found. */
  public static final DataAccess NONE = new DataAccess(new TreeMap<>());

  public DataAccess {
    SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
    tablesByClass.forEach((id, tables) -> {
      if (!tables.isEmpty()) {
        copy.put(id, Collections.unmodifiableSortedSet(new TreeSet<>(tables)));
      }
    });
    tablesByClass = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns the tables the class touches, empty if none. */
  public SortedSet<String> tablesOf(String classId) {
    return tablesByClass.getOrDefault(classId, Collections.emptySortedSet());
  }

  /** Returns the classes that touch each table, both sorted. */
  public SortedMap<String, SortedSet<String>> classesByTable() {
    SortedMap<String, SortedSet<String>> byTable = new TreeMap<>();
    tablesByClass.forEach((id, tables) -> tables.forEach(
        table -> byTable.computeIfAbsent(table, k -> new TreeSet<>()).add(id)));
    return byTable;
  }
}
