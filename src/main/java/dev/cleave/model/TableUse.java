package dev.cleave.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How one class reads or writes one database table, and where Cleave found it.
 *
 * @param classId the class whose code or mapping touches the table
 * @param table the table name, lower case
 * @param reads whether some statement or mapping of the class reads the table
 * @param writes whether some statement or mapping of the class inserts, updates, deletes,
 *     merges or changes the definition of the table
 * @param sources where the access was found
 */
public record TableUse(
    String classId, String table, boolean reads, boolean writes, Set<Source> sources) {

  public TableUse {
    sources = Collections.unmodifiableSet(
        sources.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(sources));
  }

  /** Where a table access was found. */
  public enum Source {
    /** A JPA entity's {@code @Table}, {@code @SecondaryTable}, {@code @JoinTable} or name. */
    ENTITY("JPA entity"),
    /** A Spring Data repository of an entity. */
    REPOSITORY("Spring Data repository"),
    /** SQL in a string literal or an annotation such as MyBatis {@code @Select}. */
    SQL("SQL in strings"),
    /** JPQL or HQL, which names entities and their associations instead of tables. */
    JPQL("JPQL"),
    /** A statement of a MyBatis mapper XML file whose namespace is the class. */
    MAPPER_XML("MyBatis mapper XML"),
    /** A call of {@code EntityManager} or {@code Session} with an entity's class literal. */
    ENTITY_MANAGER("EntityManager call");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    /** Returns the source as the report prints it. */
    public String description() {
      return description;
    }
  }

  /** Returns this use joined with another use of the same class and table. */
  public TableUse merge(TableUse other) {
    Set<Source> all = EnumSet.noneOf(Source.class);
    all.addAll(sources);
    all.addAll(other.sources);
    return new TableUse(classId, table, reads || other.reads, writes || other.writes, all);
  }
}
