package dev.cleave.data;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.Location;
import dev.cleave.model.TableUse;
import dev.cleave.model.TableUse.Source;
import dev.cleave.resolve.Resolution;
import dev.cleave.resolve.SqlUse;
import dev.cleave.source.ResourceFile;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database tables each class reads and writes.
 *
 * <p>Five sources are read. A JPA entity maps its tables, as {@link Entities} describes, and
 * counts as reading and writing them. A Spring Data repository reads and writes the tables of the
 * entities in its supertype's type arguments. A class reads and writes what the SQL in its string
 * literals and annotations names ({@code @Query}, MyBatis {@code @Select}), one statement at a
 * time as {@link SqlReader} reads it; a name that is an entity's name, or a JPQL path from an
 * entity alias, stands for that entity's table. A MyBatis mapper interface reads and writes what
 * the statements of the mapper XML files with its name as namespace name. A class that calls
 * {@code EntityManager} or a Hibernate {@code Session} reads the tables of the entities it names
 * by class literal, and writes them if it calls {@code persist}, {@code merge}, {@code remove},
 * {@code save}, {@code update} or {@code delete}.
 *
 * <p>A statement that JSqlParser cannot read is counted with its location and adds no table. A
 * mapper XML file that is not well-formed counts as one such statement, at line 0.
 */
public final class TableAccess {

  private static final Logger LOG = LoggerFactory.getLogger(TableAccess.class);

  private static final Set<String> ENTITY_MANAGERS = Set.of("jakarta.persistence.EntityManager",
      "javax.persistence.EntityManager", "org.hibernate.Session");

  private static final Set<String> ENTITY_MANAGER_WRITES =
      Set.of("persist", "merge", "remove", "save", "saveOrUpdate", "update", "delete");

  private final Entities entities;
  private final Map<String, TableUse> uses = new TreeMap<>();
  private final List<Location> unparsed = new ArrayList<>();
  private int statements;

  private TableAccess(Entities entities) {
    this.entities = entities;
  }

  /** Returns the tables of each class of the resolution, reading mapper XML files from disk. */
  public static DataAccess of(Resolution resolution) {
    TableAccess access = new TableAccess(Entities.of(resolution));
    access.entities.tables().forEach((id, tables) ->
        tables.forEach(table -> access.add(id, table, true, true, Source.ENTITY)));
    for (ClassInfo info : resolution.classes()) {
      if (isSpringDataRepository(info)) {
        access.repositoryTables(info, resolution);
      }
    }
    access.entityManagerTables(resolution);
    try (SqlReader reader = new SqlReader()) {
      for (SqlUse use : resolution.sql()) {
        access.statement(reader, use.classId(), use.text(), use.location(), Source.SQL);
      }
      access.mappers(reader, resolution);
    }
    return new DataAccess(List.copyOf(access.uses.values()), access.statements, access.unparsed);
  }

  private void repositoryTables(ClassInfo repository, Resolution resolution) {
    for (Dependency dependency : resolution.dependencies()) {
      String table = entities.primaryTable(dependency.target());
      if (dependency.source().equals(repository.id()) && table != null
          && dependency.kinds().containsKey(DependencyKind.EXTENDS)) {
        add(repository.id(), table, true, true, Source.REPOSITORY);
      }
    }
  }

  /** Adds the entities that classes calling an entity manager name by class literal. */
  private void entityManagerTables(Resolution resolution) {
    Map<String, Boolean> writesByClass = new HashMap<>();
    for (Dependency dependency : resolution.libraryDependencies()) {
      if (ENTITY_MANAGERS.contains(dependency.target())) {
        boolean writes = dependency.members().keySet().stream()
            .anyMatch(member -> ENTITY_MANAGER_WRITES.contains(member.substring(
                member.indexOf('#') + 1)));
        writesByClass.merge(dependency.source(), writes, Boolean::logicalOr);
      }
    }
    for (Dependency dependency : resolution.dependencies()) {
      Boolean writes = writesByClass.get(dependency.source());
      String table = entities.primaryTable(dependency.target());
      if (writes != null && table != null
          && dependency.kinds().containsKey(DependencyKind.CLASS_LITERAL)) {
        add(dependency.source(), table, true, writes, Source.ENTITY_MANAGER);
      }
    }
  }

  private void mappers(SqlReader reader, Resolution resolution) {
    SourceSet sources = resolution.parsed().sources();
    Set<String> classIds = new HashSet<>();
    resolution.classes().forEach(info -> classIds.add(info.id()));
    for (ResourceFile file : sources.xmlFiles()) {
      String path = file.path();
      try {
        for (MapperXml.MapperStatement statement : MapperXml.read(file.absolutePath(), path)) {
          String owner = classIds.contains(statement.namespace()) ? statement.namespace() : null;
          if (owner == null) {
            // NOTE: a namespace that names no class of the project, as in iBATIS-style mappers,
            // leaves its statements without a class, so their tables are not attributed.
            LOG.debug("{}: the mapper namespace {} is no class of the project",
                statement.location(), statement.namespace());
          }
          statement(reader, owner, statement.sql(), statement.location(), Source.MAPPER_XML);
        }
      } catch (IOException e) {
        LOG.warn("{}: the mapper file could not be read: {}", path, e.getMessage());
        statements++;
        unparsed.add(new Location(path, 0));
      }
    }
  }

  /** Reads one statement of the class; a {@code null} class only counts the statement. */
  private void statement(SqlReader reader, String classId, String text, Location location,
      Source source) {
    statements++;
    SqlReader.Names names = reader.read(text);
    if (!names.parsed()) {
      LOG.debug("{}: the SQL could not be read", location);
      unparsed.add(location);
      return;
    }
    if (classId == null) {
      return;
    }
    for (String name : names.read()) {
      addNamed(classId, name, names.aliases(), false, source);
    }
    for (String name : names.written()) {
      addNamed(classId, name, names.aliases(), true, source);
    }
  }

  /** Adds the table that a name in a statement stands for: a table, an entity or a path. */
  private void addNamed(String classId, String name, Map<String, String> aliases,
      boolean writes, Source source) {
    String entity = entities.entityNamed(name);
    List<String> parts = Arrays.asList(name.split("\\."));
    if (entity == null && parts.size() > 1 && aliases.containsKey(parts.get(0))) {
      String from = entities.entityNamed(aliases.get(parts.get(0)));
      entity = from == null ? null : entities.entityAt(from, parts.subList(1, parts.size()));
    }
    if (entity != null) {
      add(classId, entities.primaryTable(entity), !writes, writes, Source.JPQL);
    } else {
      add(classId, Entities.tableName(name), !writes, writes, source);
    }
  }

  private void add(String classId, String table, boolean reads, boolean writes, Source source) {
    TableUse use = new TableUse(classId, table, reads, writes, Set.of(source));
    uses.merge(classId + "\u0000" + table, use, TableUse::merge);
  }

  private static boolean isSpringDataRepository(ClassInfo info) {
    return info.supertypes().stream().anyMatch(s -> s.startsWith("org.springframework.data."));
  }
}
