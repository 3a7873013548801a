package dev.cleave.model;

import java.util.List;

/**
 * A database table, the service that should own it, and every service that touches it.
 *
 * @param table the table name
 * @param owner the owning service, or the shared library or {@code ""} when only classes outside
 *     services touch it
 * @param reason why the owner was chosen
 * @param accesses how each service, or the monolith, reads or writes it, by service name
 */
public record TableOwnership(
    String table, String owner, String reason, List<ServiceAccess> accesses) {

  public TableOwnership {
    accesses = List.copyOf(accesses);
  }

  /** Returns whether classes of more than one service touch the table. */
  public boolean shared() {
    return accesses.size() > 1;
  }

  /**
   * The reads and writes of one service's classes on a table.
   *
   * @param service the service name
   * @param reads whether one of its classes reads the table
   * @param writes whether one of its classes writes the table
   * @param classes the ids of those classes, sorted
   */
  public record ServiceAccess(String service, boolean reads, boolean writes,
      List<String> classes) {

    public ServiceAccess {
      classes = List.copyOf(classes);
    }
  }
}
