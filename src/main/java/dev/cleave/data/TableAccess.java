package dev.cleave.data;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.AnnotationValue;
import dev.cleave.parse.FileFacts;
import dev.cleave.resolve.Resolution;
import dev.cleave.resolve.SqlUse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database tables each class touches.
 *
 * <p>Three sources are read. A JPA entity ({@code @Entity}) touches its table: the name of
 * {@code @Table}, else of {@code @Entity}, else its simple name, plus the tables that its
 * {@code @SecondaryTable}, {@code @JoinTable} and {@code @CollectionTable} annotations name. A
 * Spring Data repository touches the tables of the entities in its supertype's type arguments.
 * A class touches the tables that the SQL in its string literals names, as JSqlParser reads
 * them; a name that is an entity's name rather than a table's, as in JPQL, stands for that
 * entity's table.
 *
 * <p>NOTE: MyBatis mapper XML and calls through {@code EntityManager} are not read yet, so
 * classes that reach tables only that way are absent.
 */
public final class TableAccess {

  private static final Logger LOG = LoggerFactory.getLogger(TableAccess.class);

  private static final Set<String> TABLE_ANNOTATIONS =
      Set.of("Table", "SecondaryTable", "JoinTable", "CollectionTable");

  private TableAccess() {}

  /** Returns the tables of each class of the resolution. */
  public static DataAccess of(Resolution resolution) {
    Map<String, ClassInfo> byName = new HashMap<>();
    for (ClassInfo info : resolution.classes()) {
      byName.putIfAbsent(info.name(), info);
    }
    SortedMap<String, SortedSet<String>> tables = new TreeMap<>();
    Map<String, String> entityTables = new HashMap<>();
    Map<String, String> primaryTables = entityTables(resolution, byName, tables, entityTables);
    for (ClassInfo info : resolution.classes()) {
      if (isSpringDataRepository(info)) {
        repositoryTables(info, resolution, primaryTables, tables);
      }
    }
    for (SqlUse use : resolution.sql()) {
      for (String name : tablesIn(use)) {
        String table = entityTables.getOrDefault(name, name.toLowerCase(Locale.ROOT));
        tables.computeIfAbsent(use.classId(), k -> new TreeSet<>()).add(table);
      }
    }
    return new DataAccess(tables);
  }

  /**
   * Adds the tables of each entity and returns each entity's primary table by class id; fills
   * {@code entityTables} with the table of each entity name and simple name, for JPQL.
   */
  private static Map<String, String> entityTables(Resolution resolution,
      Map<String, ClassInfo> byName, SortedMap<String, SortedSet<String>> tables,
      Map<String, String> entityTables) {
    Map<String, Map<String, String>> typeValues = new HashMap<>();
    Map<String, SortedSet<String>> memberTables = new HashMap<>();
    for (FileFacts file : resolution.parsed().files()) {
      for (AnnotationValue value : file.annotationValues()) {
        String top = TypeNames.topLevelOf(value.owner());
        if (value.element().equals("name") && value.owner().equals(top)) {
          typeValues.computeIfAbsent(top, k -> new HashMap<>())
              .putIfAbsent(value.simpleName(), value.value());
        }
        if (value.element().equals("name") && TABLE_ANNOTATIONS.contains(value.simpleName())
            && !value.simpleName().equals("Table")) {
          memberTables.computeIfAbsent(top, k -> new TreeSet<>())
              .add(tableName(value.value()));
        }
      }
    }
    Map<String, String> primary = new HashMap<>();
    for (ClassInfo info : resolution.classes()) {
      if (!isEntity(info)) {
        continue;
      }
      Map<String, String> values = typeValues.getOrDefault(info.name(), Map.of());
      String entityName = values.getOrDefault("Entity", info.simpleName());
      String table = tableName(values.getOrDefault("Table", entityName));
      primary.put(info.id(), table);
      entityTables.putIfAbsent(entityName, table);
      entityTables.putIfAbsent(info.simpleName(), table);
      SortedSet<String> own = tables.computeIfAbsent(info.id(), k -> new TreeSet<>());
      own.add(table);
      own.addAll(memberTables.getOrDefault(info.name(), new TreeSet<>()));
    }
    return primary;
  }

  private static void repositoryTables(ClassInfo repository, Resolution resolution,
      Map<String, String> primaryTables, SortedMap<String, SortedSet<String>> tables) {
    for (Dependency dependency : resolution.dependencies()) {
      if (dependency.source().equals(repository.id())
          && dependency.kinds().containsKey(DependencyKind.EXTENDS)
          && primaryTables.containsKey(dependency.target())) {
        tables.computeIfAbsent(repository.id(), k -> new TreeSet<>())
            .add(primaryTables.get(dependency.target()));
      }
    }
  }

  private static Set<String> tablesIn(SqlUse use) {
    try {
      Set<String> names = new TreeSet<>();
      for (String name : TablesNamesFinder.findTables(use.text())) {
        names.add(unqualified(name));
      }
      return names;
    } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
      LOG.debug("{}: the SQL could not be read: {}", use.location(), e.getMessage());
      return Set.of();
    }
  }

  private static boolean isEntity(ClassInfo info) {
    return info.annotations().stream().anyMatch(a -> a.equals("Entity")
        || a.endsWith(".persistence.Entity"));
  }

  private static boolean isSpringDataRepository(ClassInfo info) {
    return info.supertypes().stream().anyMatch(s -> s.startsWith("org.springframework.data."));
  }

  /** Returns the last part of a possibly qualified, possibly quoted name, lower case. */
  private static String unqualified(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    return last.replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
  }

  private static String tableName(String written) {
    return unqualified(written).toLowerCase(Locale.ROOT);
  }
}
