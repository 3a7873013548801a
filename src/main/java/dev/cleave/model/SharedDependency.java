package dev.cleave.model;

import java.util.List;

/**
 * Something that several proposed services use behind their boundaries, so that they are not
 * independent after the split even when no call crosses between them.
 *
 * @param kind what sort of dependency it is
 * @param name the table or the class id
 * @param services the services it couples, sorted
 * @param classes the ids of the classes involved, sorted
 * @param detail what was found, as a sentence
 * @param remedy what to do about it, as a sentence
 */
public record SharedDependency(
    Kind kind,
    String name,
    List<String> services,
    List<String> classes,
    String detail,
    String remedy) {

  public SharedDependency {
    services = List.copyOf(services);
    classes = List.copyOf(classes);
  }

  /** The sorts of hidden shared dependency. */
  public enum Kind {
    /** A table that classes of several services read or write. */
    SHARED_TABLE("shared table"),
    /** Static fields whose values change while the application runs. */
    MUTABLE_STATIC("mutable static state"),
    /** A class that keeps its one instance in a static field. */
    SINGLETON("singleton"),
    /** A named cache, such as Spring's {@code @Cacheable}, used by several services. */
    SHARED_CACHE("shared cache"),
    /** A configuration class that builds or configures the beans of several services. */
    SHARED_CONFIGURATION("shared configuration"),
    /** A class of static helpers that many services call. */
    UTILITY_HUB("utility hub");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** Returns the kind as the report prints it. */
    public String description() {
      return description;
    }
  }
}
