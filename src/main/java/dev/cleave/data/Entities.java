package dev.cleave.data;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.AnnotationValue;
import dev.cleave.parse.FieldFact;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import dev.cleave.resolve.Resolution;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JPA entities of a project and their tables.
 *
 * <p>An entity ({@code @Entity}) maps the table that {@code @Table} names, else its entity name
 * ({@code @Entity(name = ...)}), else its simple name; its {@code @SecondaryTable},
 * {@code @JoinTable} and {@code @CollectionTable} annotations add more tables. JPQL names an
 * entity by its entity name, and an association by a path such as {@code p.categories}, whose
 * table is that of the entity the field's type or last type argument names.
 */
final class Entities {

  private static final Set<String> MEMBER_TABLE_ANNOTATIONS =
      Set.of("SecondaryTable", "JoinTable", "CollectionTable");

  /** The primary table of each entity, by class id. */
  private final SortedMap<String, String> primaryTables = new TreeMap<>();
  /** All tables of each entity, by class id. */
  private final SortedMap<String, SortedSet<String>> allTables = new TreeMap<>();
  /** The class id of each entity name and simple name. */
  private final Map<String, String> byName = new HashMap<>();
  /** The fields of each entity, by class id. */
  private final Map<String, List<FieldFact>> fields = new HashMap<>();

  private Entities() {}

  static Entities of(Resolution resolution) {
    Map<String, Map<String, String>> typeValues = new HashMap<>();
    Map<String, SortedSet<String>> memberTables = new HashMap<>();
    Map<String, List<FieldFact>> fieldsByName = new HashMap<>();
    for (FileFacts file : resolution.parsed().files()) {
      for (AnnotationValue value : file.annotationValues()) {
        String top = TypeNames.topLevelOf(value.owner());
        if (!value.element().equals("name")) {
          continue;
        }
        if (value.owner().equals(top)) {
          typeValues.computeIfAbsent(top, k -> new HashMap<>())
              .putIfAbsent(value.simpleName(), value.value());
        }
        if (MEMBER_TABLE_ANNOTATIONS.contains(value.simpleName())) {
          memberTables.computeIfAbsent(top, k -> new TreeSet<>()).add(tableName(value.value()));
        }
      }
      for (TypeFact type : file.types()) {
        fieldsByName.putIfAbsent(type.binaryName(), type.fields());
      }
    }
    Entities entities = new Entities();
    for (ClassInfo info : resolution.classes()) {
      if (!isEntity(info)) {
        continue;
      }
      Map<String, String> values = typeValues.getOrDefault(info.name(), Map.of());
      String entityName = values.getOrDefault("Entity", info.simpleName());
      String table = tableName(values.getOrDefault("Table", entityName));
      entities.primaryTables.put(info.id(), table);
      SortedSet<String> tables = new TreeSet<>(memberTables.getOrDefault(info.name(), new TreeSet<>()));
      tables.add(table);
      entities.allTables.put(info.id(), tables);
      entities.byName.putIfAbsent(entityName, info.id());
      entities.byName.putIfAbsent(info.simpleName(), info.id());
      entities.fields.put(info.id(), fieldsByName.getOrDefault(info.name(), List.of()));
    }
    return entities;
  }

  /** Returns the entities' class ids with all their tables. */
  SortedMap<String, SortedSet<String>> tables() {
    return allTables;
  }

  /** Returns the primary table of the entity, or {@code null} if the class is no entity. */
  String primaryTable(String classId) {
    return primaryTables.get(classId);
  }

  /** Returns the class id of the entity with this entity name or simple name, or null. */
  String entityNamed(String name) {
    return byName.get(name);
  }

  /**
   * Returns the entity that an attribute path leads to from an entity, such as
   * {@code categories} from {@code Product}, or {@code null} when a step is not an entity.
   */
  String entityAt(String classId, List<String> path) {
    String current = classId;
    for (String attribute : path) {
      String next = null;
      for (FieldFact field : fields.getOrDefault(current, List.of())) {
        if (field.name().equals(attribute)) {
          next = entityNamed(elementName(field.type()));
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** Returns the simple name of a field type's last type argument, or of the type itself. */
  private static String elementName(TypeExpr type) {
    if (type instanceof TypeExpr.Named named) {
      if (!named.arguments().isEmpty()) {
        return elementName(named.arguments().get(named.arguments().size() - 1));
      }
      return TypeNames.simpleNameOf(named.written());
    }
    if (type instanceof TypeExpr.Array array) {
      return elementName(array.component());
    }
    return "";
  }

  static boolean isEntity(ClassInfo info) {
    return info.annotations().stream()
        .anyMatch(a -> a.equals("Entity") || a.endsWith(".persistence.Entity"));
  }

  /** Returns the last part of a possibly qualified, possibly quoted name, lower case. */
  static String tableName(String written) {
    String last = written.substring(written.lastIndexOf('.') + 1);
    return last.replace("\"", "").replace("`", "").replace("[", "").replace("]", "")
        .toLowerCase(Locale.ROOT);
  }
}
